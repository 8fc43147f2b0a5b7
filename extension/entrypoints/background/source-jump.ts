// Back to the source: open (or bring forward) the evidence's page — the PDF viewer at its page for PDFs —
// have it find and highlight the quote, and record on the worker whether it was found; a finder suggestion's
// passage is shown the same way.
import { browser } from 'wxt/browser';
import { i18n } from '../../lib/ports/messages';
import { httpUrlOrNull, normalizeUrl } from '../../../shared/domain/url';
import type { AnchoringOutcome, HighlightRequest } from '../../../shared/schemas/clip';
import { Evidence } from '../../../shared/schemas/evidence';
import { request } from '../../lib/api';
import { onMessage, sendMessage, type SuggestionSource } from '../../lib/messaging';
import { parseViewerUrl, VIEWER_PATH, viewerUrl } from '../../lib/pdf-viewer-url';
import { fail, ok, type Result } from '../../lib/result';
import { serverAddress } from '../../lib/server-address';
import { tabLoaded, withContentScript } from './page-link';

/** Whether an open tab already shows this source (any page of the same PDF; any fragment of the same page). */
function showsSource(tabUrl: string, source: string, pdf: boolean): boolean {
  if (pdf) return tabUrl.startsWith(browser.runtime.getURL(VIEWER_PATH)) && parseViewerUrl(tabUrl).pdfUrl === source;
  return normalizeUrl(tabUrl) === normalizeUrl(source);
}

async function openOrActivate(source: string, pageNumber: number | null) {
  const pdf = pageNumber !== null;
  const open = (await browser.tabs.query({})).find((tab) => tab.url && showsSource(tab.url, source, pdf));
  if (open?.id === undefined) return browser.tabs.create({ url: pdf ? viewerUrl(source, pageNumber) : source, active: true });
  await browser.tabs.update(open.id, { active: true });
  if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  return open;
}

/** Opens the source and has the page find and highlight the quote; null when the page could not be searched. */
async function showQuote(source: string, pageNumber: number | null, request: Omit<HighlightRequest, 'pageNumber'>): Promise<AnchoringOutcome | null> {
  const tab = await openOrActivate(source, pageNumber);
  const tabId = tab.id;
  if (tabId === undefined) return null;
  await tabLoaded(tabId);
  return withContentScript(tabId, () => sendMessage('highlightQuote', { ...request, pageNumber: pageNumber ?? undefined }, tabId)).catch(() => null);
}

export async function openSource(evidence: Evidence): Promise<Result<Evidence | null>> {
  const source = httpUrlOrNull(evidence.url);
  if (!source) return fail('validation_failed', i18n.t('sidepanel.noSource'));
  if (!evidence.quote) {
    await openOrActivate(source, evidence.pageNumber);
    return ok(null);
  }
  const { quote, position } = evidence.selectors ?? {};
  const selector = { exact: evidence.quote, prefix: quote?.prefix, suffix: quote?.suffix, start: position?.start, end: position?.end };
  const outcome = await showQuote(source, evidence.pageNumber, { selector, stance: evidence.stance });
  // A page that could not be searched says nothing about the quote: no report rather than a false orphan.
  if (!outcome) return fail('internal', i18n.t('sidepanel.sourceUnreadable'));
  const reported = await request((api) => api.api.v1.evidence[':id'].anchoring.$post({ param: { id: String(evidence.id) }, json: { status: outcome.status } }));
  // A closed round's evidence stays as it was recorded: the worker refuses the report, and the jump itself worked.
  return !reported.ok && reported.error.status === 403 ? ok(null) : reported;
}

/**
 * A suggestion's passage in its report, anchored by the finder's offsets as a confirmed clip of it would be
 * (the offsets are those of the content script's page text and of the viewer's page text). It is not evidence:
 * it is shown in the neutral context colour and nothing is reported to the worker.
 */
export async function openSuggestion(suggestion: SuggestionSource): Promise<Result<AnchoringOutcome>> {
  const source = httpUrlOrNull(suggestion.url);
  if (!source) return fail('validation_failed', i18n.t('sidepanel.noSource'));
  const selector = { exact: suggestion.quote, start: suggestion.start, end: suggestion.end };
  const outcome = await showQuote(source, suggestion.pageNumber, { selector, stance: 'context' });
  return outcome ? ok(outcome) : fail('internal', i18n.t('sidepanel.sourceUnreadable'));
}

/** Whether a message comes from a page of the extension's server (by the sender's own URL, not by what it says). */
async function fromConsole(sender: { url?: string; tab?: { url?: string } }): Promise<boolean> {
  const url = sender.url ?? sender.tab?.url;
  return url !== undefined && URL.canParse(url) && new URL(url).origin === new URL(await serverAddress()).origin;
}

/** The web console's "open the source": its evidence checked as the worker's shape, then the side panel's jump back. */
async function openSourceForConsole(evidence: unknown, sender: { url?: string; tab?: { url?: string } }): Promise<Result<Evidence | null>> {
  if (!(await fromConsole(sender))) return fail('forbidden', i18n.t('errors.forbidden'), 403);
  const parsed = Evidence.safeParse(evidence);
  return parsed.success ? openSource(parsed.data) : fail('validation_failed', i18n.t('sidepanel.noSource'), 400);
}

export function setupSourceJump() {
  onMessage('openEvidenceSource', ({ data }) => openSource(data.evidence));
  onMessage('isExtensionConsole', ({ sender }) => fromConsole(sender));
  onMessage('openSourceForConsole', ({ data, sender }) => openSourceForConsole(data.evidence, sender));
  onMessage('openSuggestionSource', ({ data }) => openSuggestion(data));
}
