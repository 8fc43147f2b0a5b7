// Journey: an expert reads a 150-page Chinese CSR report in the extension's PDF viewer: finds a phrase in
// Chinese and in English across the pages (count, next, previous), goes to a page by number, zooms, and
// follows the report's outline to a chapter.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { startPageServer, type PageServer } from '../support/page-server';
import { makeReportPdf, NEEDLES, type ReportPdf } from '../support/long-report-pdf';
import { artifactsDir } from '../support/stack';

let browser: ExtensionBrowser;
let site: PageServer;
let report: ReportPdf;
let viewer: Page;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchWithExtension(), startPageServer()]);
  report = await makeReportPdf(browser.context);
  site.set('/reports/csr-2025-full.pdf', report.bytes, 'application/pdf');
  viewer = await browser.context.newPage();
  await viewer.goto(`${browser.pageUrl('pdf-viewer.html')}#${site.url('huaxin-auto.localhost', '/reports/csr-2025-full.pdf')}`);
  await viewer.getByTestId('pdf-page-count').filter({ hasText: `共 ${report.pages} 页` }).waitFor({ timeout: 60_000 });
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.stop()]);
});

const pageInput = () => viewer.getByTestId('pdf-page-input');
/** Whether page n is in the viewport (at least partly). */
const inView = (n: number) =>
  viewer.locator(`.pdf-page[data-page-number="${n}"]`).evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < innerHeight;
  });
const highlighted = (name: string) => viewer.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map(String), name);
const count = () => viewer.getByTestId('pdf-find-count');

describe('the PDF viewer on a 150-page report', () => {
  it('finds a Chinese phrase on every page it is on, with the count, and steps through the matches', async () => {
    await viewer.getByTestId('pdf-find').fill(NEEDLES.zh.text);
    await expect.poll(() => count().getAttribute('data-count'), { timeout: 30_000 }).toBe(String(NEEDLES.zh.pages.length));
    await expect.poll(() => count().textContent(), { timeout: 30_000 }).toBe(`第 1 处,共 ${NEEDLES.zh.pages.length} 处`);
    await expect.poll(() => highlighted('csr-find-current')).toEqual([NEEDLES.zh.text]);
    expect(await inView(NEEDLES.zh.pages[0]!)).toBe(true);
    await viewer.getByTestId('pdf-find').press('Enter');
    await expect.poll(() => count().textContent()).toBe(`第 2 处,共 ${NEEDLES.zh.pages.length} 处`);
    await expect.poll(() => inView(NEEDLES.zh.pages[1]!)).toBe(true);
    await expect.poll(() => pageInput().inputValue()).toBe(String(NEEDLES.zh.pages[1]));
    await viewer.getByTestId('pdf-find').press('Shift+Enter');
    await expect.poll(() => inView(NEEDLES.zh.pages[0]!)).toBe(true);
    await viewer.screenshot({ path: join(artifactsDir, 'pdf-find.png') });
  });

  it('finds English whatever its case, and says when nothing is found', async () => {
    await viewer.getByTestId('pdf-find').fill(NEEDLES.en.text.toLowerCase());
    await expect.poll(() => count().textContent()).toBe('第 1 处,共 1 处');
    await expect.poll(() => highlighted('csr-find-current')).toEqual([NEEDLES.en.text]);
    await expect.poll(() => inView(NEEDLES.en.pages[0]!)).toBe(true);
    await viewer.getByTestId('pdf-find').fill('核电站');
    await expect.poll(() => count().textContent()).toBe('没有找到');
  });

  it('goes to a page by its number', async () => {
    await pageInput().fill('120');
    await pageInput().press('Enter');
    await expect.poll(() => inView(120)).toBe(true);
    await viewer.locator('.pdf-page[data-page-number="120"] .textLayer span').first().waitFor({ timeout: 20_000 });
  });

  it('zooms in and out, keeping the page in view, and back to the window’s width', async () => {
    const width = () => viewer.locator('.pdf-page[data-page-number="120"]').evaluate((el) => el.getBoundingClientRect().width);
    const fitted = await width();
    await viewer.getByTestId('pdf-zoom-in').click();
    await expect.poll(width).toBeCloseTo(fitted * 1.25, 0);
    expect(await inView(120)).toBe(true);
    await viewer.getByTestId('pdf-zoom').selectOption('50');
    await expect.poll(width).toBeLessThan(fitted);
    expect(await inView(120)).toBe(true);
    await viewer.locator('.pdf-page[data-page-number="120"] canvas').waitFor({ timeout: 20_000 });
    await viewer.getByTestId('pdf-zoom').selectOption('fit');
    await expect.poll(width).toBeCloseTo(fitted, 0);
  });

  it('follows the outline to a chapter', async () => {
    await viewer.getByTestId('pdf-outline-toggle').click();
    const outline = viewer.getByTestId('pdf-outline');
    const chapter = report.chapters[4]!;
    await outline.getByRole('button', { name: chapter.title }).click();
    await expect.poll(() => pageInput().inputValue()).toBe(String(chapter.page));
    expect(await inView(chapter.page)).toBe(true);
    await viewer.screenshot({ path: join(artifactsDir, 'pdf-outline.png') });
  });
});
