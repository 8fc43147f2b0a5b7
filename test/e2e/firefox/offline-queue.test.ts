// Journey in Firefox: the worker goes down while an expert keeps clipping. Twenty clips wait in the queue (the badge
// counts them), Firefox is closed and started again on the same profile, the worker comes back, and all twenty
// arrive exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceKeys } from '../../support/clip-checks';
import { clipParagraph, openSite, signInThroughOptions, startFirefoxStack, type FirefoxStack } from '../../support/firefox-actions';
import { badgeText } from '../../support/in-extension';
import { clipWhileOffline, expectEachDeliveredOnce, OFFLINE_CLIPS } from '../../support/offline-queue';
import { chooseIndicatorAndSave } from '../../support/steps';
import { puppeteerSurface } from '../../support/surface';

let stack: FirefoxStack;
beforeAll(async () => {
  stack = await startFirefoxStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('Firefox: clipping while the worker is unreachable', () => {
  it('queues 20 clips across a restart of Firefox and delivers each exactly once when the worker is back', { timeout: 300_000 }, async () => {
    await (await signInThroughOptions(stack, 'expert.labour', 'demo-expert-2026')).close();
    const page = await openSite(stack, stack.siteUrl('huaxin-auto', '/csr-2025.html'));

    // One clip while all is well: the picker's reads are kept for offline use.
    const picker = await clipParagraph(page, '#contracts');
    await chooseIndicatorAndSave(picker, 'STAFF.1.1');
    await picker.waitFor('[data-testid="picker-status"]', { text: '已保存', timeout: 15_000 });
    expect(await evidenceKeys(stack)).toHaveLength(1);

    await stack.stopWorker();
    await clipWhileOffline((paragraph) => clipParagraph(page, paragraph));
    await expect.poll(() => badgeText(stack), { timeout: 10_000 }).toBe(String(OFFLINE_CLIPS));
    const popup = puppeteerSurface(await stack.browser.openExtensionPage('popup.html'));
    await popup.waitFor('[data-testid="queued-count"]', { text: `${OFFLINE_CLIPS} 条证据待发送` });

    const firstLaunch = stack.browser.launchMs;
    await stack.relaunchBrowser();
    console.info(`[firefox] first launch ${Math.round(firstLaunch)} ms; restart on the same profile ${Math.round(stack.browser.launchMs)} ms`);
    await expect.poll(() => badgeText(stack), { timeout: 10_000 }).toBe(String(OFFLINE_CLIPS));
    const deliveredMs = await expectEachDeliveredOnce(stack, 1 + OFFLINE_CLIPS);
    console.info(`[queue] Firefox: ${OFFLINE_CLIPS} queued clips in D1 ${Math.round(deliveredMs)} ms after the worker was back`);
  });
});
