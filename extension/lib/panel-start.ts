// What the side panel can show before the worker answers, read together as the page loads: the session, the round
// kept from last time and the enterprise of the active tab's page as found last time (this browser session). Read
// one after another, render after render, they cost ~40 ms on the way to the panel's first request.
import { browser } from 'wxt/browser';
import type { StoredSession } from '../../shared/schemas/clip';
import type { DetectedEnterprise } from '../../shared/schemas/enterprise-detection';
import type { Round } from '../../shared/schemas/round';
import { cachedRound } from './rounds';
import { detectedPagesOf, sessionItem } from './storage';

export type PanelStart = { session: StoredSession | null; round: Round | null; enterprise: DetectedEnterprise | null };

/** The active tab of the focused window, or undefined when it cannot be asked (closed meanwhile, a browser page). */
export const activeTab = async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []))[0];

/** The key a page's detection is remembered by: the round and the page's address. */
export const detectedPageKey = (roundId: number, url: string) => `${roundId} ${url}`;

export async function readPanelStart(): Promise<PanelStart> {
  const [session, round, tab] = await Promise.all([sessionItem.getValue(), cachedRound(), activeTab()]);
  if (!session || !round || !tab?.url) return { session, round: session ? round : null, enterprise: null };
  const remembered = await detectedPagesOf(session.user.id).getValue();
  return { session, round, enterprise: remembered[detectedPageKey(round.id, tab.url)] ?? null };
}
