// Journey: two experts share one browser profile. The first clips (so the picker remembers their indicator) and
// leaves a capture open in the picker, then signs out; the second signs in and finds none of it — no "last used"
// indicator, the first's capture not shown; the first signs back in and finds their capture and their choice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import type { StoredSiteDirectory } from '../../extension/lib/storage';
import type { StoredSession } from '../../shared/schemas/clip';
import { contractsSentence } from '../support/clip-checks';
import { chooseIndicator, chooseStance, openPickerOn, signInThroughOptions } from '../support/extension-actions';
import { storedItem } from '../support/in-extension';
import { startStack, type Stack } from '../support/stack';
import { playwrightSurface } from '../support/surface';
import * as steps from '../support/steps';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

const lastUsedBadges = (picker: FrameLocator | Page) => picker.locator('#indicator-list li[role="option"]').filter({ hasText: '上次使用' });

async function signOutAndIn(options: Page, login: string) {
  await options.getByRole('button', { name: '退出登录' }).click();
  await options.locator('#login').waitFor();
  await steps.signIn(playwrightSurface(options), login, 'demo-expert-2026');
  await expect.poll(() => options.getByTestId('signed-in-as').textContent()).toContain(login);
}

/** The picker on its own page, for a draft by its id (as the extension opens it where no script may run). */
async function pickerPage(draftId: string) {
  const page = await stack.browser.context.newPage();
  await page.goto(`${stack.browser.pageUrl('picker.html')}#${encodeURIComponent(draftId)}`);
  return page;
}

/** The signed-in user's id and the directory of domains the background keeps, as stored. */
const kept = async () => ({
  userId: (await storedItem<StoredSession>(stack, 'local', 'session'))?.user.id,
  directory: await storedItem<StoredSiteDirectory>(stack, 'local', 'siteDirectory'),
});

describe('two users of one browser profile', () => {
  it('the second sees neither the first’s last indicator nor their open capture; the first finds both again', async () => {
    const options = await signInThroughOptions(stack, 'expert.labour', 'demo-expert-2026');
    const report = await stack.browser.context.newPage();
    await report.goto(stack.siteUrl('huaxin-auto', '/csr-2025.html'));
    let picker = await openPickerOn(stack, report, '#emissions');
    await chooseIndicator(picker, 'ENV.1.3');
    await chooseStance(picker, 'context');
    await picker.locator('#indicator-search').press('Control+Enter');
    await picker.getByTestId('picker-status').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => report.locator('iframe[data-csr-clipper]').count(), { timeout: 5_000 }).toBe(0);

    // A second capture stays open in the picker, not yet saved.
    picker = await openPickerOn(stack, report, '#contracts');
    await expect.poll(() => lastUsedBadges(picker).getAttribute('data-code')).toBe('ENV.1.3');
    const src = await report.locator('iframe[data-csr-clipper="picker"]').getAttribute('src');
    const draftId = decodeURIComponent(new URL(src!).hash.slice(1));
    expect(draftId).not.toBe('');

    await signOutAndIn(options, 'expert.env');
    const asSecond = await pickerPage(draftId);
    await asSecond.locator('[role="alert"][data-error-code="not_found"]').waitFor({ timeout: 10_000 });
    expect(await asSecond.getByTestId('picker-quote').count()).toBe(0);
    expect(await asSecond.getByText(contractsSentence).count()).toBe(0);
    await asSecond.close();
    const own = await stack.browser.context.newPage();
    await own.goto(stack.siteUrl('huaxin-auto', '/csr-2025.html'));
    const secondPicker = await openPickerOn(stack, own, '#emissions');
    await secondPicker.locator('#indicator-list li[role="option"]').first().waitFor();
    expect(await lastUsedBadges(secondPicker).count()).toBe(0);
    await own.close();

    await signOutAndIn(options, 'expert.labour');
    const asFirst = await pickerPage(draftId);
    await expect.poll(() => asFirst.getByTestId('picker-quote').textContent(), { timeout: 15_000 }).toBe(contractsSentence);
    await expect.poll(() => lastUsedBadges(asFirst).getAttribute('data-code')).toBe('ENV.1.3');
    await Promise.all([asFirst.close(), report.close(), options.close()]);
  });

  it("each user's sign-in keeps their own directory of the round's domains, and the last user's is gone", async () => {
    // Whoever is signed in (the journey above leaves the first expert), then another.
    const options = await stack.browser.context.newPage();
    await options.goto(stack.browser.pageUrl('options.html'));
    await options.locator('#login, [data-testid="signed-in-as"]').first().waitFor();
    if (await options.locator('#login').count()) await steps.signIn(playwrightSurface(options), 'expert.labour', 'demo-expert-2026');
    await options.getByTestId('signed-in-as').waitFor();
    const first = await kept();
    await expect.poll(async () => (await kept()).directory?.userId, { timeout: 10_000 }).toBe(first.userId);
    expect((await kept()).directory!.owners['huaxin-auto.localhost']?.[1]).toContain('华鑫');
    await signOutAndIn(options, 'expert.env');
    const second = await kept();
    expect(second.userId).not.toBe(first.userId);
    await expect.poll(async () => (await kept()).directory?.userId, { timeout: 10_000 }).toBe(second.userId);
    await options.close();
  });
});
