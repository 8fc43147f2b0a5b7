// Journey: the worker goes down while an expert keeps clipping. Twenty clips wait in the queue (the badge
// counts them), the browser is closed and reopened, the worker comes back, and all twenty arrive exactly once.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceKeys } from '../support/clip-checks';
import { chooseIndicatorAndSave, clickClipMenu, pickerFrame, signInThroughOptions } from '../support/extension-actions';
import { badgeText } from '../support/in-extension';
import { clipWhileOffline, expectEachDeliveredOnce, OFFLINE_CLIPS } from '../support/offline-queue';
import { artifactsDir, startStack, type Stack } from '../support/stack';
import { playwrightSurface } from '../support/surface';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

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
    expect(await evidenceKeys(stack)).toHaveLength(1);

    await stack.stopWorker();
    await clipWhileOffline(async (paragraph) => {
      await page.locator(paragraph).click({ clickCount: 3 });
      await clickClipMenu(stack, page);
      return playwrightSurface(pickerFrame(page), page);
    });
    // The badge is repainted by the background after each change (and at start-up): wait for it.
    await expect.poll(() => badgeText(stack), { timeout: 10_000 }).toBe(String(OFFLINE_CLIPS));
    const popup = await stack.browser.context.newPage();
    await popup.goto(stack.browser.pageUrl('popup.html'));
    await popup.getByTestId('queued-count').filter({ hasText: `${OFFLINE_CLIPS} 条证据待发送` }).waitFor();
    await popup.locator('main').screenshot({ path: join(artifactsDir, 'popup-queued.png') });

    // The browser is closed and reopened with the same profile; then the worker comes back.
    await stack.relaunchBrowser();
    await expect.poll(() => badgeText(stack), { timeout: 10_000 }).toBe(String(OFFLINE_CLIPS));
    const deliveredMs = await expectEachDeliveredOnce(stack, 1 + OFFLINE_CLIPS);
    console.info(`[queue] ${OFFLINE_CLIPS} queued clips in D1 ${Math.round(deliveredMs)} ms after the worker was back`);
  });
});
