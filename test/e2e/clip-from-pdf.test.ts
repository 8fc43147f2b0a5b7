// Journey: an expert opens an enterprise's CSR report PDF (made by this test: four A4 pages of Chinese
// text), which opens in the extension's viewer; selects a sentence on page 2 and clips it with the
// selection button: the evidence records the page, the PDF's SHA-256 and text-layer selectors. Going back
// to it from the side panel opens the viewer at that page with the quote highlighted.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIndicatorAndSave, pickerFrame, signInThroughOptions } from '../support/extension-actions';
import { redirectRuleCount } from '../support/in-extension';
import { newEvidence } from '../support/clip-checks';
import { startPageServer, type PageServer } from '../support/page-server';
import { expectPdfClip, makeReportPdf, pdfSentence, selectInPdfPage } from '../support/report-pdf';
import { artifactsDir, startStack, type Stack } from '../support/stack';
import { playwrightSurface } from '../support/surface';

let stack: Stack;
let site: PageServer;
beforeAll(async () => {
  [stack, site] = await Promise.all([startStack(), startPageServer()]);
});
afterAll(async () => {
  await Promise.all([stack?.close(), site?.stop()]);
});

describe('clipping from a PDF', () => {
  it('records the page and the document hash, and jumping back highlights the quote on that page', async () => {
    const pdf = await makeReportPdf(() => stack.browser.context.newPage());
    const pdfUrl = site.url('huaxin-auto.localhost', '/reports/csr-2025.pdf');
    site.set('/reports/csr-2025.pdf', pdf, 'application/pdf');

    // The expert turns on "open PDF links in the viewer" in the options.
    const options = await signInThroughOptions(stack, 'expert.labour', 'demo-expert-2026');
    await options.locator('#setting-pdf-viewer').check();
    await expect.poll(() => redirectRuleCount(stack)).toBe(1);
    await options.close();

    const viewer = await stack.browser.context.newPage();
    await viewer.goto(pdfUrl);
    await viewer.waitForURL(/pdf-viewer\.html#http/);
    await viewer.getByTestId('pdf-page-count').filter({ hasText: '共 4 页' }).waitFor({ timeout: 20_000 });
    await viewer.locator('.pdf-page[data-page-number="2"]').scrollIntoViewIfNeeded();
    await viewer.locator('.pdf-page[data-page-number="2"] .textLayer span').first().waitFor({ timeout: 20_000 });
    await viewer.evaluate(selectInPdfPage, { pageNumber: 2, text: pdfSentence });

    // The small button next to the selection clips it.
    await playwrightSurface(viewer).mouseClick('csr-clipper-button');

    const picker = pickerFrame(viewer);
    await expect.poll(() => picker.getByTestId('picker-quote').textContent(), { timeout: 15_000 }).toBe(pdfSentence);
    expect(await picker.getByTestId('enterprise-name').textContent()).toBe('上海华鑫汽车零部件有限公司');
    expect(await picker.locator('label', { hasText: '第 2 页' }).count()).toBe(1);
    await chooseIndicatorAndSave(picker, 'STAFF.2.2');
    await picker.getByTestId('picker-status').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });

    const [row] = await newEvidence(stack);
    expectPdfClip(row, { pdf, url: pdfUrl });

    // Back to the source from the side panel: the viewer opens at page 2 with the quote highlighted.
    const panel = await stack.browser.context.newPage();
    await panel.goto(stack.browser.pageUrl('sidepanel.html'));
    await viewer.bringToFront();
    // The demo world holds other evidence of this enterprise: work on this clip's card.
    const card = panel.locator('article.evidence-card', { has: panel.getByTestId('evidence-quote').filter({ hasText: pdfSentence }) });
    await card.waitFor({ timeout: 15_000 });
    await viewer.close();
    const reopened = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('pdf-viewer.html?page=2#') });
    await card.getByTestId('open-source').click();
    const source = await reopened;
    await card.getByTestId('anchored-note').waitFor({ timeout: 30_000 });
    expect(await source.evaluate(() => [...(CSS.highlights.get('csr-clipper-supports') ?? [])].map(String).join(''))).toBe(pdfSentence);
    const page2 = (await source.locator('.pdf-page[data-page-number="2"]').boundingBox())!;
    expect(page2.y).toBeLessThan(source.viewportSize()!.height);
    expect(page2.y + page2.height).toBeGreaterThan(0);
    await source.screenshot({ path: join(artifactsDir, 'pdf-highlight.png') });
  });
});
