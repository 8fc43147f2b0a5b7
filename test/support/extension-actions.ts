// What a user does with the extension, done through its real pages and handlers.
import type { browser as extensionBrowser } from '@wxt-dev/browser';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { Stance } from '../../shared/schemas/evidence';
import type { ExtensionBrowser } from './browser';
import type { Stack } from './stack';
import * as steps from './steps';
import { playwrightSurface } from './surface';

type Chrome = typeof extensionBrowser;

/** What these actions use of a stack: the browser and the worker (the benchmark has no demo-site stack of its own). */
export type BrowserAndWorker = Pick<Stack, 'browser' | 'worker'>;

/** Opens the options page, points the extension at the test worker and signs in there (in `browser`, the stack's by default). */
export async function signInThroughOptions(stack: BrowserAndWorker, login: string, password: string, browser: ExtensionBrowser = stack.browser) {
  const page = await browser.context.newPage();
  await page.goto(browser.pageUrl('options.html'));
  await steps.signInOnOptions(playwrightSurface(page), stack.worker.url, login, password);
  return page;
}

/**
 * Fires a context-menu click on `page`. Headless Chromium cannot open native menus, so the test checks
 * the item is registered and dispatches the click event to the extension's own listener; everything
 * after the click is the real code path.
 */
export async function clickMenu(stack: BrowserAndWorker, page: Page, menuItemId: string, extra: Record<string, string> = {}) {
  // A right click happens on the tab in front; other tabs may show the same address.
  await page.bringToFront();
  await stack.browser.serviceWorker.evaluate(
    async ({ url, menuItemId, info }) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await chrome.contextMenus.update(menuItemId, {});
      const tab = (await chrome.tabs.query({ active: true })).find((t) => t.url === url);
      if (!tab) throw new Error(`no tab for ${url}`);
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch({ menuItemId, editable: false, pageUrl: url, ...info }, tab);
    },
    { url: page.url(), menuItemId, info: { selectionText: await page.evaluate(() => String(getSelection())), ...extra } },
  );
}

/** The "Clip to indicator" menu item on the page's selection. */
export const clickClipMenu = (stack: BrowserAndWorker, page: Page) => clickMenu(stack, page, 'clip-selection');

export const pickerFrame = (page: Page) => page.frameLocator('iframe[data-csr-clipper="picker"]');

/**
 * Presses a key that closes the picker, and waits for the picker to be gone rather than for the key press:
 * Chromium may never acknowledge a key event whose frame is removed while the event is in flight, which left
 * an awaited press hanging in about one try in ten on a loaded machine (the picker had closed all the same).
 */
export async function closePickerWithKey(page: Page, key = 'Escape') {
  void page.keyboard.press(key).catch(() => undefined);
  await page.locator('iframe[data-csr-clipper="picker"]').waitFor({ state: 'detached', timeout: 5_000 });
}

/** In the picker: search the indicator by its code, choose it, the stance, and save (Ctrl+Enter), as a keyboard user does. */
export const chooseIndicatorAndSave = (picker: FrameLocator, code: string, stance: Stance = 'supports') => steps.chooseIndicatorAndSave(playwrightSurface(picker), code, stance);

/** In the picker: the stance, by keyboard (Space on its radio button); the picker asks, it never assumes one. */
export const chooseStance = (picker: FrameLocator, stance: Stance) => steps.chooseStance(playwrightSurface(picker), stance);

/**
 * Opens the toolbar popup's page in a window of its own, left unfocused, so that — as with the real
 * popup — the active tab of the last focused window is still the page the user is on.
 */
export async function openPopup(stack: Stack): Promise<Page> {
  const url = stack.browser.pageUrl('popup.html');
  const opened = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url() === url });
  await stack.browser.serviceWorker.evaluate(
    (url) => (globalThis as unknown as { chrome: Chrome }).chrome.windows.create({ url, focused: false, width: 360, height: 420 }),
    url,
  );
  return opened;
}

/**
 * Opens the side panel's page in a narrow window of its own, left unfocused, so that — as with the real side
 * panel — the active tab of the last focused window is still the page the user is on. A popup window, which takes
 * no other tab: in a normal one, a tab the extension opened later (the web console) could land beside the panel and
 * hide it, and a hidden panel stops polling.
 */
export async function openSidePanel(browser: ExtensionBrowser): Promise<Page> {
  const url = browser.pageUrl('sidepanel.html');
  const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url() === url });
  await browser.serviceWorker.evaluate(
    (url) => (globalThis as unknown as { chrome: Chrome }).chrome.windows.create({ url, type: 'popup', focused: false, width: 420, height: 900 }),
    url,
  );
  const panel = await opened;
  await panel.setViewportSize({ width: 420, height: 900 });
  return panel;
}

/** Selects an element's text with a triple click, as a user does, and opens the picker on it. */
export async function openPickerOn(stack: Stack, page: Page, selector: string) {
  await page.locator(selector).click({ clickCount: 3 });
  await clickClipMenu(stack, page);
  const picker = pickerFrame(page);
  await picker.getByTestId('enterprise-name').waitFor({ timeout: 15_000 });
  return picker;
}

/** Chooses an indicator in the picker by its code. */
export const chooseIndicator = (picker: FrameLocator, code: string) => steps.chooseIndicator(playwrightSurface(picker), code);

/** Opens every row of the side panel's tree (an indicator opens by default only when it waits for the reader). */
export async function expandAllIndicators(panel: Page) {
  await panel.getByTestId('expand-all').click({ timeout: 30_000 });
}

/** Opens one indicator's row of the side panel (`row`: its section.indicator) if it is closed. */
export async function openIndicator(row: Locator) {
  const button = row.locator('h4 [data-tree-row]');
  if ((await button.getAttribute('aria-expanded', { timeout: 30_000 })) === 'false') await button.click();
}

