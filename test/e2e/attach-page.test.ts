// Journey: an enterprise's CSR officer attaches the page of the enterprise's published CSR report from the
// popup (no quote: kind "report"), and a link on it from the context menu; later edits the report's note
// in the side panel and withdraws the link.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseIndicatorAndSave, clickMenu, expandAllIndicators, openPopup, pickerFrame, signInThroughOptions } from '../support/extension-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const rows = async () => {
  const db = await openLocalD1(stack.persistTo);
  const found = db.prepare('SELECT e.*, u.login FROM evidence e JOIN user u ON u.id = e.captured_by WHERE e.id > ? ORDER BY e.id').all(stack.seededEvidenceMaxId) as Record<string, string | number | null>[];
  db.close();
  return found;
};

describe('attaching a page or a link without a quote', () => {
  it('attaches the report page from the popup and a link from the menu, then edits and withdraws them', async () => {
    const options = await signInThroughOptions(stack, 'huaxin', 'demo-enterprise-2026');
    await options.close();
    const page = await stack.browser.context.newPage();
    const reportUrl = stack.siteUrl('huaxin-auto', '/csr-2025.html');
    await page.goto(reportUrl);

    const popup = await openPopup(stack);
    await expect.poll(() => popup.getByTestId('popup-enterprise').textContent(), { timeout: 15_000 }).toBe('上海华鑫汽车零部件有限公司');
    await popup.locator('main').screenshot({ path: join(artifactsDir, 'popup.png') });
    await popup.getByTestId('attach-page').click();

    const picker = pickerFrame(page);
    await expect.poll(() => picker.getByTestId('picker-source').textContent(), { timeout: 15_000 }).toContain('2025年度社会责任报告');
    await picker.locator('input[name="kind"][value="report"]').check();
    await chooseIndicatorAndSave(picker, 'STAFF.1.1');
    await picker.getByTestId('picker-status').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });

    // A link on the page, from its context menu: the link's own words become the title.
    const link = await page.locator('#report-pdf').evaluate((a: HTMLAnchorElement) => a.href);
    await clickMenu(stack, page, 'attach-link', { linkUrl: link });
    await expect.poll(() => picker.getByTestId('picker-source').textContent(), { timeout: 15_000 }).toContain('2025年度社会责任报告(PDF版)');
    expect(await picker.locator('input[name="kind"][value="link"]').isChecked()).toBe(true);
    await chooseIndicatorAndSave(picker, 'STAFF.1.2');
    await picker.getByTestId('picker-status').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });

    const [report, attachedLink] = await rows();
    expect(report).toMatchObject({ kind: 'report', url: reportUrl, title: '2025年度社会责任报告 - 上海华鑫汽车零部件有限公司', quote: null, selectors: null, login: 'huaxin' });
    expect(report!.canonical_url).toBe('https://www.huaxin-auto.com.cn/csr/2025');
    expect(attachedLink).toMatchObject({ kind: 'link', url: link, title: '2025年度社会责任报告(PDF版)', quote: null });

    // Afterwards, in the side panel: the note of the report changes; the link is withdrawn.
    const panel = await stack.browser.context.newPage();
    await panel.goto(stack.browser.pageUrl('sidepanel.html'));
    await page.bringToFront();
    await expandAllIndicators(panel);
    const reportCard = panel.locator(`article[data-evidence-id="${report!.id}"]`);
    await reportCard.getByTestId('edit-evidence').click({ timeout: 15_000 });
    await reportCard.getByTestId('evidence-edit').locator('textarea').fill('经董事会审议通过的正式版本');
    await reportCard.getByTestId('evidence-edit').getByRole('button', { name: '保存' }).click();
    await reportCard.getByTestId('evidence-note').filter({ hasText: '经董事会审议通过的正式版本' }).waitFor();
    const linkCard = panel.locator(`article[data-evidence-id="${attachedLink!.id}"]`);
    await linkCard.getByTestId('withdraw-evidence').click();
    await linkCard.getByTestId('withdraw-evidence-confirm').click();
    await expect.poll(() => linkCard.count()).toBe(0);
    expect(await reportCard.count()).toBe(1);

    const [edited, withdrawn] = await rows();
    expect(edited).toMatchObject({ note: '经董事会审议通过的正式版本', version: 2, deleted_at: null });
    expect(withdrawn!.deleted_at).toBeTruthy();
  });
});
