// Journey: an expert opens an enterprise's CSR report PDF (made by this test: four A4 pages of Chinese
// text), which opens in the extension's viewer; selects a sentence on page 2 and clips it with the
// selection button: the evidence records the page, the PDF's SHA-256 and text-layer selectors. Going back
// to it from the side panel opens the viewer at that page with the quote highlighted.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIndicatorAndSave, expandAllIndicators, pickerFrame, redirectRuleCount, signInThroughOptions } from '../support/extension-actions';
import { openLocalD1 } from '../support/local-d1';
import { startPageServer, type PageServer } from '../support/page-server';
import { artifactsDir, startStack, type Stack } from '../support/stack';

let stack: Stack;
let site: PageServer;
beforeAll(async () => {
  [stack, site] = await Promise.all([startStack(), startPageServer()]);
});
afterAll(async () => {
  await Promise.all([stack?.close(), site?.stop()]);
});

const sentence = '全年开展安全生产与职业健康培训46场，累计培训3280人次，特种作业人员持证上岗率100%。';
const pages = [
  ['上海华鑫汽车零部件有限公司', '2025年度社会责任报告', '本报告披露公司2025年1月1日至12月31日期间履行社会责任的情况。'],
  ['一、员工责任', '公司严格执行《劳动合同法》，全年劳动合同签订率达到100%。', sentence, '公司工会每年召开职工代表大会。'],
  ['二、环境责任', '2025年公司废气、废水污染物全部达标排放，全年未受到行政处罚。', '屋顶分布式光伏年发电量约68万千瓦时。'],
  ['三、社区责任', '全年组织志愿服务活动18次，参与员工420人次。'],
];

/** A real multi-page PDF with Chinese text, printed by Chromium from HTML. */
async function makeReportPdf(): Promise<Buffer> {
  const page = await stack.browser.context.newPage();
  const body = pages
    .map(([title, ...paragraphs]) => `<section><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</section>`)
    .join('');
  await page.setContent(
    `<html lang="zh-CN"><head><meta charset="utf-8"><title>华鑫2025社会责任报告</title><style>` +
      `body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;font-size:16px} section{break-after:page} h1{font-size:24px}</style></head><body>${body}</body></html>`,
  );
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.close();
  return pdf;
}

/** Selects `text` in the text layer of one page of the viewer, as a drag over it would. */
async function selectInPdfPage(viewer: Page, pageNumber: number, text: string) {
  await viewer.evaluate(
    ({ pageNumber, text }) => {
      const layer = document.querySelector(`.pdf-page[data-page-number="${pageNumber}"] .textLayer`)!;
      const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join('');
      const at = all.indexOf(text);
      if (at < 0) throw new Error(`"${text}" is not in the text layer of page ${pageNumber}: ${all}`);
      const locate = (offset: number) => {
        let seen = 0;
        for (const node of nodes) {
          if (offset <= seen + node.data.length) return { node, offset: offset - seen };
          seen += node.data.length;
        }
        throw new Error('offset beyond the text');
      };
      const start = locate(at);
      const end = locate(at + text.length);
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    { pageNumber, text },
  );
}

describe('clipping from a PDF', () => {
  it('records the page and the document hash, and jumping back highlights the quote on that page', async () => {
    const pdf = await makeReportPdf();
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
    await selectInPdfPage(viewer, 2, sentence);

    // The small button next to the selection clips it (it lives in a closed shadow root: click where it is).
    const button = viewer.locator('csr-clipper-button');
    await button.waitFor({ state: 'visible', timeout: 5_000 });
    const box = (await button.boundingBox())!;
    await viewer.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    const picker = pickerFrame(viewer);
    await expect.poll(() => picker.getByTestId('picker-quote').textContent(), { timeout: 15_000 }).toBe(sentence);
    expect(await picker.getByTestId('enterprise-name').textContent()).toBe('上海华鑫汽车零部件有限公司');
    expect(await picker.locator('label', { hasText: '第 2 页' }).count()).toBe(1);
    await chooseIndicatorAndSave(picker, 'STAFF.2.2');
    await picker.getByTestId('picker-status').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });

    const db = await openLocalD1(stack.persistTo);
    const row = db.prepare('SELECT * FROM evidence WHERE id > ?').get(stack.seededEvidenceMaxId) as Record<string, string | number>;
    db.close();
    expect(row).toMatchObject({ kind: 'clip', quote: sentence, url: pdfUrl, page_number: 2 });
    expect(row.document_sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const selectors = JSON.parse(String(row.selectors));
    expect(selectors.quote.exact).toBe(sentence);
    expect(selectors.position.end - selectors.position.start).toBe(sentence.length);

    // Back to the source from the side panel: the viewer opens at page 2 with the quote highlighted.
    const panel = await stack.browser.context.newPage();
    await panel.goto(stack.browser.pageUrl('sidepanel.html'));
    await viewer.bringToFront();
    await expandAllIndicators(panel);
    // The demo world holds other evidence of this enterprise: work on this clip's card.
    const card = panel.locator('article.evidence-card', { has: panel.getByTestId('evidence-quote').filter({ hasText: sentence }) });
    await card.waitFor({ timeout: 15_000 });
    await viewer.close();
    const reopened = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('pdf-viewer.html?page=2#') });
    await card.getByTestId('open-source').click();
    const source = await reopened;
    await card.getByTestId('anchored-note').waitFor({ timeout: 30_000 });
    expect(await source.evaluate(() => [...(CSS.highlights.get('csr-clipper-supports') ?? [])].map(String).join(''))).toBe(sentence);
    const page2 = (await source.locator('.pdf-page[data-page-number="2"]').boundingBox())!;
    expect(page2.y).toBeLessThan(source.viewportSize()!.height);
    expect(page2.y + page2.height).toBeGreaterThan(0);
    await source.screenshot({ path: join(artifactsDir, 'pdf-highlight.png') });
  });
});
