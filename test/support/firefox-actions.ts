// What a user does with the extension in Firefox, through its real pages: the steps shared with Chromium
// (steps.ts) on puppeteer's pages, and the clip gesture Firefox tests use (the selection button).
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension, type FirefoxPolicies } from './firefox';
import { startStack, type Stack } from './stack';
import { signInOnOptions } from './steps';
import { puppeteerSurface, type Surface } from './surface';

export type FirefoxStack = Stack<FirefoxExtension>;

/** The stack with Firefox; `policies` (given the worker's address and the packed .xpi) install the extension the district's way. */
export const startFirefoxStack = ({ lang, policies }: { lang?: string; policies?: (worker: string, xpi: string) => FirefoxPolicies } = {}) =>
  startStack({
    launch: ({ userDataDir, workerUrl }) => launchFirefox({ userDataDir, lang, policies: policies && ((xpi) => policies(workerUrl, xpi)) }),
  });

/** Opens the options page, points the extension at the test worker and signs in there. */
export async function signInThroughOptions(stack: FirefoxStack, login: string, password: string) {
  const page = await stack.browser.openExtensionPage('options.html');
  await signInOnOptions(puppeteerSurface(page), stack.worker.url, login, password);
  return page;
}

/** Opens a page of a demo site (or any http page) in a new tab. */
export async function openSite(stack: FirefoxStack, url: string) {
  const page = await stack.browser.newPage();
  await page.goto(url);
  return page;
}

const PICKER = 'iframe[data-csr-clipper="picker"]';
const pickerSrc = (page: Page) => page.evaluate((picker) => document.querySelector(picker)?.getAttribute('src') ?? null, PICKER);

/** The picker the extension framed into `page` after the one at `previousSrc` (each clip frames a new one, its draft in the address). */
export async function pickerOn(page: Page, previousSrc: string | null = null): Promise<Surface> {
  await page.waitForFunction(
    (picker: string, previous: string | null) => {
      const src = document.querySelector(picker)?.getAttribute('src');
      return !!src && src !== previous;
    },
    { timeout: 15_000, polling: 50 },
    PICKER,
    previousSrc,
  );
  const frame = await (await page.$(PICKER))!.contentFrame();
  // In the PDF viewer (an extension page) BiDi reports no frames: the picker is reached through the viewer's DOM.
  return frame ? puppeteerSurface(frame, page) : puppeteerSurface(page, page, PICKER);
}

/** Clicks the button shown next to the selection, and answers the picker it opens. */
export async function clipSelection(page: Page): Promise<Surface> {
  const previous = await pickerSrc(page);
  await puppeteerSurface(page).mouseClick('csr-clipper-button');
  return pickerOn(page, previous);
}

/** Selects a paragraph with a triple click, as a user does, and clips it with the button shown next to the selection. */
export async function clipParagraph(page: Page, selector: string): Promise<Surface> {
  await page.locator(selector).click({ count: 3 });
  return clipSelection(page);
}
