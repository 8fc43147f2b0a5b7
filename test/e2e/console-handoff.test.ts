// The extension's console entry opens the web console its worker serves, signed in as the extension's user through a
// one-time code in the URL's fragment: the code leaves the address bar and the history at once, opening again reuses
// the tab, and a code already used signs nobody in (the console shows why, above its sign-in form).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithoutExtension } from '../support/browser';
import { consoleUrl } from '../support/console-actions';
import { signInThroughOptions } from '../support/extension-actions';
import { openLocalD1 } from '../support/local-d1';
import { startStack, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

/** Every URL of the tab's history (its same-origin entries, from Chromium's Navigation API). */
const historyUrls = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { navigation: { entries(): { url: string }[] } }).navigation.entries().map((entry) => entry.url));

/** Whether each redeem of the reviewer's codes opened a new session, oldest first. */
async function redeemed(): Promise<boolean[]> {
  const db = await openLocalD1(stack.persistTo);
  try {
    const rows = db
      .prepare("SELECT a.after FROM audit_log a JOIN user u ON a.resource_id = CAST(u.id AS TEXT) WHERE a.action = 'session.redeemHandoff' AND u.login = 'reviewer' ORDER BY a.id")
      .all() as { after: string }[];
    return rows.map((row) => (JSON.parse(row.after) as { newSession: boolean }).newSession);
  } finally {
    db.close();
  }
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
    expect(new URL(firstUrl).hash).toMatch(/[#&]handoff=[A-Za-z0-9_-]{43}$/);

    const signedIn = page.getByTestId('signed-in-as');
    await signedIn.waitFor();
    await page.waitForURL((url) => url.pathname !== '/' && url.hash === '');
    const entries = await historyUrls(page);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((url) => url.includes('handoff'))).toEqual([]);

    // The popup names the same user; opening again from it reuses the tab (a fragment-only change, no reload), whose
    // console redeems the new code and keeps its own session, that user's already. The extension's request for the code
    // carries only its bearer token, not the cookie the browser now holds for the same server (a 403 if it did).
    const popup = await stack.browser.context.newPage();
    await popup.goto(stack.browser.pageUrl('popup.html'));
    expect(await signedIn.textContent()).toBe(await popup.getByTestId('signed-in-as').textContent());
    const tabs = stack.browser.context.pages().length;
    await popup.getByTestId('open-console').click();
    await expect.poll(() => redeemed(), { timeout: 15_000 }).toEqual([true, false]);
    await expect.poll(() => page.url()).not.toContain('handoff');
    expect(await signedIn.textContent()).toContain('当前用户');
    expect(stack.browser.context.pages().length).toBeLessThan(tabs);
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
