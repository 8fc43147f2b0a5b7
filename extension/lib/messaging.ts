// The extension's one message protocol between background, content script and pages.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnchoringOutcome, Capture, ClipChoice, ClipDraft, HighlightRequest, SaveOutcome } from '../../shared/schemas/clip';
import type { Evidence } from '../../shared/schemas/evidence';
import type { EnterpriseSummary } from '../../shared/schemas/enterprise';
import type { DetectedEnterprise } from '../../shared/schemas/enterprise-detection';
import type { IndicatorNode, Round } from '../../shared/schemas/round';
import type { Result } from './result';

/** What the picker needs to offer a clip's targets. */
export type ClipContext = {
  round: Round;
  indicators: IndicatorNode[];
  /** Enterprises the quote, the site's domain or the page name, best first, each with why. */
  detected: DetectedEnterprise[];
  /** The enterprise last clipped to from this site, for sites no enterprise registered. */
  remembered: { id: number; name: string } | null;
  /** Enterprise staff: their own enterprise, the only one they may attach evidence to. */
  own: { id: number; name: string } | null;
  lastIndicatorId: number | null;
  screenshotByDefault: boolean;
};

/** A suggested passage to show in its report: where the finder read it, its words and its offsets in the page's text. */
export type SuggestionSource = { url: string; quote: string; start: number; end: number; pageNumber: number | null };

/**
 * Messages to the page showing a tab: the content script, or the PDF viewer (an extension page that
 * answers the same messages for the PDF it shows).
 */
interface PageProtocol {
  /** Read the current selection with its context; null when nothing is selected. */
  captureSelection(): Capture | null;
  /** Read the page (or a link on it, by its URL) for attaching without a quote. */
  capturePage(data: { linkUrl?: string }): Capture;
  openPicker(data: { draftId: string }): void;
  closePicker(data: { draftId: string }): void;
  /** Hide the picker for a screenshot of the page; resolves once the page repainted. */
  setPickerHidden(data: { hidden: boolean }): void;
  /** Find the quote on the page as it is now and highlight it. */
  highlightQuote(data: HighlightRequest): AnchoringOutcome;
}

/** Messages to the background from the picker, popup, side panel, options page and content script. */
interface BackgroundProtocol {
  getDraft(data: { draftId: string }): ClipDraft | null;
  getClipContext(data: { draftId: string }): Result<ClipContext>;
  /** Side panel and popup: the enterprise of the page a tab shows, best first, each with why. */
  detectTabEnterprise(data: { roundId: number; tabId: number }): Result<DetectedEnterprise[]>;
  searchEnterprises(data: { roundId: number; q: string }): Result<EnterpriseSummary[]>;
  saveClip(data: ClipChoice): Result<SaveOutcome>;
  dismissPicker(data: { draftId: string }): void;
  /** Popup: clip the selection of the tab it was opened over, as the context menu does. */
  clipTab(data: { tabId: number }): Result<null>;
  /** Popup: attach that tab's page without a quote. */
  attachTab(data: { tabId: number }): Result<null>;
  /** Content script's selection button: clip the selection of the sender's tab. */
  clipSelectionInSender(): Result<null>;
  /** Side panel: open the evidence's source with the quote highlighted, and record what was found. */
  openEvidenceSource(data: { evidence: Evidence }): Result<Evidence | null>;
  /** Content script on a page that names itself the web console: whether it is the console of the extension's server. */
  isExtensionConsole(): boolean;
  /** Content script on the web console of the extension's server: the review queue's "open the source", as above. */
  openSourceForConsole(data: { evidence: Evidence }): Result<Evidence | null>;
  /** Side panel: open a finder suggestion's report (the PDF viewer at its page) with the passage highlighted. */
  openSuggestionSource(data: SuggestionSource): Result<AnchoringOutcome>;
  /** Popup: send a queued clip again now / reopen it in the picker / drop it for good. */
  retryQueuedClip(data: { key: string }): void;
  editQueuedClip(data: { key: string }): void;
  discardQueuedClip(data: { key: string }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<PageProtocol & BackgroundProtocol>();
