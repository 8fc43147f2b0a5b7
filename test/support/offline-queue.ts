// The offline-queue journey's shared parts: clipping while the worker is down (each clip waits in the queue), and
// after the browser's restart and the worker's return, every queued clip in D1 exactly once and nothing left to send.
import { expect } from 'vitest';
import { evidenceKeys } from './clip-checks';
import { badgeText, queuedClips, type InExtension } from './in-extension';
import type { BrowserUnderTest, Stack } from './stack';
import type { Surface } from './surface';

export const OFFLINE_CLIPS = 20;
const paragraphs = ['#contracts', '#insurance', '#training', '#emissions'];

/** `clip` selects a paragraph of Huaxin's demo report and opens the picker on it, each browser its own way. */
export async function clipWhileOffline(clip: (paragraph: string) => Promise<Surface>, count = OFFLINE_CLIPS) {
  for (let i = 0; i < count; i++) {
    const picker = await clip(paragraphs[i % paragraphs.length]!);
    await picker.waitFor('[data-testid="enterprise-name"]', { timeout: 15_000 });
    // The last indicator used is first in the list: Enter takes it, Ctrl+Enter saves.
    await picker.press('#indicator-search', 'Enter');
    await picker.waitFor('[data-testid="chosen-indicator"]', { text: 'STAFF.1.1', timeout: 5_000 });
    await picker.press('#indicator-search', 'Control+Enter');
    await picker.waitFor('[data-testid="picker-status"]', { text: '服务器暂时无法连接', timeout: 20_000 });
  }
}

/** The worker comes back: waits until all `expected` clips are in D1, then checks none came twice and the queue is empty. */
export async function expectEachDeliveredOnce(stack: Stack<BrowserUnderTest & InExtension>, expected: number) {
  await stack.restartWorker();
  const back = performance.now();
  await expect.poll(async () => (await evidenceKeys(stack)).length, { timeout: 90_000, interval: 250 }).toBe(expected);
  const deliveredMs = performance.now() - back;
  const keys = await evidenceKeys(stack);
  expect(new Set(keys).size).toBe(keys.length);
  await expect.poll(() => badgeText(stack), { timeout: 10_000 }).toBe('');
  // Nothing is left to send a second time.
  expect(await queuedClips(stack)).toEqual([]);
  return deliveredMs;
}
