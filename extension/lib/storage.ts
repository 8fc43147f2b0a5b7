// Every value the extension keeps, in one place.
import { storage } from 'wxt/utils/storage';
import type { ClipDraft, ClipQueue, ClipSettings, StoredSession } from '../../shared/schemas/clip';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

/** Base URL of the worker the user chose (null: not chosen); requests go where `lib/server-address.ts` says. */
export const serverUrl = storage.defineItem<string | null>('local:serverUrl', { fallback: null });

/** The signed-in session: bearer token, expiry and who the user is. */
export const sessionItem = storage.defineItem<StoredSession | null>('local:session', { fallback: null });

/** Set when the worker answered 401: the UI shows "sign in again" without dropping the user's work. */
export const sessionExpired = storage.defineItem<boolean>('local:sessionExpired', { fallback: false });

/** The round the user is working in (chosen in the options page, else the latest open one). */
export const currentRoundId = storage.defineItem<number | null>('local:currentRoundId', { fallback: null });

/** The last indicator clipped to, per round, so the next clip is one key away. */
export const lastIndicatorByRound = storage.defineItem<Record<string, number>>('local:lastIndicatorByRound', { fallback: {} });

/** The enterprise last clipped to from each site, keyed "roundId:host", for sites whose domain is not registered. */
export const enterpriseBySite = storage.defineItem<Record<string, { id: number; name: string }>>('local:enterpriseBySite', { fallback: {} });

/** Captures waiting in an open picker; kept for the browser session only. */
export const clipDrafts = storage.defineItem<Record<string, ClipDraft>>('session:clipDrafts', { fallback: {} });

/** Clips not yet confirmed by the worker: kept across restarts until delivered or discarded by the user. */
export const clipQueue = storage.defineItem<ClipQueue>('local:clipQueue', {
  fallback: { items: [], failures: 0, nextAttemptAt: null },
  version: 1,
});

/** A queued clip's screenshot (a PNG data URL), stored apart so the queue itself stays small. */
export const screenshotOf = (key: string) => storage.defineItem<string | null>(`local:screenshot:${key}`, { fallback: null });

/** The worker's last answers to the reads the picker needs, for clipping while it is unreachable. */
export const offlineCopies = storage.defineItem<Record<string, unknown>>('local:offlineCopies', { fallback: {} });

/** Whether to tick "screenshot" in the picker: the user's last choice. */
export const screenshotByDefault = storage.defineItem<boolean>('local:screenshotByDefault', { fallback: false });

/** Clipping preferences from the options page. */
export const clipSettings = storage.defineItem<ClipSettings>('local:clipSettings', {
  fallback: { selectionButton: true, pdfInViewer: false },
});

/** The IANA time zone times are shown in, chosen in the options page; null for the district's (Asia/Shanghai). */
export const displayTimeZone = storage.defineItem<string | null>('local:displayTimeZone', { fallback: null });
