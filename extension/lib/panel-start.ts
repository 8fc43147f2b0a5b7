// What the side panel reads before its first render: the session, the round kept from last time, the enterprise of the
// active tab's page (as found for the page this browser session, or for its site by its domain (as a look at another of
// its pages said, or the directory of the round's domains kept from sign-in), else looked for now)
// and, once both are known, the enterprise's state and the framework's tree, asked for at once and taken over by the
// panel's first ask. Asked render after render, effect after effect, they waited on each other (~40 ms) and, the
// first time, on the round.
import { browser } from 'wxt/browser';
import { hostOf } from '../../shared/domain/url';
import type { StoredSession } from '../../shared/schemas/clip';
import type { DetectedEnterprise, PageEnterprise } from '../../shared/schemas/enterprise-detection';
import type { Round } from '../../shared/schemas/round';
import { apiClient, fetchPanel } from './api';
import { loadIndicatorTree } from './indicator-trees';
import { sendMessage } from './messaging';
import { siteDetectionKey } from './offline-copy';
import { sourceOfTab } from './pdf-viewer-url';
import { keptRound } from './rounds';
import { directoryEnterprise } from './site-directory';
import { currentRoundId, detectedPages, offlineCopies, sessionItem, siteDirectory, type RememberedPages } from './storage';

export type PanelStart = { session: StoredSession | null; round: Round | null; enterprise: PageEnterprise | null };

/** Pages remembered per user (the last ones looked at). */
const REMEMBERED_PAGES = 20;
/** How long the first render waits for a page never looked at before; past it, the panel looks again once shown. */
const FIRST_LOOK_MS = 300;

/** The active tab of the focused window, or undefined when it cannot be asked (closed meanwhile, a browser page). */
export const activeTab = async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []))[0];

/** The key a page's detection is remembered by: the round and the page's address. */
export const detectedPageKey = (roundId: number, url: string) => `${roundId} ${url}`;

/** The best detection for a tab's page (the background reads the page and asks the worker), or null. */
export async function detectInTab(roundId: number, tab: { id?: number } | undefined): Promise<DetectedEnterprise | null> {
  if (tab?.id === undefined) return null;
  const found = await sendMessage('detectTabEnterprise', { roundId, tabId: tab.id });
  return found.ok ? (found.value[0] ?? null) : null;
}

/**
 * Remembers what a page was found to be about (or that it was about none), keeping the last REMEMBERED_PAGES.
 * `known`: every user's remembered pages as just read, so the write leaves at once.
 */
export async function rememberDetection(userId: number, key: string, found: PageEnterprise | null, known?: RememberedPages) {
  const pages = known ?? (await detectedPages.getValue());
  const { [key]: _, ...others } = pages[userId] ?? {};
  const kept = Object.fromEntries(Object.entries(others).slice(-(REMEMBERED_PAGES - 1)));
  await detectedPages.setValue({ ...pages, [userId]: { ...kept, ...(found ? { [key]: found } : {}) } });
}

/** Remembers what a page is about unless something is remembered for it already: a look at the page knows better than its domain. */
export async function rememberUnlessKnown(userId: number, key: string, found: PageEnterprise) {
  const known = await detectedPages.getValue();
  if (!known[userId]?.[key]) await rememberDetection(userId, key, found, known);
}

/** The first state and tree, asked for as the page loaded, each taken once by the panel's first ask. */
const earlyStates = new Map<string, ReturnType<typeof fetchPanel>>();
const earlyTrees = new Map<number, ReturnType<typeof loadIndicatorTree>>();
const take = <K, V>(map: Map<K, V>, key: K) => {
  const value = map.get(key);
  map.delete(key);
  return value;
};

/** The panel's state: the one asked for as the page loaded when this is the first ask (no version yet), else a new ask. */
export function panelAnswer(roundId: number, enterpriseId: number, version: string | null): ReturnType<typeof fetchPanel> {
  const asked = take(earlyStates, `${roundId} ${enterpriseId}`);
  return (version === null ? asked : undefined) ?? fetchPanel(roundId, enterpriseId, version);
}

/** The framework's tree: the one asked for as the page loaded, if any, else one read or asked for now. */
export const panelTree = (roundId: number, framework: Round['framework']) => take(earlyTrees, framework.id) ?? loadIndicatorTree(roundId, framework);

/**
 * What the site's registered domain says: as a look at another of its pages found, else as the round's directory has it.
 * `copies`: the kept answers (offlineCopies) when just read.
 */
export async function siteEnterprise(userId: number, roundId: number, tabUrl: string, copies?: Record<string, unknown>): Promise<PageEnterprise | undefined> {
  const source = sourceOfTab(tabUrl);
  if (!source) return undefined;
  const host = hostOf(source);
  const kept = (copies ?? (await offlineCopies.getValue()))[siteDetectionKey(roundId, host)] as { items: DetectedEnterprise[] } | undefined;
  // The directory only when no look at the site named one: this runs beside every remembered page, and the directory
  // is ~400 KB at 10,000 enterprises.
  return kept?.items[0] ?? directoryEnterprise(await siteDirectory.getValue(), userId, roundId, host);
}

/**
 * The enterprise of the tab's page: as remembered for the page (by an earlier panel, or by the background as the page
 * loaded), else as its site's domain said last time, else looked for (at most FIRST_LOOK_MS). Remembered for the
 * page, so that the panel, once shown, takes it as found and looks again only after its first state.
 * `remembered`: every user's remembered pages, as just read.
 */
async function pageEnterprise(userId: number, round: Round, tab: { id?: number; url?: string }, copies: Record<string, unknown>, remembered: RememberedPages): Promise<PageEnterprise | null> {
  const key = detectedPageKey(round.id, tab.url!);
  const page = remembered[userId]?.[key];
  if (page) return page;
  const site = await siteEnterprise(userId, round.id, tab.url!, copies);
  if (site) {
    // Not waited for: the write leaves now, before any later read of the panel's; a failed one only means a look later.
    void rememberDetection(userId, key, site, remembered).catch(() => undefined);
    return site;
  }
  const look = detectInTab(round.id, tab)
    .catch(() => null)
    .then(async (found) => (found && (await rememberDetection(userId, key, found)), found));
  return Promise.race([look, new Promise<null>((resolve) => setTimeout(() => resolve(null), FIRST_LOOK_MS))]);
}

export async function readPanelStart(): Promise<PanelStart> {
  // All read at once: the client (the server's address, the token), so the state's request leaves as soon as the
  // enterprise is known; the kept answers, for the round and the site's enterprise both; the pages remembered, so that a
  // page the background or an earlier panel found needs no second round of reads (15-55 ms on the way to the request).
  const [session, copies, roundId, tab, client, pages] = await Promise.all([
    sessionItem.getValue(),
    offlineCopies.getValue(),
    currentRoundId.getValue(),
    activeTab(),
    apiClient(),
    detectedPages.getValue(),
  ]);
  const round = keptRound(copies, roundId);
  if (!session || !round || !tab?.url) return { session, round: session ? round : null, enterprise: null };
  const enterprise = await pageEnterprise(session.user.id, round, tab, copies, pages);
  if (enterprise) {
    earlyStates.set(`${round.id} ${enterprise.id}`, fetchPanel(round.id, enterprise.id, null, client));
    earlyTrees.set(round.framework.id, loadIndicatorTree(round.id, round.framework));
  }
  return { session, round, enterprise };
}
