// Following the active tab: the enterprise its page is about (the site's registered domain, or a credit code
// or registered name on the page) is the one at hand.
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageEnterprise } from '../../shared/schemas/enterprise-detection';
import type { Round } from '../../shared/schemas/round';
import { request } from './api';
import { activeTab, detectedPageKey, detectInTab, rememberDetection, siteEnterprise } from './panel-start';
import { detectedPages } from './storage';

/** Enrolled enterprises of the round by name or credit code. */
export const findEnterprises = async (roundId: number, query: { q?: string }) => {
  const found = await request((api) => api.api.v1.rounds[':roundId'].enterprises.$get({ param: { roundId: String(roundId) }, query }));
  return found.ok ? found.value.items : [];
};

/** The best detection for the active tab's page, or null. */
export const activeTabEnterprise = async (roundId: number) => detectInTab(roundId, await activeTab());

/**
 * `onLooked`: after each look at the active tab, found or not (what waits for the first look starts then).
 * The page found last time (this browser session, this user and round), or else the enterprise its site's domain
 * names (as found on another of its pages, or in the round's directory of domains), is handed over at once and the look
 * follows, once `lookAfter` resolved, its answer winning: the look takes 100-200 ms (the page's mentions, then
 * the worker), on the way to the panel's first render.
 */
export function useActiveTabEnterprise(
  round: Round | null,
  userId: number,
  onFound: (enterprise: PageEnterprise) => void,
  onLooked?: () => void,
  lookAfter: Promise<void> = Promise.resolve(),
) {
  useEffect(() => {
    if (!round) return;
    const sync = async () => {
      // A tab that cannot be asked shows no enterprise: looked at all the same.
      const tab = await activeTab();
      const key = tab?.url ? detectedPageKey(round.id, tab.url) : null;
      // The page as found before, else what its site's domain said on another of its pages: shown while the look runs.
      const before = key ? ((await detectedPages.getValue())[userId]?.[key] ?? (await siteEnterprise(userId, round.id, tab!.url!))) : undefined;
      if (before) {
        onFound(before);
        await lookAfter;
      }
      const found = await detectInTab(round.id, tab).catch(() => null);
      if (found) onFound(found);
      onLooked?.();
      if (key && JSON.stringify(found ?? null) !== JSON.stringify(before ?? null)) await rememberDetection(userId, key, found);
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string }, tab: { active?: boolean }) => {
      if (tab.active && (change.url || change.status === 'complete')) void sync();
    };
    const onActivated = () => void sync();
    void sync();
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [round?.id, userId]);
}
