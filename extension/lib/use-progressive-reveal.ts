// Showing a long list without one long frame: the list itself at once, what lies beneath its items a batch per
// task. Each batch is sized to take about BATCH_MS to render on this device, from how fast the last one
// rendered: a fixed count was either many frames on a fast machine or a long one on a slow one. Once shown it stays shown.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Rendering time a batch aims at: well under the 50 ms that makes a frame a long task, with room for layout. */
const BATCH_MS = 25;

// A task of its own per batch (not an idle callback): the browser paints and handles input between tasks, while an
// idle callback waited for every other task of the page, up to 100 ms, before each batch.
const nextTask = (callback: () => void) => setTimeout(callback, 0);

/** How many items to show after `shown`, so that the batch weighs about `budget` (at least one item). */
export function nextBatchEnd(weights: readonly number[], shown: number, budget: number): number {
  let end = shown;
  let load = 0;
  while (end < weights.length && (end === shown || load + weights[end]! <= budget)) load += weights[end++]!;
  return end;
}

/** The next batch's budget: as much work as the last batch's pace fits in `targetMs`, kept within [min, max]. */
export function pacedBudget(last: { units: number; ms: number }, targetMs: number, min: number, max: number): number {
  if (last.ms <= 0) return max;
  return Math.min(max, Math.max(min, Math.floor((last.units / last.ms) * targetMs)));
}

/**
 * The number of leading items whose contents render now: none in the first frame (the list shows before any of
 * its contents), then batch by batch, a task each, until it covers `weights`. `budget`: the first batch's
 * weight; later ones follow the device's pace, between a quarter of it and ten times it.
 */
export function useProgressiveReveal(weights: readonly number[], budget: number): number {
  const [shown, setShown] = useState(0);
  const pace = useRef({ budget, batch: null as { units: number; began: number } | null });
  const revealNext = () =>
    nextTask(() => {
      const end = nextBatchEnd(weights, shown, pace.current.budget);
      pace.current.batch = { units: weights.slice(shown, end).reduce((a, b) => a + b, 0), began: performance.now() };
      setShown(end);
    });
  // The first batch waits until the list itself was painted.
  useEffect(() => {
    if (shown > 0 || weights.length === 0) return;
    const handle = revealNext();
    return () => clearTimeout(handle);
  }, [shown, weights.length]);
  // Once a batch is in the DOM, before the browser lays it out: the time it took to render sets the next one's size,
  // and the next one is asked for at once. Waiting for a paint first left the page idle between batches.
  useLayoutEffect(() => {
    const { batch } = pace.current;
    if (batch) pace.current = { budget: pacedBudget({ units: batch.units, ms: performance.now() - batch.began }, BATCH_MS, Math.ceil(budget / 4), budget * 10), batch: null };
    if (shown === 0 || shown >= weights.length) return;
    const handle = revealNext();
    return () => clearTimeout(handle);
  }, [shown, weights.length]);
  return shown;
}
