// Journey: an environment expert clips by keyboard. The quote's suggestion comes before the last used
// indicator, so Enter files a solar-power sentence under renewable energy although the last clip went to
// hazardous waste; the enterprise field and the indicator list work with ↑ ↓ Enter Esc alone. On a public
// record (an administrative penalty on a credit site) the enterprise is found by the credit code on the
// page, the picker says so, and the stance is suggested as "contradicts", saying why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { chooseIndicator, chooseStance, closePickerWithKey, openPickerOn, pickerFrame, signInThroughOptions } from '../support/extension-actions';
import { openLocalD1 } from '../support/local-d1';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
let page: Page;
beforeAll(async () => {
  stack = await startStack();
  await (await signInThroughOptions(stack, 'expert.env', 'demo-expert-2026')).close();
  page = await stack.browser.context.newPage();
});
afterAll(async () => {
  await stack?.close();
});

const search = (picker: FrameLocator) => picker.locator('#indicator-search');
/** The option the search box announces as active (aria-activedescendant), by its indicator code. */
const activeCode = (picker: FrameLocator) =>
  search(picker).evaluate((box) => document.getElementById(box.getAttribute('aria-activedescendant') ?? '')?.dataset.code ?? null);
const pickerClosed = () => expect.poll(() => page.locator('iframe[data-csr-clipper]').count(), { timeout: 5_000 }).toBe(0);

describe('the picker by keyboard', () => {
  it('files a solar-power sentence under the suggested indicator with Enter, although the last clip went to hazardous waste', async () => {
    await page.goto(stack.siteUrl('huaxin-auto', '/csr-2025.html'));
    let picker = await openPickerOn(stack, page, '#emissions');
    await chooseIndicator(picker, 'ENV.1.3');
    await chooseStance(picker, 'context');
    await search(picker).press('Control+Enter');
    await picker.getByTestId('picker-status').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    await pickerClosed();

    picker = await openPickerOn(stack, page, 'p:has-text("屋顶分布式光伏")');
    const codes = await picker.locator('#indicator-list li[role="option"]').evaluateAll((items) => items.slice(0, 2).map((li) => `${(li as HTMLElement).dataset.code} ${li.querySelector('.badge')?.textContent}`));
    expect(codes).toEqual(['ENV.2.4 推荐', 'ENV.1.3 上次使用']);
    expect(await activeCode(picker)).toBe('ENV.2.4');
    await search(picker).press('Enter');
    await expect.poll(() => picker.getByTestId('chosen-indicator').textContent()).toContain('ENV.2.4');
  });

  it('changes the enterprise and searches indicators with the keyboard alone; Esc clears a search, then closes', async () => {
    const picker = pickerFrame(page);
    expect(await picker.getByTestId('enterprise-basis').textContent()).toBe('识别依据：网站域名');
    // From the indicator search, Shift+Tab reaches "choose the enterprise"; Enter opens its search box, focused.
    await search(picker).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await picker.getByTestId('enterprise-change').evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const box = picker.getByTestId('enterprise-search');
    await expect.poll(() => box.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.type('嘉安物流');
    await picker.locator('#enterprise-list li[role="option"]').first().waitFor({ timeout: 10_000 });
    expect(await box.getAttribute('aria-activedescendant')).toBe(await picker.locator('#enterprise-list li[role="option"]').first().getAttribute('id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.getByTestId('enterprise-name').textContent()).toBe('上海嘉安物流有限公司');
    expect(await picker.getByTestId('enterprise-basis').count()).toBe(0);

    await search(picker).focus();
    await page.keyboard.type('排放');
    await page.keyboard.press('ArrowDown');
    const second = await activeCode(picker);
    expect(second).not.toBeNull();
    expect(second).not.toBe(await picker.locator('#indicator-list li[role="option"]').first().getAttribute('data-code'));
    await page.keyboard.press('Escape');
    expect(await search(picker).inputValue()).toBe('');
    expect(await page.locator('iframe[data-csr-clipper]').count()).toBe(1);
    await closePickerWithKey(page);
    await pickerClosed();
  });
});

describe('a public record', () => {
  it('finds the enterprise by the credit code on the page, says so, and suggests "contradicts" for a penalty', async () => {
    const url = stack.siteUrl('credit-jiading', '/penalty-2025-0612.html');
    await page.goto(url);
    const picker = await openPickerOn(stack, page, '#decision');
    expect(await picker.getByTestId('enterprise-name').textContent()).toBe('上海嘉安物流有限公司');
    expect(await picker.getByTestId('enterprise-basis').textContent()).toBe('识别依据：信用代码');
    expect(await picker.getByTestId('stance-contradicts').isChecked()).toBe(true);
    expect(await picker.getByTestId('stance-suggestion').textContent()).toContain('行政处罚');
    // The penalty-record indicator is suggested first.
    expect(await activeCode(picker)).toBe('GOV.2.1');
    await search(picker).press('Enter');
    await search(picker).press('Control+Enter');
    await picker.getByTestId('picker-status').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });

    const db = await openLocalD1(stack.persistTo);
    const row = db
      .prepare(`SELECT e.stance, e.url, n.credit_code AS creditCode, i.code FROM evidence e JOIN enterprise n ON n.id = e.enterprise_id JOIN indicator i ON i.id = e.indicator_id WHERE e.id > ? ORDER BY e.id DESC`)
      .get(stack.seededEvidenceMaxId) as Record<string, string>;
    db.close();
    expect(row).toEqual({ stance: 'contradicts', url, creditCode: '91310114MA1GW5678U', code: 'GOV.2.1' });
  });

  it('lets the user override the suggested stance', async () => {
    const picker = await openPickerOn(stack, page, '#decision');
    await chooseStance(picker, 'context');
    expect(await picker.getByTestId('stance-contradicts').isChecked()).toBe(false);
    expect(await picker.getByTestId('stance-context').isChecked()).toBe(true);
    await closePickerWithKey(page);
    await pickerClosed();
  });
});
