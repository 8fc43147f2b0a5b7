// The viewer answers the same page messages as the content script does on web pages: capture the
// selection (with its PDF page and the document's SHA-256), host the picker, highlight a quote.
import { anchorStatusOf } from '../../../shared/anchoring/acceptance';
import { anchorInPages } from '../../../shared/anchoring/pages';
import type { Capture } from '../../../shared/schemas/clip';
import { showHighlight } from '../../lib/highlight';
import { onMessage, sendMessage } from '../../lib/messaging';
import { buildTextIndex, rangeAt, selectionIn } from '../../lib/page-text';
import type { OpenPdf } from '../../lib/pdf/page-views';
import { closePicker, openPicker, setPickerHidden } from '../../lib/picker-frame';
import { setupSelectionButton } from '../../lib/selection-button';

/** Registered at once (a jump back may ask before the PDF is loaded); each answer waits for `ready`. */
export function answerAsPage(pdfUrl: string, ready: Promise<OpenPdf>) {
  const page = (open: OpenPdf): Capture => ({ url: pdfUrl, title: open.title, siteName: new URL(pdfUrl).hostname });

  onMessage('captureSelection', async () => {
    const open = await ready;
    const pageNumber = open.pages.pageOf(getSelection()?.anchorNode ?? null);
    if (pageNumber === null) return null;
    // Selectors are relative to the text layer of the page the selection starts on.
    const selection = selectionIn(await open.pages.rendered(pageNumber));
    return selection && { ...page(open), selection, pdf: { pageNumber, documentSha256: open.sha256 } };
  });
  onMessage('capturePage', async () => {
    const open = await ready;
    return { ...page(open), pdf: { pageNumber: open.pages.current(), documentSha256: open.sha256 } };
  });
  onMessage('openPicker', ({ data }) => openPicker(data.draftId));
  onMessage('closePicker', ({ data }) => closePicker(data.draftId));
  onMessage('setPickerHidden', ({ data }) => setPickerHidden(data.hidden));
  onMessage('highlightQuote', async ({ data }) => {
    const open = await ready;
    const found = await anchorInPages(open.pages.count, open.pages.text, { ...data.selector, pageNumber: data.pageNumber ?? 1 });
    if (!found) return { status: 'orphan' as const };
    const range = rangeAt(buildTextIndex(await open.pages.rendered(found.pageNumber)), found.start, found.end);
    open.pages.scrollTo(found.pageNumber);
    if (range) showHighlight(range, data.stance);
    return { status: anchorStatusOf(found.verdict), method: found.method, score: found.score, pageNumber: found.pageNumber };
  });
  setupSelectionButton(() => void sendMessage('clipSelectionInSender', undefined));
}
