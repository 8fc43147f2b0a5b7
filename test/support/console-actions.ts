// What a user does to reach the console: sign in on the options page and open it from there, as the README says.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';
import { signInThroughOptions } from './extension-actions';
import type { Stack } from './stack';

/** Signs in through the options page, opens the console with its button and returns the console's tab. */
export async function openConsole(stack: Stack, login: string, password: string, browser: ExtensionBrowser = stack.browser): Promise<Page> {
  const options = await signInThroughOptions(stack, login, password, browser);
  const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/console.html') });
  await options.getByTestId('open-console').click();
  const page = await opened;
  await page.getByTestId('signed-in-as').waitFor();
  // The console's start page sends each user on to their first page.
  await page.waitForURL(/#\/.+/);
  await options.close();
  return page;
}
