// What a user does with the extension, done through its real pages and handlers.
import type { browser as extensionBrowser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import type { Stack } from './stack';

/** Opens the options page, points the extension at the test worker and signs in there. */
export async function signInThroughOptions(stack: Stack, login: string, password: string) {
  const page = await stack.browser.context.newPage();
  await page.goto(stack.browser.pageUrl('options.html'));
  await page.locator('#server-url').fill(stack.worker.url);
  await page.locator('#server-url').press('Enter');
  await page.getByRole('status').filter({ hasText: '服务器地址已保存' }).waitFor();
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(password);
  await page.locator('#password').press('Enter');
  await page.getByTestId('signed-in-as').waitFor();
  return page;
}

/**
 * Fires the "Clip to indicator" context-menu click for `page`. Headless Chromium cannot open native
 * menus, so the test checks the item is registered and dispatches the click event to the extension's
 * own listener; everything after the click is the real code path.
 */
export async function clickClipMenu(stack: Stack, page: Page) {
  await stack.browser.serviceWorker.evaluate(
    async ({ url, selectionText }) => {
      const chrome = (globalThis as unknown as { chrome: typeof extensionBrowser }).chrome;
      await chrome.contextMenus.update('clip-selection', {});
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (!tab) throw new Error(`no tab for ${url}`);
      const info = { menuItemId: 'clip-selection', editable: false, pageUrl: url, selectionText };
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(info, tab);
    },
    { url: page.url(), selectionText: await page.evaluate(() => String(getSelection())) },
  );
}

export const pickerFrame = (page: Page) => page.frameLocator('iframe[data-csr-clipper="picker"]');
