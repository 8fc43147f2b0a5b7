// The extension's one-time sign-in code (ADR-013): taken out of the address bar and the history entry the moment the
// page sees it, at load or when the extension points an open tab at a new fragment, then redeemed for the cookie.
import { takeHandoff } from '../extension/lib/console-handoff';
import type { StoredValue } from '../extension/lib/ports/session';
import type { Failure } from '../extension/lib/result';

let failure: Failure | null = null;
const watchers = new Set<(failure: Failure | null) => void>();

/** The last redeem's refusal (used, expired, unknown, offline), which the page shows above its sign-in; a redeem
 *  that succeeds clears it. */
export const handoffFailure: StoredValue<Failure | null> = {
  getValue: async () => failure,
  async setValue(value) {
    failure = value;
    for (const watcher of watchers) watcher(value);
  },
  watch(watcher) {
    watchers.add(watcher);
    return () => void watchers.delete(watcher);
  },
};

/** The code in the location's fragment, stripped at once (history replaced, so Back never shows it), or null. Call it
 *  first thing at load, before anything else reads the location. */
export function stripHandoff(): string | null {
  const taken = takeHandoff(location.hash);
  if (!taken) return null;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${taken.rest}`);
  return taken.code;
}

async function redeem(code: string): Promise<void> {
  // Loaded here, once the ports exist: the sign-in's modules read them.
  const { redeemHandoff } = await import('../extension/lib/auth');
  const redeemed = await redeemHandoff(code);
  await handoffFailure.setValue(redeemed.ok ? null : redeemed.error);
}

/**
 * Redeems the code the page was opened with (the returned promise), and from then on the code of a fragment-only
 * navigation (the extension pointing an open tab at a new page), which reloads nothing. Call once the ports exist and
 * before the console's router listens to the hash, so the router never sees a code.
 */
export function followHandoffs(codeAtLoad: string | null): Promise<void> {
  addEventListener('hashchange', () => {
    const code = stripHandoff();
    if (code !== null) void redeem(code);
  });
  return codeAtLoad === null ? Promise.resolve() : redeem(codeAtLoad);
}
