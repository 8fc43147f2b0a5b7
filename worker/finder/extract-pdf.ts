// A PDF report's text per page exactly as the extension's PDF viewer builds it (extension/lib/pdf/: pdf.js's
// text items of the page, joined), read with unpdf (PDF.js built for serverless runtimes).
import { getDocumentProxy } from 'unpdf';
import type { PageText } from '../../shared/finder/passages';

export type PdfText = { ok: true; title: string | null; pages: PageText[]; pageCount: number } | { ok: false; reason: 'encrypted_pdf' | 'broken_pdf' | 'no_text_layer' };

export async function pdfReportText(bytes: Uint8Array, maxPages: number): Promise<PdfText> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: PDF.js may transfer (detach) the buffer it is given, and the caller still hashes and keeps the bytes.
    pdf = await getDocumentProxy(bytes.slice(), { useSystemFonts: false, stopAtErrors: false });
  } catch (err) {
    return { ok: false, reason: err instanceof Error && err.name === 'PasswordException' ? 'encrypted_pdf' : 'broken_pdf' };
  }
  try {
    const pages: PageText[] = [];
    let characters = 0;
    for (let n = 1; n <= Math.min(pdf.numPages, maxPages); n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
      characters += text.trim().length;
      pages.push({ page: n, text });
      page.cleanup();
    }
    if (characters === 0) return { ok: false, reason: 'no_text_layer' };
    const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim().slice(0, 500) : null;
    return { ok: true, title, pages, pageCount: pdf.numPages };
  } catch {
    return { ok: false, reason: 'broken_pdf' };
  } finally {
    await pdf.cleanup();
  }
}
