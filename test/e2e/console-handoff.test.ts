// The extension's console entry opens the web console its worker serves, signed in as the extension's user through a
// one-time code in the URL's fragment: the code leaves the address bar and the history at once, opening again reuses
// the tab, and a code already used signs nobody in (the console shows why, above its sign-in form).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithoutExtension } from '../support/browser';
import { consoleUrl } from '../support/console-actions';
import { signInThroughOptions } from '../support/extension-actions';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

/** Every URL of the tab's history, walked back from the current entry. */
async function historyUrls(page: Page): Promise<string[]> {
  const urls = [page.url()];
  const length = await page.evaluate(() => history.length);
  for (let i = 1; i < length; i++) {
    const before = page.url();
    await page.evaluate(() => history.back());
    await expect.poll(() => page.url()).not.toBe(before);
    urls.push(page.url());
  }
  return urls;
}

describe("the extension's open-console button", () => {
  let firstUrl = '';

  it('opens the web console signed in as the same user, the code gone from the address and the history', async () => {
    const options = await signInThroughOptions(stack, 'reviewer', 'demo-reviewer-2026');
    const opened = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(consoleUrl(stack)) });
    await options.getByTestId('open-console').click();
    const page = await opened;
    firstUrl = page.url();
    // What the extension opened: the console's own origin, the code only in the fragment.
    expect(new URL(firstUrl).search).toBe('');
    expect(new URL(firstUrl).hash).toMatch(/^#handoff=[A-Za-z0-9_-]{43}$/);

    const signedIn = page.getByTestId('signed-in-as');
    await signedIn.waitFor();
    expect(await signedIn.textContent()).toContain(await options.getByTestId('signed-in-as').evaluate((el) => el.textContent?.match(/: ?(.+?) \(/)?.[1] ?? el.textContent));
    await page.waitForURL((url) => /^#\/.+/.test(url.hash));
    expect((await historyUrls(page)).filter((url) => url.includes('handoff'))).toEqual([]);

    // Opening again from the popup brings the same tab forward at the console's start, signed in still.
    const popup = await stack.browser.context.newPage();
    await popup.goto(stack.browser.pageUrl('popup.html'));
    const tabs = stack.browser.context.pages().length;
    await popup.getByTestId('open-console').click();
    await expect.poll(() => page.url()).toBe(consoleUrl(stack));
    await page.getByTestId('signed-in-as').waitFor();
    expect(stack.browser.context.pages().length).toBeLessThanOrEqual(tabs);
    expect(page.url()).not.toContain('handoff');
  });

  it('signs nobody in with a code already used: the reason above the sign-in form', async () => {
    const other = await launchWithoutExtension();
    try {
      const page = await other.context.newPage();
      await page.goto(firstUrl);
      const refused = page.locator('[data-error-code="handoff_invalid"]');
      await refused.waitFor();
      expect(await refused.textContent()).toContain('登录链接');
      await page.locator('#login').waitFor();
      expect(page.url()).toBe(consoleUrl(stack));
    } finally {
      await other.close();
    }
  });
});
