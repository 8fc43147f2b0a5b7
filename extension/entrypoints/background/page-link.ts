// Talking to the page in a tab: its content script, injected on demand into tabs opened before install.
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';
import { VIEWER_PATH } from '../../lib/pdf-viewer-url';

const isViewer = (url: string | undefined) => url?.startsWith(browser.runtime.getURL(VIEWER_PATH)) ?? false;

/** Runs `ask` against the tab's page; if no one answers, injects the content script once and asks again. */
export async function withContentScript<T>(tabId: number, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (err) {
    // The PDF viewer answers for itself; the content script cannot run there.
    if (isViewer((await browser.tabs.get(tabId)).url)) throw err;
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    return ask();
  }
}

/**
 * Whether the tab shows its page, loaded. Firefox reports a tab just created as complete while it still shows the
 * about:blank it starts with: a message sent then finds no page to answer it.
 */
const hasLoaded = (tab: { status?: string; url?: string }) => tab.status === 'complete' && tab.url !== 'about:blank';

/** Resolves once the tab finished loading its page (or after `timeoutMs`, to never hang a jump back). */
export function tabLoaded(tabId: number, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      clearTimeout(timer);
      resolve();
    };
    const onUpdated = (id: number, _info: unknown, tab: { status?: string; url?: string }) => id === tabId && hasLoaded(tab) && done();
    const timer = setTimeout(done, timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    void browser.tabs.get(tabId).then((tab) => hasLoaded(tab) && done());
  });
}

/** Chrome allows about two captures a second; clips saved in quick succession wait their turn. */
const CAPTURE_ATTEMPTS = 4;
const CAPTURE_RETRY_MS = 600;

/** A PNG of the tab's visible area with the picker hidden, so the evidence shows the page as it was. */
export async function captureVisible(tabId: number): Promise<string> {
  const tab = await browser.tabs.get(tabId);
  await sendMessage('setPickerHidden', { hidden: true }, tabId);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
      } catch (err) {
        if (attempt === CAPTURE_ATTEMPTS || !/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(String(err))) throw err;
        await new Promise((resolve) => setTimeout(resolve, CAPTURE_RETRY_MS));
      }
    }
  } finally {
    await sendMessage('setPickerHidden', { hidden: false }, tabId).catch(() => undefined);
  }
}
