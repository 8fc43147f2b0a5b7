// From fetched bytes to a report's pages of text: a PDF by its signature (whatever the server calls it), HTML
// by its content type; every way it can fail is a reason with a message for people, never an exception.
import { splitPassages, type PageText, type Passage } from '../../shared/finder/passages';
import { decodeHtml } from '../jobs/fetch-page';
import { htmlReportText } from './extract-html';
import { pdfReportText } from './extract-pdf';
import { checkInflation } from './pdf-inflation';
import { megabytes, type FinderSettings } from './settings';

export type Extracted =
  | { ok: true; format: 'html' | 'pdf'; title: string | null; pages: PageText[]; passages: Passage[]; pageCount: number; note: string | null }
  | { ok: false; reason: string; message: string };

const isPdf = (bytes: Uint8Array) => {
  // The signature may follow a little junk (the PDF reference allows it within the first 1024 bytes).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
};

const fail = (reason: string, message: string): Extracted => ({ ok: false, reason, message });

export async function extractReport(bytes: Uint8Array<ArrayBuffer>, contentType: string, settings: FinderSettings): Promise<Extracted> {
  if (isPdf(bytes)) {
    const inflation = checkInflation(bytes, settings);
    if (!inflation.ok) return fail('pdf_too_expanded', `The PDF's compressed streams expand past ${megabytes(settings.maxStreamBytes)} for one stream or ${megabytes(settings.maxInflatedBytes)} in all; it is not read`);
    const pdf = await pdfReportText(bytes, settings.maxPages);
    if (!pdf.ok) {
      const messages = {
        encrypted_pdf: 'The PDF is encrypted with a password; the finder cannot read it',
        broken_pdf: 'The file claims to be a PDF but PDF.js cannot read it (damaged or incomplete)',
        no_text_layer: 'The PDF has no text layer (a scan?): there is nothing to search without OCR',
      };
      return fail(pdf.reason, messages[pdf.reason]);
    }
    return finish('pdf', pdf.title, pdf.pages, pdf.pageCount, settings, pdf.pageCount > settings.maxPages ? `Only the first ${settings.maxPages} of ${pdf.pageCount} pages are read` : null);
  }
  if (/application\/pdf|application\/x-pdf/i.test(contentType)) return fail('not_pdf', `Served as a PDF (${contentType}) but the file is not one`);
  if (!/text\/html|application\/xhtml\+xml/i.test(contentType)) return fail('unsupported_type', `The finder reads HTML pages and PDFs, not ${contentType || 'an untyped file'}`);
  const html = htmlReportText(decodeHtml(bytes, contentType));
  return finish('html', html.title || null, [html.page], 1, settings, null);
}

function finish(format: 'html' | 'pdf', title: string | null, pages: PageText[], pageCount: number, settings: FinderSettings, note: string | null): Extracted {
  const passages = pages.flatMap(splitPassages);
  if (passages.length === 0) return fail('no_main_text', format === 'html' ? 'The page has no paragraphs of text to read' : 'The PDF has no sentences of text to read');
  const kept = passages.slice(0, settings.maxPassages);
  const cut = passages.length > kept.length ? `Only the first ${settings.maxPassages} of ${passages.length} passages are indexed` : null;
  return { ok: true, format, title, pages, passages: kept, pageCount, note: [note, cut].filter(Boolean).join('; ') || null };
}
