// The PDF viewer page: /pdf-viewer.html?page=N#<PDF URL>. It answers page messages from the first moment
// and shows the PDF once loaded. It refuses to run inside another page's frame.
// First: the UI's ports (messages, session storage) get the extension's adapters before any module uses them.
import '../../lib/ports/extension';
import { render } from 'preact';
import '../../assets/ui.css';
import './viewer.css';
import { PdfViewer } from '../../components/PdfViewer';
import { parseViewerUrl } from '../../lib/pdf-viewer-url';
import type { OpenPdf } from '../../lib/pdf/page-views';
import { answerAsPage } from './page-protocol';

const { pdfUrl, pageNumber } = parseViewerUrl(location.href);

if (window.top === window) {
  const opened = Promise.withResolvers<OpenPdf>();
  // A failed load must not leave a jump back waiting forever.
  opened.promise.catch(() => undefined);
  answerAsPage(pdfUrl, opened.promise);
  render(<PdfViewer pdfUrl={pdfUrl} pageNumber={pageNumber} onOpen={opened.resolve} onFail={opened.reject} />, document.getElementById('app')!);
}
