// When the active tab shows a page of an enrolled enterprise's site, the background remembers the page as that
// enterprise's (lib/panel-start.ts), asks for its side-panel state and leaves it in the browser's HTTP cache with its
// ETag: the panel opened next revalidates it (the worker answers 304 after one statement, ADR-007) instead of waiting
// for the whole state to be built and sent: for a 300-item enterprise, 13 KB and 31–140 ms to the answer on this
// machine, against 300 bytes and 10–50 ms once cached.
import { browser } from 'wxt/browser';
import { fetchPanel } from '../../lib/api';
import { detectedPageKey, rememberUnlessKnown, siteEnterprise } from '../../lib/panel-start';
import { panelWarmUps } from '../../lib/panel-warm-ups';
import { sourceOfTab } from '../../lib/pdf-viewer-url';
import { currentRoundId, sessionExpired, sessionItem } from '../../lib/storage';

const warmUps = panelWarmUps();

async function warmUp(tabUrl: string | undefined) {
  // Nothing is read for a page no site's domain can name (the side panel's own page, a browser page).
  if (!tabUrl || !sourceOfTab(tabUrl)) return;
  const [session, expired, roundId] = await Promise.all([sessionItem.getValue(), sessionExpired.getValue(), currentRoundId.getValue()]);
  if (!session || expired || roundId === null) return;
  // Only what the site's domain says, kept on the device: never a look at the page or a question to the worker for it.
  const enterprise = await siteEnterprise(session.user.id, roundId, tabUrl);
  if (!enterprise) return;
  // The page is remembered as its domain says, so that the panel opened next finds it among the first things it reads
  // and asks for the state at once.
  await Promise.all([
    rememberUnlessKnown(session.user.id, detectedPageKey(roundId, tabUrl), enterprise),
    warmUps.claim(session.user.id, roundId, enterprise.id, Date.now()) ? fetchPanel(roundId, enterprise.id, null) : undefined,
  ]);
}

export function setupPanelWarmUp() {
  // As the tab starts loading a page, not once it has loaded: a panel opened at once then finds the state under way.
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (change.status === 'loading' && tab.active) void warmUp(tab.url).catch(() => undefined);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs
      .get(tabId)
      .then((tab) => warmUp(tab.url))
      .catch(() => undefined);
  });
}
