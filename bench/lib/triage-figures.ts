// The review queue's keyboard triage in Chromium with the built extension, as a reviewer works the round's pending
// evidence in the console: key press → next item shown, walking the loaded queue (`j`, pages fetched ahead) and after
// accepting (`a`, the review's round trip to the worker included). Timed inside the page, from the key event's time
// stamp to the frame after the next item is in the document.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../test/support/browser';
import { consoleFromExtension } from '../../test/support/console-actions';
import { openLocalD1 } from '../../test/support/local-d1';
import { summarise, type Summary } from './stats';

export type TriageFigures = { next: Summary; accept: Summary };

declare global {
  interface Window {
    /** The last triage key's event time, and when the item after it was shown (performance.now() time base). */
    triageBench?: { pressedAt: number; shownAt: number };
  }
}

const reviewersRound = async (persistTo: string) => {
  const db = await openLocalD1(persistTo);
  const row = db.prepare(`SELECT rm.round_id AS id FROM round_member rm JOIN user u ON u.id = rm.user_id WHERE u.login = 'reviewer' AND rm.role = 'reviewer' ORDER BY rm.round_id DESC LIMIT 1`).get() as { id: number } | undefined;
  db.close();
  if (!row) throw new Error('the reviewer holds no round');
  return row.id;
};

const shownId = (page: Page) => page.getByTestId('queue-item').getAttribute('data-evidence-id', { timeout: 15_000 });

/** Presses `key` `times` times, each once the previous item changed, and answers the in-page times. */
async function press(page: Page, key: string, times: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const before = await shownId(page);
    await page.evaluate(() => (window.triageBench = { pressedAt: 0, shownAt: 0 }));
    await page.keyboard.press(key);
    await page.waitForFunction((id) => document.querySelector('[data-testid="queue-item"]')?.getAttribute('data-evidence-id') !== id && window.triageBench!.shownAt > 0, before, { timeout: 15_000 }).catch(async () => {
      throw new Error(`${key}: the next item did not show (${(await page.locator('[role=alert]').allTextContents()).join(' | ') || 'no error shown'})`);
    });
    samples.push(await page.evaluate(() => window.triageBench!.shownAt - window.triageBench!.pressedAt));
  }
  return samples;
}

/** Opens the web console's review queue from the reviewer's signed-in extension (the handoff) and times `next` presses of j and `accept` of a. */
export async function measureTriage(browser: ExtensionBrowser, workerUrl: string, persistTo: string, n: { next: number; accept: number }): Promise<TriageFigures> {
  const roundId = await reviewersRound(persistTo);
  const page = await consoleFromExtension(browser, workerUrl);
  try {
    await page.goto(`${workerUrl}/rounds/${roundId}/review-queue`);
    await shownId(page);
    await page.evaluate(() => {
      document.addEventListener('keydown', (event) => window.triageBench && (window.triageBench.pressedAt = event.timeStamp), true);
      let shown = document.querySelector('[data-testid="queue-item"]')?.getAttribute('data-evidence-id');
      new MutationObserver(() => {
        const id = document.querySelector('[data-testid="queue-item"]')?.getAttribute('data-evidence-id');
        if (id === shown) return;
        shown = id;
        // The frame after the change: the item is painted by then.
        requestAnimationFrame(() => setTimeout(() => window.triageBench && (window.triageBench.shownAt = performance.now())));
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-evidence-id'] });
    });
    const next = await press(page, 'j', n.next);
    const accept = await press(page, 'a', n.accept);
    return { next: summarise(next, 0, 1), accept: summarise(accept, 0, 1) };
  } finally {
    await page.close();
  }
}
