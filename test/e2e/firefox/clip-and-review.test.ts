// Journeys in Firefox (Debian's firefox-esr, the Firefox build): the options page the extension opens on install,
// in the browser's language, with the clip shortcut; signing in and opening the web console from there; clipping a sentence of an enterprise's report with
// the selection button (content script, picker, enterprise detection); the side panel page (Firefox's sidebar)
// showing the enterprise's evidence and jumping back to a changed source with the quote highlighted; a PDF clip.
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractsSentence, expectContractsClip, newEvidence } from '../../support/clip-checks';
import { moved, movedSentence, original, sentence } from '../../support/changing-report';
import { clipParagraph, clipSelection, openSite, signInThroughOptions, startFirefoxStack, type FirefoxStack } from '../../support/firefox-actions';
import { highlightsOn, redirectRuleCount } from '../../support/in-extension';
import { startPageServer, type PageServer } from '../../support/page-server';
import { expectPdfClip, makeReportPdf, pdfSentence, selectInPdfPage } from '../../support/report-pdf';
import { artifactsDir } from '../../support/stack';
import { chooseIndicatorAndSave } from '../../support/steps';
import { puppeteerSurface } from '../../support/surface';

let stack: FirefoxStack;
let site: PageServer;
beforeAll(async () => {
  [stack, site] = await Promise.all([startFirefoxStack(), startPageServer()]);
  console.info(`[firefox] launched with the extension installed in ${Math.round(stack.browser.launchMs)} ms`);
});
afterAll(async () => {
  await Promise.all([stack?.close(), site?.stop()]);
});

/** The evidence card of the side panel that shows `quote`. */
async function cardWith(panel: Page, quote: string): Promise<ElementHandle<Element>> {
  const handle = await panel.waitForFunction(
    (quote: string) => [...document.querySelectorAll('article.evidence-card')].find((card) => card.querySelector('[data-testid="evidence-quote"]')?.textContent?.includes(quote)),
    { timeout: 15_000, polling: 100 },
    quote,
  );
  return handle.asElement() as ElementHandle<Element>;
}

describe('Firefox: first run and signing in', () => {
  it('opens the options page on install, in Chinese, showing the clip shortcut; the user signs in there', async () => {
    const optionsUrl = stack.browser.pageUrl('options.html');
    // The extension opened one options tab when it was installed (the test's own page for running its APIs is the other).
    const optionTabs = () => stack.browser.inExtension(async (url) => (await (globalThis as unknown as { browser: typeof import('@wxt-dev/browser').browser }).browser.tabs.query({ url })).length, optionsUrl);
    await expect.poll(optionTabs, { timeout: 10_000 }).toBe(2);

    const options = await signInThroughOptions(stack, 'expert.labour', 'demo-expert-2026');
    const ui = puppeteerSurface(options);
    expect(await ui.text('h1')).toBe('CSR 证据剪藏 设置');
    expect(await options.evaluate(() => (globalThis as unknown as { browser: typeof import('@wxt-dev/browser').browser }).browser.i18n.getUILanguage())).toBe('zh-CN');
    expect(await ui.text('[data-testid="signed-in-as"]')).toContain('expert.labour');
    expect(await ui.text('[data-testid="clip-shortcut"]')).toBe('Alt+Shift+E');
    await options.screenshot({ path: join(artifactsDir, 'firefox-options.png') });

    // The console entry opens the web console of the worker, signed in as the same user through the handoff code,
    // which leaves the address at once.
    const consoleOpened = stack.browser.waitForPage((href) => href.startsWith(`${stack.worker.url}/`), 20_000);
    await options.click('[data-testid="open-console"]');
    const webConsole = await consoleOpened;
    await webConsole.waitForSelector('.console-nav [data-testid="signed-in-as"]', { timeout: 20_000 });
    await webConsole.waitForFunction(() => location.pathname !== '/' && !location.href.includes('handoff'), { timeout: 10_000, polling: 100 });
    await Promise.all([webConsole.close(), options.close()]);
  });
});

