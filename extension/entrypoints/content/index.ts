// Runs in every page: reads the selection or the page when asked, hosts the clip picker in an isolated
// frame, shows the selection button, and highlights a quote when someone jumps back to it; on the web console's page,
// it carries the console's "open the source" to the extension.
// First: the messages port gets the extension's adapter before any module uses it (no session here: see the port).
import '../../lib/ports/extension-messages';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage } from '../../lib/messaging';
import { closePicker, openPicker, setPickerHidden } from '../../lib/picker-frame';
import { setupSelectionButton } from '../../lib/selection-button';
import { capturePage, captureSelection } from './capture';
import { offerConsoleBridge } from './console-bridge';
import { highlightQuote } from './highlight';

type Marked = { __csrClipperAlive?: () => boolean };

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    // Injected again into a tab that already runs it: the live copy answers, a copy orphaned by an
    // extension update (its runtime gone) is replaced.
    const marked = globalThis as Marked;
    if (marked.__csrClipperAlive?.()) return;
    marked.__csrClipperAlive = () => {
      try {
        return Boolean(browser.runtime.id);
      } catch {
        return false;
      }
    };
    onMessage('captureSelection', () => captureSelection());
    onMessage('capturePage', ({ data }) => capturePage(data.linkUrl));
    onMessage('openPicker', ({ data }) => openPicker(data.draftId));
    onMessage('closePicker', ({ data }) => closePicker(data.draftId));
    onMessage('setPickerHidden', ({ data }) => setPickerHidden(data.hidden));
    onMessage('highlightQuote', ({ data }) => highlightQuote(data));
    setupSelectionButton(() => void sendMessage('clipSelectionInSender', undefined));
    void offerConsoleBridge();
  },
});
