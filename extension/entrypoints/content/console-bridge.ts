// On the web console's page (it names itself with a meta tag), and only when the background confirms it is the console
// of the extension's server: relays "open the source" from the console to the background and answers it back.
import { CONSOLE_META, onBridge, postBridge } from '../../lib/console-bridge';
import { sendMessage } from '../../lib/messaging';

export async function offerConsoleBridge() {
  if (!document.querySelector(`meta[name="${CONSOLE_META}"]`)) return;
  if (!(await sendMessage('isExtensionConsole', undefined))) return;
  onBridge((message) => {
    if (message.kind === 'hello') postBridge({ kind: 'here' });
    if (message.kind === 'open') void sendMessage('openSourceForConsole', { evidence: message.evidence }).then((result) => postBridge({ kind: 'opened', ask: message.ask, result }));
  });
  // The console may have said hello before this script ran.
  postBridge({ kind: 'here' });
}
