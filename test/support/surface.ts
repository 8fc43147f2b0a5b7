// The few things a browser test does on a page or frame, over playwright (Chromium) and puppeteer (Firefox)
// alike, so that a step of a journey is written once and runs in both browsers.
import type { KeyInput, Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import type { FrameLocator, Page } from 'playwright-core';

export type Surface = {
  fill(selector: string, value: string): Promise<void>;
  /** Keys on the focused element, playwright's way: 'Enter', 'Control+Enter'. */
  press(selector: string, keys: string): Promise<void>;
  /** Clicks the middle of the element with the mouse: the selection button lives in a closed shadow root. */
  mouseClick(selector: string): Promise<void>;
  /** Until an element matches (and, given `text`, contains it). */
  waitFor(selector: string, options?: { text?: string; timeout?: number }): Promise<void>;
  text(selector: string): Promise<string>;
  count(selector: string): Promise<number>;
};

/** `page`: the page a frame is in, for the mouse (a page is its own). */
export function playwrightSurface(target: Page | FrameLocator, page: Page = target as Page): Surface {
  const first = (selector: string, text?: string) => (text ? target.locator(selector).filter({ hasText: text }) : target.locator(selector)).first();
  return {
    fill: (selector, value) => first(selector).fill(value),
    press: (selector, keys) => first(selector).press(keys),
    mouseClick: async (selector) => {
      await first(selector).waitFor({ state: 'visible', timeout: 5_000 });
      const box = (await first(selector).boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    waitFor: (selector, { text, timeout } = {}) => first(selector, text).waitFor({ timeout }),
    text: async (selector) => (await first(selector).textContent()) ?? '',
    count: (selector) => target.locator(selector).count(),
  };
}

/**
 * A page, a frame, or (`childFrame`: its selector) a same-origin frame inside an extension page, which BiDi does not
 * report and which is reached through its parent's DOM instead. `page`: the page it is all in, for keys and the mouse.
 * Each function below runs in the page and must stand alone: it finds the document it works on itself.
 */
export function puppeteerSurface(target: PuppeteerPage | PuppeteerFrame, page: PuppeteerPage = target as PuppeteerPage, childFrame: string | null = null): Surface {
  const waitFor: Surface['waitFor'] = async (selector, { text = '', timeout = 30_000 } = {}) => {
    await target.waitForFunction(
      (frame: string | null, selector: string, text: string) => {
        const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement | null)?.contentDocument : document;
        return [...(doc?.querySelectorAll(selector) ?? [])].some((el) => (el.textContent ?? '').includes(text));
      },
      { timeout, polling: 50 },
      childFrame,
      selector,
      text,
    );
  };
  /** Focuses the element (waiting for it, as playwright does) and selects its text, so typing replaces it. */
  const focus = async (selector: string) => {
    await waitFor(selector, { timeout: 15_000 });
    await target.evaluate(
      (frame: string | null, selector: string) => {
        const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument! : document;
        const element = doc.querySelector(selector) as HTMLInputElement | null;
        if (!element) throw new Error(`no ${selector}`);
        element.focus();
        element.select?.();
      },
      childFrame,
      selector,
    );
  };
  const press = async (keys: string) => {
    const [key, ...modifiers] = keys.split('+').reverse() as [KeyInput, ...KeyInput[]];
    for (const modifier of modifiers) await page.keyboard.down(modifier);
    await page.keyboard.press(key);
    for (const modifier of modifiers) await page.keyboard.up(modifier);
  };
  return {
    fill: async (selector, value) => {
      await focus(selector);
      await page.keyboard.press('Delete');
      await page.keyboard.type(value);
    },
    press: async (selector, keys) => {
      await focus(selector);
      await press(keys);
    },
    mouseClick: async (selector) => {
      // As playwright waits before a click: until the element shows and nothing covers its middle (a picker
      // lingering after a save may lie over the selection button).
      const handle = await target.waitForFunction(
        (selector: string) => {
          const element = document.querySelector(selector);
          const box = element?.getBoundingClientRect();
          if (!element || !box?.width || !box.height) return null;
          return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === element ? element : null;
        },
        { timeout: 10_000, polling: 50 },
        selector,
      );
      const box = (await handle.asElement()!.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    waitFor,
    text: (selector) =>
      target.evaluate(
        (frame: string | null, selector: string) => {
          const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument! : document;
          return doc.querySelector(selector)?.textContent ?? '';
        },
        childFrame,
        selector,
      ),
    count: (selector) =>
      target.evaluate(
        (frame: string | null, selector: string) => {
          const doc = frame ? (document.querySelector(frame) as HTMLIFrameElement).contentDocument! : document;
          return doc.querySelectorAll(selector).length;
        },
        childFrame,
        selector,
      ),
  };
}
