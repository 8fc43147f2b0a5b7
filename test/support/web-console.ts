// The web console of a fresh stack in Chromium without the extension, with a page that collects what goes wrong on it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithoutExtension, type PlainBrowser } from './browser';
import { startStack, type Stack } from './stack';

export type WebConsole = {
  stack: Stack<PlainBrowser>;
  page: Page;
  /** What the console's page reports going wrong: script errors, CSP violations, missing messages. */
  problems: string[];
};

export async function startWebConsole(): Promise<WebConsole> {
  const stack = await startStack({ launch: () => launchWithoutExtension() });
  const page = await stack.browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('[i18n]')) problems.push(message.text());
  });
  return { stack, page, problems };
}

/** One web console for a test file: started before its tests, closed after them; read its parts inside the tests. */
export function webConsoleForFile(): WebConsole {
  const web = {} as WebConsole;
  beforeAll(async () => void Object.assign(web, await startWebConsole()));
  afterAll(async () => {
    await web.stack?.close();
  });
  return web;
}
