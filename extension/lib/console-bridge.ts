// How the web console reaches the extension, when it is installed and set to the console's server: the review queue's
// "open the source" goes to the extension, which opens the page with the quote highlighted and reports what it found,
// as the side panel does (ADR-013). Messages pass through window.postMessage between the page and the content script,
// on the page's own origin only.
import type { Evidence } from '../../shared/schemas/evidence';
import type { Result } from './result';

/** The meta tag by which the web console's page names itself: on any other page the content script offers nothing. */
export const CONSOLE_META = 'csr-clipper-console';

const BRIDGE = 'csr-clipper-bridge';

export type BridgeMessage =
  /** Page → extension: is the extension here? */
  | { bridge: typeof BRIDGE; kind: 'hello' }
  /** Extension → page: here, for this server. */
  | { bridge: typeof BRIDGE; kind: 'here' }
  | { bridge: typeof BRIDGE; kind: 'open'; ask: string; evidence: Evidence }
  | { bridge: typeof BRIDGE; kind: 'opened'; ask: string; result: Result<Evidence | null> };

type Body = BridgeMessage extends infer M ? (M extends BridgeMessage ? Omit<M, 'bridge'> : never) : never;

/** Posts a message of the bridge to this window, on its own origin. */
export const postBridge = (body: Body) => window.postMessage({ bridge: BRIDGE, ...body }, location.origin);

/** Calls `listener` with each bridge message this window posted to itself (never another window's, or origin's). */
export function onBridge(listener: (message: BridgeMessage) => void) {
  addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (event.source !== window || event.origin !== location.origin) return;
    if (typeof data === 'object' && data !== null && (data as { bridge?: unknown }).bridge === BRIDGE) listener(data as BridgeMessage);
  });
}
