// Journey: an expert selects a sentence on an enterprise's CSR page, clips it to an indicator with the
// extension, the worker stores it in D1, and the side panel shows it.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickClipMenu, pickerFrame, signInThroughOptions } from '../support/extension-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const sentence = '公司严格执行《劳动合同法》,全年劳动合同签订率达到100%,劳务派遣用工比例控制在5%以内。';

describe('an expert clips a sentence to an indicator', () => {
  it('stores it in D1 with its selectors and hash, and the side panel shows it', async () => {
    const options = await signInThroughOptions(stack, 'expert.labour', 'demo-expert-2026');
    await options.close();

    const page = await stack.browser.context.newPage();
    const reportUrl = stack.siteUrl('huaxin-auto', '/csr-2025.html');
    await page.goto(reportUrl);
    // The user selects the sentence with a triple click, as on any paragraph.
    await page.locator('#contracts').click({ clickCount: 3 });
    expect((await page.evaluate(() => String(getSelection()))).trim()).toBe(sentence);

    await clickClipMenu(stack, page);
    const picker = pickerFrame(page);
    await expect.poll(() => picker.getByTestId('enterprise-name').textContent(), { timeout: 15_000 }).toBe('上海华鑫汽车零部件有限公司');
    expect(await picker.getByTestId('picker-quote').textContent()).toBe(sentence);
    // The quote's own words point at the labour-contract indicator first.
    expect(await picker.locator('#indicator-list li').first().getAttribute('data-code')).toBe('STAFF.1.1');
    await page.screenshot({ path: join(artifactsDir, 'clip-picker.png') });

    await picker.locator('#indicator-search').fill('STAFF.1.1');
    await picker.locator('#indicator-search').press('Enter');
    await expect.poll(() => picker.getByTestId('chosen-indicator').textContent()).toContain('STAFF.1.1');
    await picker.locator('#clip-note').fill('来自2025年度报告');
    await picker.locator('#indicator-search').press('Control+Enter');
    await picker.getByText('已保存').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('iframe[data-csr-clipper]').count(), { timeout: 5_000 }).toBe(0);

    const db = await openLocalD1(stack.persistTo);
    // The demo world holds seeded links to the enterprises' reports; the clip is the only one of its kind.
    const row = db.prepare(`SELECT e.*, i.code FROM evidence e JOIN indicator i ON i.id = e.indicator_id WHERE e.kind = 'clip'`).get() as Record<string, string>;
    db.close();
    expect(row).toMatchObject({ code: 'STAFF.1.1', quote: sentence, url: reportUrl, kind: 'clip', stance: 'supports', note: '来自2025年度报告' });
    expect(row.quote_sha256).toBe(createHash('sha256').update(sentence).digest('hex'));
    expect(row.canonical_url).toBe('https://www.huaxin-auto.com.cn/csr/2025');
    expect(row.published_on).toBe('2026-03-18');
    const selectors = JSON.parse(row.selectors!);
    expect(selectors.quote).toMatchObject({ type: 'TextQuoteSelector', exact: sentence });
    expect(selectors.quote.prefix.endsWith('一、员工责任\n')).toBe(true);
    expect(selectors.quote.suffix.startsWith('\n')).toBe(true);
    expect(selectors.position.end - selectors.position.start).toBe(sentence.length);

    const panel = await stack.browser.context.newPage();
    await panel.goto(stack.browser.pageUrl('sidepanel.html'));
    await page.bringToFront();
    await expect.poll(() => panel.getByTestId('enterprise-name').textContent(), { timeout: 15_000 }).toBe('上海华鑫汽车零部件有限公司');
    await panel.getByTestId('evidence-quote').filter({ hasText: sentence }).waitFor({ timeout: 15_000 });
    expect(await panel.locator('section[data-indicator-code="STAFF.1.1"]').count()).toBe(1);
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.screenshot({ path: join(artifactsDir, 'sidepanel.png') });
  });
});
