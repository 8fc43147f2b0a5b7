// Journey: an expert clips a sentence; the enterprise then edits its page. From the side panel the expert
// goes back to the source: the edited sentence is found and highlighted in the stance's colour. Later the
// sentence is deleted: the evidence says it is not found on the current page, and when it was last seen.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIndicatorAndSave, clickClipMenu, expandAllIndicators, highlightsOn, pickerFrame, signInThroughOptions } from '../support/extension-actions';
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

const report = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>2025年度社会责任报告</title>` +
  `<style>body{font-family:sans-serif;max-width:760px;margin:24px auto;line-height:1.8}</style></head><body><h1>2025年度社会责任报告</h1>${body}</body></html>`;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>第${i + 1}项:公司持续完善管理制度,定期开展自查与培训,相关记录完整可查。</p>`).join('');

const sentence = '2025年公司废气、废水污染物全部达标排放,全年未受到生态环境部门的行政处罚。';
const original = report(`<h2>二、环境责任</h2><p id="emissions">${sentence}</p><p>公司于2019年通过ISO 14001环境管理体系认证。</p>${filler(3)}`);
// Edited since: a section added above, punctuation made full-width, a word changed, part of it in bold.
const edited = report(
  `<h2>一、报告说明</h2>${filler(12)}<h2>二、环境责任</h2>` +
    `<p>2025年公司<strong>废气、废水</strong>污染物均已全部达标排放，全年未受到生态环境部门的行政处罚。</p><p>公司于2019年通过ISO 14001环境管理体系认证。</p>`,
);
const withoutIt = report(`<h2>二、环境责任</h2><p>公司于2019年通过ISO 14001环境管理体系认证。</p>${filler(3)}`);

const evidenceRow = async () => {
  const db = await openLocalD1(stack.persistTo);
  const row = db.prepare('SELECT id, anchor_status, last_seen_at, stance FROM evidence WHERE id > ?').get(stack.seededEvidenceMaxId) as Record<string, string> | undefined;
  db.close();
  return row;
};

describe('going back to the source of a clip', () => {
  it('highlights the quote on a page that changed since, and marks it an orphan once it is gone', async () => {
    const options = await signInThroughOptions(stack, 'expert.env', 'demo-expert-2026');
    await options.close();
    const url = site.url('huaxin-auto.localhost', '/csr/2025.html');
    site.set('/csr/2025.html', original);

    const page = await stack.browser.context.newPage();
    await page.goto(url);
    await page.locator('#emissions').click({ clickCount: 3 });
    await clickClipMenu(stack, page);
    const picker = pickerFrame(page);
    await chooseIndicatorAndSave(picker, 'ENV.1.1', 'contradicts');
    await expect.poll(evidenceRow, { timeout: 15_000 }).toMatchObject({ stance: 'contradicts', anchor_status: null });

    const panel = await stack.browser.context.newPage();
    await panel.goto(stack.browser.pageUrl('sidepanel.html'));
    await page.bringToFront();
    await expandAllIndicators(panel);
    // The demo world holds other evidence of this enterprise: work on this clip's card.
    const card = panel.locator('article.evidence-card', { has: panel.getByTestId('evidence-quote').filter({ hasText: sentence }) });
    await card.waitFor({ timeout: 15_000 });
    await page.close();

    // The enterprise edits the page; the expert goes back to it from the side panel.
    site.set('/csr/2025.html', edited);
    const opened = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url() === url });
    await card.getByTestId('open-source').click();
    const source = await opened;
    await card.getByTestId('anchored-note').waitFor({ timeout: 20_000 });
    const highlights = await highlightsOn(stack, url);
    expect(Object.keys(highlights)).toEqual(['csr-clipper-contradicts']);
    expect(highlights['csr-clipper-contradicts']).toBe('2025年公司废气、废水污染物均已全部达标排放，全年未受到生态环境部门的行政处罚。');
    // Drawn with the Custom Highlight API: the page's own DOM is unchanged.
    expect(await source.locator('[data-csr-clipper]:not([data-csr-clipper="selection-button"])').count()).toBe(0);
    await source.screenshot({ path: join(artifactsDir, 'jump-back-highlight.png') });
    const anchored = await evidenceRow();
    expect(anchored).toMatchObject({ anchor_status: 'anchored' });
    expect(anchored!.last_seen_at).toBeTruthy();

    // The sentence is deleted: the evidence is an orphan, last seen when it was found above.
    await source.close();
    site.set('/csr/2025.html', withoutIt);
    await card.getByTestId('open-source').click();
    const orphanNote = card.getByTestId('orphan-note');
    await orphanNote.waitFor({ timeout: 20_000 });
    expect(await orphanNote.textContent()).toContain('当前页面上未找到此摘录');
    expect(await evidenceRow()).toMatchObject({ anchor_status: 'orphan', last_seen_at: anchored!.last_seen_at });
    await panel.setViewportSize({ width: 400, height: 700 });
    await panel.screenshot({ path: join(artifactsDir, 'sidepanel-orphan.png') });
  });
});
