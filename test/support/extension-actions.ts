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

/** Selects an element's text with a triple click, as a user does, and opens the picker on it. */
export async function openPickerOn(stack: Stack, page: Page, selector: string) {
  await page.locator(selector).click({ clickCount: 3 });
  await clickClipMenu(stack, page);
  const picker = pickerFrame(page);
  await picker.getByTestId('enterprise-name').waitFor({ timeout: 15_000 });
  return picker;
}

/** Chooses an indicator in the picker by its code. */
export async function chooseIndicator(picker: ReturnType<typeof pickerFrame>, code: string) {
  await picker.locator('#indicator-search').fill(code);
  await picker.locator('#indicator-search').press('Enter');
  await picker.getByTestId('chosen-indicator').filter({ hasText: code }).waitFor({ timeout: 5_000 });
}
