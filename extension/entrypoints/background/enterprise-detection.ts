// Which enrolled enterprise a page or a quote is about: credit codes and registered names in the quote and
// on the page, and the site's registered domain, ranked by the worker, each with the reason shown to the user.
import { browser } from 'wxt/browser';
import { findMentions, noMentions, type Mentions } from '../../../shared/domain/enterprise-mentions';
import { hostOf } from '../../../shared/domain/url';
import type { Capture } from '../../../shared/schemas/clip';
import type { DetectedEnterprise } from '../../../shared/schemas/enterprise-detection';
import { request } from '../../lib/api';
import { onMessage, sendMessage } from '../../lib/messaging';
import { siteDetectionKey, withOfflineCopy } from '../../lib/offline-copy';
import { sourceOfTab } from '../../lib/pdf-viewer-url';
import { ok, type Result } from '../../lib/result';
import { needsRefresh, refreshSiteDirectory } from '../../lib/site-directory';
import { sessionItem, siteDirectory } from '../../lib/storage';
import { withContentScript } from './page-link';

/** What a capture names: the quote's own mentions apart from the page's (the quote weighs more). */
export function detectFor(roundId: number, capture: Pick<Capture, 'url' | 'title' | 'selection' | 'mentions'>): Promise<Result<DetectedEnterprise[]>> {
  const quote = capture.selection ? findMentions(capture.selection.quote) : noMentions();
  return detect(roundId, hostOf(capture.url), quote, capture.mentions ?? findMentions(capture.title));
}

async function detect(roundId: number, host: string, quote: Mentions, page: Mentions): Promise<Result<DetectedEnterprise[]>> {
  // Offline, only what the site's domain said still holds for another page of the same site.
  const found = await withOfflineCopy(
    siteDetectionKey(roundId, host),
    () => request((api) => api.api.v1.rounds[':roundId'].enterprises.detect.$post({ param: { roundId: String(roundId) }, json: { host: host || undefined, quote, page } })),
    (answer) => ({ items: answer.items.filter((e) => e.basis === 'domain') }),
  );
  if (found.ok && host) void keepDirectoryCurrent(roundId, host, found.value.items.find((e) => e.basis === 'domain'));
  return found.ok ? ok(found.value.items) : found;
}

/** After a look the worker answered: the round's directory of domains is asked for again when stale, or when it named another enterprise for the site. */
async function keepDirectoryCurrent(roundId: number, host: string, found: DetectedEnterprise | undefined) {
  const [session, directory] = await Promise.all([sessionItem.getValue(), siteDirectory.getValue()]);
  if (session && needsRefresh(directory, session.user.id, roundId, Date.now(), { host, found })) await refreshSiteDirectory(roundId);
}

/** The enterprise of the page a tab shows (the side panel and the popup follow it). */
async function detectInTab(roundId: number, tabId: number): Promise<Result<DetectedEnterprise[]>> {
  const tabUrl = sourceOfTab((await browser.tabs.get(tabId)).url);
  if (!tabUrl) return ok([]);
  // A page no script may enter still has its address.
  const page = await withContentScript(tabId, () => sendMessage('capturePage', {}, tabId)).catch(() => null);
  return detectFor(roundId, page ?? { url: tabUrl, title: '' });
}

export function setupEnterpriseDetection() {
  onMessage('detectTabEnterprise', ({ data }) => detectInTab(data.roundId, data.tabId));
}