describe('Firefox: clipping', () => {
  it('clips a sentence of the demo report with the selection button: the enterprise is detected, the clip is in D1', async () => {
    const reportUrl = stack.siteUrl('huaxin-auto', '/csr-2025.html');
    const page = await openSite(stack, reportUrl);
    const picker = await clipParagraph(page, '#contracts');
    await picker.waitFor('[data-testid="enterprise-name"]', { text: '上海华鑫汽车零部件有限公司', timeout: 15_000 });
    expect(await picker.text('[data-testid="picker-quote"]')).toBe(contractsSentence);
    // The quote's own words point at the labour-contract indicator first.
    expect(await picker.count('#indicator-list li:first-child[data-code="STAFF.1.1"]')).toBe(1);
    await page.screenshot({ path: join(artifactsDir, 'firefox-clip-picker.png') });
    await chooseIndicatorAndSave(picker, 'STAFF.1.1');
    await picker.waitFor('[data-testid="picker-status"]', { text: '已保存', timeout: 15_000 });

    const [row, ...others] = await newEvidence(stack);
    expect(others).toEqual([]);
    expectContractsClip(row, { url: reportUrl, code: 'STAFF.1.1' });
    await page.close();
  });

  it('shows the evidence in the side panel, and "open source" highlights the quote on the page as it is now', async () => {
    const url = site.url('huaxin-auto.localhost', '/csr/2025.html');
    site.set('/csr/2025.html', original);
    const page = await openSite(stack, url);
    await chooseIndicatorAndSave(await clipParagraph(page, '#emissions'), 'ENV.1.1');
    await expect.poll(async () => (await newEvidence(stack)).length, { timeout: 15_000 }).toBe(2);

    const panel = await stack.browser.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    const ui = puppeteerSurface(panel);
    await ui.waitFor('[data-testid="enterprise-name"]', { text: '上海华鑫汽车零部件有限公司', timeout: 15_000 });
    // An indicator opens by itself only when it waits for the reader: open them all.
    await ui.mouseClick('[data-testid="expand-all"]');
    await ui.waitFor('section[data-indicator-code="STAFF.1.1"] [data-testid="evidence-quote"]', { text: contractsSentence, timeout: 15_000 });
    await cardWith(panel, sentence);
    await panel.screenshot({ path: join(artifactsDir, 'firefox-sidepanel.png') });
    await page.close();
    // Found again once the page is closed: the panel follows the active tab and may draw its tree anew.
    const card = await cardWith(panel, sentence);

    // The enterprise reworks the page around the sentence; the expert goes back to it from the side panel.
    site.set('/csr/2025.html', moved);
    const openSource = (await card.$('[data-testid="open-source"]'))!;
    // Scrolled to the middle first: at the edge of the view the panel's sticky bars would take the click.
    await openSource.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    await openSource.click();
    const source = await stack.browser.waitForPage((href) => href === url);
    await card.waitForSelector('[data-testid="anchored-note"]', { timeout: 20_000 });
    expect(await highlightsOn(stack, url)).toEqual({ 'csr-clipper-supports': movedSentence });
    await source.screenshot({ path: join(artifactsDir, 'firefox-jump-back-highlight.png') });
    await source.close();
    await panel.close();
  });

  it('clips a sentence of a PDF in the extension viewer: the evidence keeps the page and the document hash', async () => {
    const pdf = await makeReportPdf(() => stack.browser.newPage());
    const pdfUrl = site.url('huaxin-auto.localhost', '/reports/csr-2025.pdf');
    site.set('/reports/csr-2025.pdf', pdf, 'application/pdf');

    const options = await stack.browser.openExtensionPage('options.html');
    await options.locator('#setting-pdf-viewer').click();
    await expect.poll(() => redirectRuleCount(stack)).toBe(1);
    await options.close();

    const opened = await stack.browser.newPage();
    // The PDF link is redirected to the extension's viewer, which BiDi does not follow as a navigation of its own.
    await opened.evaluate((to) => void (location.href = to), pdfUrl);
    const viewer = await stack.browser.waitForPage((href) => href.includes('pdf-viewer.html#http'));
    const ui = puppeteerSurface(viewer);
    await ui.waitFor('[data-testid="pdf-page-count"]', { text: '共 4 页', timeout: 20_000 });
    await viewer.evaluate(() => document.querySelector('.pdf-page[data-page-number="2"]')!.scrollIntoView());
    await ui.waitFor('.pdf-page[data-page-number="2"] .textLayer span', { timeout: 20_000 });
    await viewer.evaluate(selectInPdfPage, { pageNumber: 2, text: pdfSentence });

    const picker = await clipSelection(viewer);
    await picker.waitFor('[data-testid="picker-quote"]', { text: pdfSentence, timeout: 15_000 });
    await picker.waitFor('label', { text: '第 2 页' });
    await chooseIndicatorAndSave(picker, 'STAFF.2.2');
    await picker.waitFor('[data-testid="picker-status"]', { text: '已保存', timeout: 15_000 });

    const rows = await newEvidence(stack);
    expectPdfClip(rows.at(-1), { pdf, url: pdfUrl });
    await viewer.screenshot({ path: join(artifactsDir, 'firefox-pdf-clip.png') });
  });
});
