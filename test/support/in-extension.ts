// Reads and actions that run inside the extension itself: Chromium's service worker, or one of Firefox's
// extension pages (BiDi reaches no Firefox background page). Each function runs there, so it must stand alone.
import type { browser as extensionBrowser } from '@wxt-dev/browser';
import type { ClipQueue, StoredSession } from '../../shared/schemas/clip';

type Api = typeof extensionBrowser;
/** `browser` in Firefox, `chrome` in Chromium: the same promise-returning API. */
type Globals = { browser?: Api; chrome: Api };

export type InExtension = {
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
};
type HasExtension = { browser: InExtension };

/**
 * The text of each CSS highlight on the page at `url`, by highlight name. Read in the page's own world: the
 * registry is the document's, and Firefox's isolated world cannot iterate it (no Xray iterators).
 */
export const highlightsOn = (stack: HasExtension, url: string): Promise<Record<string, string>> =>
  stack.browser.inExtension(async (url) => {
    const api = (globalThis as unknown as Globals).browser ?? (globalThis as unknown as Globals).chrome;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    if (!tab?.id) throw new Error(`no tab for ${url}`);
    const [found] = await api.scripting.executeScript({
      target: { tabId: tab.id },
      world: 'MAIN',
      func: () => Object.fromEntries([...CSS.highlights].map(([name, highlight]) => [name, [...highlight].map(String).join('')])),
    });
    return (found?.result ?? {}) as Record<string, string>;
  }, url);

/** The toolbar badge's text (the number of clips waiting to be sent). */
export const badgeText = (stack: HasExtension) =>
  stack.browser.inExtension(() => ((globalThis as unknown as Globals).browser ?? (globalThis as unknown as Globals).chrome).action.getBadgeText({}), null);

/** How many declarativeNetRequest rules the extension has added (the PDF redirect, when turned on). */
export const redirectRuleCount = (stack: HasExtension) =>
  stack.browser.inExtension(async () => (await ((globalThis as unknown as Globals).browser ?? (globalThis as unknown as Globals).chrome).declarativeNetRequest.getDynamicRules()).length, null);

/** What the extension keeps under `key` in its storage `area` (the shapes extension/lib/storage.ts defines), or undefined. */
export const storedItem = <T>(stack: HasExtension, area: 'local' | 'session', key: string): Promise<T | undefined> =>
  stack.browser.inExtension(async ({ area, key }) => {
    const api = (globalThis as unknown as Globals).browser ?? (globalThis as unknown as Globals).chrome;
    return (await api.storage[area].get(key))[key] as T | undefined;
  }, { area, key });

/** The bearer token the extension holds for the signed-in user, to check what the worker serves them. */
export const sessionToken = async (stack: HasExtension) => (await storedItem<StoredSession>(stack, 'local', 'session'))!.token;

/** The clips still waiting in the offline queue. */
export const queuedClips = async (stack: HasExtension) => (await storedItem<ClipQueue>(stack, 'local', 'clipQueue'))?.items ?? [];
