// What a user does to reach the console: sign in on the options page and open it from there, as the README says. The
// extension opens the web console its worker serves, signed in through a one-time handoff code (ADR-013).
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { signInThroughOptions } from './extension-actions';
import type { Stack } from './stack';

/** The web console's address of a page (`/rounds/1/results`) on the stack's worker. */
export const consoleUrl = (stack: Pick<Stack, 'worker'>, path = '/') => `${stack.worker.url}${path}`;

/**
 * Clicks the open-console button of an extension page and returns the web console's tab at `workerUrl` (the one
 * already open, else the new one), signed in as the extension's user, the handoff code gone from its address.
 */
async function openFrom(extensionPage: Page, browser: ExtensionBrowser, workerUrl: string): Promise<Page> {
  const atConsole = (p: Page) => p.url().startsWith(`${workerUrl}/`);
  const existing = browser.context.pages().find(atConsole);
  const opened = existing ? Promise.resolve(existing) : browser.context.waitForEvent('page', { predicate: atConsole });
  await extensionPage.getByTestId('open-console').click();
  const page = await opened;
  await page.getByTestId('signed-in-as').waitFor();
  // The console's start page sends each user on to their first page.
  await page.waitForURL((url) => url.pathname !== '/' && !url.hash.includes('handoff'));
  await extensionPage.close();
  return page;
}

/** Signs in through the options page, opens the console with its button and returns the web console's tab. */
export async function openConsole(stack: Stack, login: string, password: string, browser: ExtensionBrowser = stack.browser): Promise<Page> {
  return openFrom(await signInThroughOptions(stack, login, password, browser), browser, stack.worker.url);
}

/** In a browser whose extension is signed in already: the options page's open-console button, and the web console. */
export async function consoleFromExtension(browser: ExtensionBrowser, workerUrl: string): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(browser.pageUrl('options.html'));
  return openFrom(options, browser, workerUrl);
}
