// Every value the extension keeps, in one place.
import { storage } from 'wxt/utils/storage';
import type { ClipDraft, ClipQueue, ClipSettings, StoredSession } from '../../shared/schemas/clip';
import type { PageEnterprise } from '../../shared/schemas/enterprise-detection';
import type { PanelLayout } from '../../shared/schemas/panel-layout';
import type { IndicatorNode } from '../../shared/schemas/round';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

/** Base URL of the worker the user chose (null: not chosen); requests go where `lib/server-address.ts` says. */
export const serverUrl = storage.defineItem<string | null>('local:serverUrl', { fallback: null });

/** The signed-in session: bearer token, expiry and who the user is. */
export const sessionItem = storage.defineItem<StoredSession | null>('local:session', { fallback: null });

/** Set when the worker answered 401: the UI shows "sign in again" without dropping the user's work. */
export const sessionExpired = storage.defineItem<boolean>('local:sessionExpired', { fallback: false });

/** The round the user is working in (chosen in the options page, else the latest open one); forgotten on sign-out and when another user signs in. */
export const currentRoundId = storage.defineItem<number | null>('local:currentRoundId', { fallback: null });

/** One user's last indicator clipped to, per round, so their next clip is one key away. */
export const lastIndicatorByRoundOf = (userId: number) =>
  storage.defineItem<Record<string, number>>(`local:lastIndicatorByRound:${userId}`, { fallback: {} });

/** One user's enterprise last clipped to from each site, keyed "roundId:host", for sites whose domain is not registered. */
export const enterpriseBySiteOf = (userId: number) =>
  storage.defineItem<Record<string, { id: number; name: string }>>(`local:enterpriseBySite:${userId}`, { fallback: {} });

/** What the side panel (or the background, by the site's domain) last found each page to be about, per user, round and
 * address ("roundId address"): kept for the browser session only, so a panel opened again beside the same page starts
 * from it (lib/use-active-tab-enterprise.ts). One item for every user, so the panel reads it beside the session, before
 * it knows who is signed in. */
export type RememberedPages = Record<string, Record<string, PageEnterprise>>;
export const detectedPages = storage.defineItem<RememberedPages>('session:detectedPages', { fallback: {} });

/** The round's enrolled enterprises by registered domain as kept (lib/site-directory.ts): whose and which round's, when asked for, and each domain's enterprise. */
export type StoredSiteDirectory = { userId: number; roundId: number; fetchedAt: number; owners: Record<string, [id: number, name: string]> };

/** The signed-in user's round's enrolled enterprises by registered domain (lib/site-directory.ts); forgotten when the user changes. */
export const siteDirectory = storage.defineItem<StoredSiteDirectory | null>('local:siteDirectory', { fallback: null });

/** Captures waiting in an open picker, each shown only to the user who made it (lib/drafts.ts); kept for the browser session only. */
export const clipDrafts = storage.defineItem<Record<string, ClipDraft>>('session:clipDrafts', { fallback: {} });

/** Clips not yet confirmed by the worker: kept across restarts until delivered or discarded by the user. */
export const clipQueue = storage.defineItem<ClipQueue>('local:clipQueue', {
  fallback: { items: [], failures: 0, nextAttemptAt: null },
  version: 1,
});

/** A queued clip's screenshot (a PNG data URL), stored apart so the queue itself stays small. */
export const screenshotOf = (key: string) => storage.defineItem<string | null>(`local:screenshot:${key}`, { fallback: null });

/** The worker's last answers to the reads the picker needs, for clipping while it is unreachable; cleared when the user changes. */
export const offlineCopies = storage.defineItem<Record<string, unknown>>('local:offlineCopies', { fallback: {} });

/** Whether to tick "screenshot" in the picker: this user's last choice. */
export const screenshotByDefaultOf = (userId: number) => storage.defineItem<boolean>(`local:screenshotByDefault:${userId}`, { fallback: false });

/** Clipping preferences from the options page. */
export const clipSettings = storage.defineItem<ClipSettings>('local:clipSettings', {
  fallback: { selectionButton: true, pdfInViewer: false },
});

/** The IANA time zone times are shown in, chosen in the options page; null for the district's (Asia/Shanghai). */
export const displayTimeZone = storage.defineItem<string | null>('local:displayTimeZone', { fallback: null });

/** One user's side-panel layout (rows opened or closed by hand, rationales unfolded): another user of this browser starts afresh. */
export const panelLayoutOf = (userId: number) =>
  storage.defineItem<PanelLayout>(`local:panelLayout:${userId}`, { fallback: { rationalesOpen: false, rows: {} } });

/**
 * Indicator trees of published frameworks (which never change), by "server#id.code.version": the side panel
 * shows one without asking the worker again each time it opens. The last few only.
 */
export const indicatorTrees = storage.defineItem<Record<string, IndicatorNode[]>>('local:indicatorTrees', { fallback: {} });
