// Debian's Firefox ESR with the built extension installed, driven by puppeteer-core over WebDriver BiDi. How it
// installs the extension and reaches its pages (BiDi will not navigate to moz-extension://): test/support/README.md.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { root } from '../../scripts/lib/wrangler';
import type { InExtension } from './in-extension';

export const firefoxBuild = join(root, '.output', 'firefox-mv3');
const firefoxInstall = '/usr/lib/firefox-esr';
const tmpRoot = join(root, '.tmp', 'firefox');

/** The extension's moz-extension:// host, fixed by the `extensions.webextensions.uuids` pref (Firefox picks a random one per profile). */
export const EXTENSION_UUID = '8f1d6c2a-5b4e-4a39-9c7d-2e6f0a1b3c54';
const origin = `moz-extension://${EXTENSION_UUID}`;

export type FirefoxExtension = InExtension & {
  browser: Browser;
  /** The profile: pass it to `launchFirefox` again to restart the same browser. */
  userDataDir: string;
  /** From launch to the extension answering in one of its pages. */
  launchMs: number;
  pageUrl(path: string): string;
  newPage(): Promise<Page>;
  /** Opens one of the extension's pages in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab whose address (as the page itself reads it) matches, once the extension or a click opened it. */
  waitForPage(matches: (href: string) => boolean, timeout?: number): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
};

/** Firefox policies (policies.json's `policies` object), e.g. force-installing the extension with managed settings. */
export type FirefoxPolicies = Record<string, unknown>;

const geckoId = async () => (JSON.parse(await readFile(join(firefoxBuild, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;

/** The build as the .xpi a district's policy installs (the same files `npm run zip` packs). */
async function packFirefoxBuild(into: string): Promise<string> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of await readdir(firefoxBuild, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(firefoxBuild.length + 1)] = await readFile(join(entry.parentPath, entry.name));
  }
  const xpi = join(into, 'csr-clipper.xpi');
  await writeFile(xpi, zipSync(files, { level: 6 }));
  return xpi;
}

/**
 * A private copy of the Firefox installation with its own `distribution/policies.json`, the file an IT department
 * deploys: Firefox reads policies only from system places (/etc/firefox/policies, the installation's
 * distribution/), and a test must not change the machine's Firefox. The binary is copied (Firefox finds its
 * installation from its own real path); everything else is linked.
 */
async function installationWithPolicies(dir: string, policies: FirefoxPolicies): Promise<string> {
  await mkdir(join(dir, 'distribution'), { recursive: true });
  for (const name of await readdir(firefoxInstall)) {
    if (name === 'distribution') continue;
    if (name === 'firefox-esr') await copyFile(join(firefoxInstall, name), join(dir, name));
    else await symlink(join(firefoxInstall, name), join(dir, name));
  }
  await writeFile(join(dir, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  return join(dir, 'firefox-esr');
}

/** The address a page reads for itself: puppeteer's own record misses navigations to moz-extension:// pages. */
const hrefOf = (page: Page) => page.evaluate(() => location.href).catch(() => '');

async function navigateTo(page: Page, url: string, timeout = 15_000) {
  await page.evaluate((to) => void (location.href = to), url);
  const until = Date.now() + timeout;
  while ((await hrefOf(page)) !== url || (await page.evaluate(() => document.readyState).catch(() => '')) !== 'complete') {
    if (Date.now() > until) throw new Error(`${url} did not open (at ${await hrefOf(page)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts Firefox with the extension: by default sideloaded into a fresh profile under .tmp/firefox (a permanent
 * install that survives restarts, as a user's does); with `policies`, installed by them from an .xpi instead.
 */
export async function launchFirefox(options: { userDataDir?: string; lang?: string; policies?: (xpi: string) => FirefoxPolicies } = {}): Promise<FirefoxExtension> {
  await mkdir(tmpRoot, { recursive: true });
  const id = await geckoId();
  const fresh = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpRoot, 'profile-')));
  const scratch = options.policies ? await mkdtemp(join(tmpRoot, 'installation-')) : null;
  let executablePath = '/usr/bin/firefox-esr';
  if (scratch && options.policies) {
    executablePath = await installationWithPolicies(join(scratch, 'firefox'), options.policies(await packFirefoxBuild(scratch)));
  } else if (fresh) {
    // An extension proxy file: a file named by the add-on's id in the profile's extensions/, holding the build's path.
    await mkdir(join(userDataDir, 'extensions'), { recursive: true });
    await writeFile(join(userDataDir, 'extensions', id), firefoxBuild);
  }
  const lang = options.lang ?? 'zh-CN';
  const started = performance.now();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir,
    defaultViewport: { width: 1280, height: 860 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
      // The UI language (and so the extension's i18n), as a user picks it; zh-CN needs the firefox-esr-l10n-zh-cn langpack.
      'intl.locale.requested': lang,
      'intl.accept_languages': lang,
    },
  });

  const pageUrl = (path: string) => `${origin}/${path.replace(/^\//, '')}`;
  const newPage = () => browser.newPage();
  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    // Web content may open the extension's web-accessible pages; from there, the extension's own origin opens any page.
    await navigateTo(page, pageUrl('pdf-viewer.html'));
    await navigateTo(page, pageUrl(path));
    return page;
  };
  // One page of the extension kept open to run its APIs in (Chromium tests use the service worker).
  const home = await openExtensionPage('options.html');
  const launchMs = performance.now() - started;

  return {
    browser,
    userDataDir,
    launchMs,
    pageUrl,
    newPage,
    openExtensionPage,
    // puppeteer types the argument as it crosses the wire; these are plain JSON values.
    inExtension: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => home.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    waitForPage: async (matches, timeout = 15_000) => {
      const until = Date.now() + timeout;
      for (;;) {
        for (const page of await browser.pages()) if (matches(await hrefOf(page))) return page;
        if (Date.now() > until) throw new Error('no such page opened');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: async ({ keepProfile = false } = {}) => {
      await browser.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
      if (scratch) await rm(scratch, { recursive: true, force: true });
    },
  };
}
