// Following the active tab: when it shows a registered enterprise's site, that enterprise is the one at hand.
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { EnterpriseSummary } from '../../shared/schemas/enterprise';
import type { Round } from '../../shared/schemas/round';
import { request } from './api';
import { sourceOfTab } from './pdf-viewer-url';

/** Enterprises of the round by registered host or by name / credit code. */
export const findEnterprises = async (roundId: number, query: { host?: string; q?: string }) => {
  const found = await request((api) => api.api.v1.rounds[':roundId'].enterprises.$get({ param: { roundId: String(roundId) }, query }));
  return found.ok ? found.value.items : [];
};

export function useActiveTabEnterprise(round: Round | null, onFound: (enterprise: EnterpriseSummary) => void) {
  useEffect(() => {
    if (!round) return;
    const sync = async () => {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      const source = sourceOfTab(tab?.url);
      if (!source) return;
      const [found] = await findEnterprises(round.id, { host: new URL(source).hostname });
      if (found) onFound(found);
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
