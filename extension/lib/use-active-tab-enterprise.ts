// Following the active tab: the enterprise its page is about (the site's registered domain, or a credit code
// or registered name on the page) is the one at hand.
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DetectedEnterprise } from '../../shared/schemas/enterprise-detection';
import type { Round } from '../../shared/schemas/round';
import { request } from './api';
import { sendMessage } from './messaging';

/** Enrolled enterprises of the round by name or credit code. */
export const findEnterprises = async (roundId: number, query: { q?: string }) => {
  const found = await request((api) => api.api.v1.rounds[':roundId'].enterprises.$get({ param: { roundId: String(roundId) }, query }));
  return found.ok ? found.value.items : [];
};

/** The best detection for the active tab's page, or null. */
export async function activeTabEnterprise(roundId: number): Promise<DetectedEnterprise | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return null;
  const found = await sendMessage('detectTabEnterprise', { roundId, tabId: tab.id });
  return found.ok ? (found.value[0] ?? null) : null;
}

/** `onLooked`: after each look at the active tab, found or not (what waits for the first look starts then). */
export function useActiveTabEnterprise(round: Round | null, onFound: (enterprise: DetectedEnterprise) => void, onLooked?: () => void) {
  useEffect(() => {
    if (!round) return;
    const sync = async () => {
      // A tab that cannot be asked (closed meanwhile, a browser page) shows no enterprise: looked at all the same.
      const found = await activeTabEnterprise(round.id).catch(() => null);
      if (found) onFound(found);
      onLooked?.();
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
  }, [round?.id]);
}
