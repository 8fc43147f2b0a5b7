// The PDF viewer in Chromium with the built extension, on a generated 150-page Chinese report
// (test/support/report-pdf.ts): from opening the viewer to its first page drawn, to every page's text read,
// and a search across all pages from the keystroke to the count on screen.
import { launchWithExtension } from '../../test/support/browser';
import { startPageServer } from '../../test/support/page-server';
import { makeReportPdf, NEEDLES } from '../../test/support/long-report-pdf';
import { summarise, type Summary } from './stats';

export type PdfFigures = { pages: number; firstPage: Summary; textRead: Summary; find: Summary };

/**
 * In the viewer: types `query` into find and resolves with the time until the count shows `expected` (painted).
 * No named functions inside: tsx names them with a helper the page does not have.
 */
const timeFind = async ([query, expected]: readonly [string, number]): Promise<number> => {
  const input = document.querySelector<HTMLInputElement>('[data-testid="pdf-find"]')!;
  const count = document.querySelector<HTMLElement>('[data-testid="pdf-find-count"]')!;
  const began = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  while (count.dataset.count !== String(expected)) {
    if (performance.now() - began > 10_000) throw new Error(`find "${query}": ${count.dataset.count} matches, expected ${expected}`);
    await new Promise(requestAnimationFrame);
  }
  await new Promise(requestAnimationFrame);
  return performance.now() - began;
};

export async function measurePdfViewer(runs: number, log: (line: string) => void): Promise<PdfFigures> {
  const [browser, site] = await Promise.all([launchWithExtension(), startPageServer()]);
  try {
    const report = await makeReportPdf(browser.context, 150);
    site.set('/reports/full.pdf', report.bytes, 'application/pdf');
    const url = `${browser.pageUrl('pdf-viewer.html')}#${site.url('huaxin-auto.localhost', '/reports/full.pdf')}`;
    const first: number[] = [];
    const read: number[] = [];
    const find: number[] = [];
    for (let i = 0; i < runs; i++) {
      const viewer = await browser.context.newPage();
      await viewer.goto(url);
      await viewer.waitForFunction(() => performance.getEntriesByName('csr-pdf-text-read').length > 0, null, { timeout: 60_000 });
      const [drawn, textRead] = await viewer.evaluate(() => ['csr-pdf-first-page', 'csr-pdf-text-read'].map((mark) => performance.getEntriesByName(mark)[0]!.startTime));
      first.push(drawn!);
      read.push(textRead!);
      // A new query each time, in Chinese and in English: nothing is remembered between searches.
      for (const needle of [NEEDLES.zh, NEEDLES.en]) {
        await viewer.evaluate(timeFind, ['', 0] as const);
        find.push(await viewer.evaluate(timeFind, [needle.text, needle.pages.length] as const));
      }
      await viewer.close();
    }
    const figures = { pages: report.pages, firstPage: summarise(first, 0, 1), textRead: summarise(read, 0, 1), find: summarise(find, 0, 1) };
    log(`  PDF viewer, ${report.pages} pages: open → first page ${figures.firstPage.p50.toFixed(0)} ms, → all text read ${figures.textRead.p50.toFixed(0)} ms, find → count ${figures.find.p50.toFixed(1)} ms (p50)`);
    return figures;
  } finally {
    await Promise.all([browser.close(), site.stop()]);
  }
}
