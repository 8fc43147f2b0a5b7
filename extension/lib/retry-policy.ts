// When a clip that did not reach the worker is tried again, and which failures are worth retrying at all.
import type { Failure } from './result';

/** Unreachable, timed out, overloaded or broken: the worker may well take the clip later. */
export const isRetryable = (failure: Pick<Failure, 'status'>) =>
  failure.status === 0 || failure.status >= 500 || failure.status === 408 || failure.status === 429;

const FIRST_DELAY_MS = 2_000;
export const MAX_DELAY_MS = 5 * 60_000;

/**
 * Exponential backoff after `failures` consecutive failed deliveries: 2 s, 4 s, 8 s … at most 5 min,
 * with ±20 % jitter so that many browsers coming back online do not retry in step.
 */
export function retryDelay(failures: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
