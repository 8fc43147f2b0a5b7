// Debian's Chromium, with the built extension loaded or without it (the web console), driven by playwright-core.
// Never a downloaded browser.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { root } from '../../scripts/lib/wrangler';
import type { InExtension } from './in-extension';

export const extensionPath = join(root, '.output', 'chrome-mv3');

export type ExtensionBrowser = InExtension & {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  pageUrl(page: string): string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
};

/** Debian's Chromium on a persistent profile in `lang`, with these extra arguments (the extension to load, if any). */
async function launchChromium(userDataDir: string, lang: string, extraArgs: string[]): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale: lang,
    // On Linux, Chromium takes its UI language (chrome.i18n) from the environment, not from --lang.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    viewport: { width: 1280, height: 860 },
    args: [
      ...extraArgs,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A browser without the extension: what anyone has who opens the web console. */
export type PlainBrowser = { context: BrowserContext; userDataDir: string; close(options?: { keepProfile?: boolean }): Promise<void> };

export async function launchWithoutExtension(options: { userDataDir?: string; lang?: string } = {}): Promise<PlainBrowser> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'csr-chromium-')));
  const context = await launchChromium(userDataDir, options.lang ?? 'zh-CN', []);
  return {
    context,
    userDataDir,
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium with the extension; pass a previous `userDataDir` to restart the same profile. */
export async function launchWithExtension(options: { userDataDir?: string; lang?: string } = {}): Promise<ExtensionBrowser> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'csr-chromium-')));
  const lang = options.lang ?? 'zh-CN';
  const context = await launchChromium(userDataDir, lang, [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  // A new profile installs the extension, which opens its options page (first run): wait for it here, so that it
  // never takes over a page a test opens next.
  const optionsUrl = `chrome-extension://${extensionId}/options.html`;
  // Polled, not awaited as an event: the tab is announced as about:blank before it reaches the page.
  for (const until = Date.now() + 15_000; !options.userDataDir && !context.pages().some((page) => page.url() === optionsUrl); ) {
    if (Date.now() > until) throw new Error('the first run did not open the options page');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    context,
    serviceWorker,
    extensionId,
    userDataDir,
    pageUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    // playwright types the argument as it crosses the wire; these are plain JSON values.
    inExtension: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => serviceWorker.evaluate(fn as (arg: unknown) => R | Promise<R>, arg),
    close: async ({ keepProfile = false } = {}) => {
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
