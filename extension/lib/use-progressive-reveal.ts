// Showing a long list without one long frame: the list itself at once, what lies beneath its items a batch per
// idle moment, each batch about `budget` units of work (here: evidence cards). Once shown it stays shown.
import { useEffect, useState } from 'preact/hooks';

const idle = (callback: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 100 }) : setTimeout(callback, 0);
const cancelIdle = (handle: number | ReturnType<typeof setTimeout>) =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle as number) : clearTimeout(handle);

/** How many items to show after `shown`, so that the batch weighs about `budget` (at least one item). */
export function nextBatchEnd(weights: readonly number[], shown: number, budget: number): number {
  let end = shown;
  let load = 0;
  while (end < weights.length && (end === shown || load + weights[end]! <= budget)) load += weights[end++]!;
  return end;
}

/**
 * The number of leading items whose contents render now: none in the first frame (the list shows before any of
 * its contents), then batch by batch, one per idle moment, until it covers `weights`.
 */
export function useProgressiveReveal(weights: readonly number[], budget: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= weights.length) return;
    const handle = idle(() => setShown((n) => nextBatchEnd(weights, n, budget)));
    return () => cancelIdle(handle);
  }, [shown, weights.length]);
  return shown;
}
