// Journey: the worker goes down while an expert keeps clipping. Twenty clips wait in the queue (the badge
// counts them), the browser is closed and reopened, the worker comes back, and all twenty arrive exactly once.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, chooseIndicatorAndSave, chooseStance, clickClipMenu, pickerFrame, signInThroughOptions } from '../support/extension-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const OFFLINE_CLIPS = 20;
const paragraphs = ['#contracts', '#insurance', '#training', '#emissions'];

const evidenceKeys = async () => {
  const db = await openLocalD1(stack.persistTo);
  const keys = (db.prepare('SELECT idempotency_key AS key FROM evidence WHERE id > ?').all(stack.seededEvidenceMaxId) as { key: string }[]).map((r) => r.key);
  db.close();
  return keys;
};

describe('clipping while the worker is unreachable', () => {
  it('queues 20 clips across a browser restart and delivers each exactly once when the worker is back', { timeout: 240_000 }, async () => {
    const options = await signInThroughOptions(stack, 'expert.labour', 'demo-expert-2026');
    await options.close();
    const page = await stack.browser.context.newPage();
    await page.goto(stack.siteUrl('huaxin-auto', '/csr-2025.html'));

    // One clip while all is well: the picker's reads are kept for offline use.
    await page.locator('#contracts').click({ clickCount: 3 });
    await clickClipMenu(stack, page);
    await chooseIndicatorAndSave(pickerFrame(page), 'STAFF.1.1');
    await pickerFrame(page).getByTestId('picker-status').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    expect(await evidenceKeys()).toHaveLength(1);

    await stack.stopWorker();
    for (let i = 0; i < OFFLINE_CLIPS; i++) {
      await page.locator(paragraphs[i % paragraphs.length]!).click({ clickCount: 3 });
      await clickClipMenu(stack, page);
      const picker = pickerFrame(page);
      await picker.getByTestId('enterprise-name').waitFor({ timeout: 15_000 });
      // The quote's suggestion (else the last indicator used) is first in the list: Enter takes it, Ctrl+Enter saves.
      await picker.locator('#indicator-search').press('Enter');
      await picker.getByTestId('chosen-indicator').waitFor();
      await chooseStance(picker, 'supports');
      await picker.locator('#indicator-search').press('Control+Enter');
      await picker.getByTestId('picker-status').filter({ hasText: '服务器暂时无法连接' }).waitFor({ timeout: 20_000 });
    }
    // The badge is repainted by the background after each change (and at start-up): wait for it.
    await expect.poll(() => badgeText(stack), { timeout: 10_000 }).toBe(String(OFFLINE_CLIPS));
    const popup = await stack.browser.context.newPage();
    await popup.goto(stack.browser.pageUrl('popup.html'));
    await popup.getByTestId('queued-count').filter({ hasText: `${OFFLINE_CLIPS} 条证据待发送` }).waitFor();
    await popup.locator('main').screenshot({ path: join(artifactsDir, 'popup-queued.png') });

    // The browser is closed and reopened with the same profile; then the worker comes back.
    await stack.relaunchBrowser();
    await expect.poll(() => badgeText(stack), { timeout: 10_000 }).toBe(String(OFFLINE_CLIPS));
    await stack.restartWorker();
    const back = performance.now();
    await expect.poll(async () => (await evidenceKeys()).length, { timeout: 90_000, interval: 250 }).toBe(1 + OFFLINE_CLIPS);
    console.info(`[queue] ${OFFLINE_CLIPS} queued clips in D1 ${Math.round(performance.now() - back)} ms after the worker was back`);

    const keys = await evidenceKeys();
    expect(new Set(keys).size).toBe(keys.length);
    await expect.poll(() => badgeText(stack), { timeout: 10_000 }).toBe('');
    // Nothing is left to send a second time.
    const queue = await stack.browser.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: typeof import('@wxt-dev/browser').browser }).chrome.storage.local.get('clipQueue'));
    expect((queue.clipQueue as { items: unknown[] }).items).toEqual([]);
  });
});
