// The PDF viewer page: /pdf-viewer.html?page=N#<PDF URL>. It answers page messages from the first moment
// and shows the PDF once loaded. It refuses to run inside another page's frame.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import '../../assets/ui.css';
import './viewer.css';
import { parseViewerUrl } from '../../lib/pdf-viewer-url';
import type { OpenPdf } from '../../lib/pdf/page-views';
import { pdfWorkerPort, startPdfDownload } from '../../lib/pdf/early-start';
import { httpUrlOrNull } from '../../../shared/domain/url';
import { answerAsPage } from './page-protocol';

const { pdfUrl, pageNumber } = parseViewerUrl(location.href);

if (window.top === window) {
  // pdf.js's worker boots and the PDF downloads while pdf.js and the viewer (a chunk of their own) still load.
  pdfWorkerPort();
  const original = httpUrlOrNull(pdfUrl);
  if (original) startPdfDownload(original);
  const opened = Promise.withResolvers<OpenPdf>();
  // A failed load must not leave a jump back waiting forever.
  opened.promise.catch(() => undefined);
  answerAsPage(pdfUrl, opened.promise);
  import('./show-viewer').then(({ showViewer }) => showViewer(pdfUrl, pageNumber, opened), opened.reject);
}
