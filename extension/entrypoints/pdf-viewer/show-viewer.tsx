// The viewer's interface with pdf.js: a chunk of its own, loaded after the page has started pdf.js's worker.
import { render } from 'preact';
import { PdfViewer } from '../../components/PdfViewer';
import type { OpenPdf } from '../../lib/pdf/page-views';

export function showViewer(pdfUrl: string, pageNumber: number | null, opened: PromiseWithResolvers<OpenPdf>) {
  render(<PdfViewer pdfUrl={pdfUrl} pageNumber={pageNumber} onOpen={opened.resolve} onFail={opened.reject} />, document.getElementById('app')!);
}
