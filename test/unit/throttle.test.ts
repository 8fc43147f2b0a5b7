import { describe, expect, it } from 'vitest';
import { ACCOUNT_FREE_FAILURES, lockEndsByFailures, lockSeconds, MAX_LOCK_SECONDS, retryAfterSeconds } from '../../worker/domain/throttle';

describe('lockSeconds', () => {
  it.each([
    ['account', 1, 0],
    ['account', 4, 0],
    ['account', 5, 30],
    ['account', 6, 60],
    ['account', 7, 120],
    ['account', 9, 480],
    ['account', 10, 900],
    ['account', 500, 900],
    ['client', 19, 0],
    ['client', 20, 30],
    ['client', 21, 60],
  ] as const)('%s after %i failures: %i s', (kind, failures, seconds) => {
    expect(lockSeconds(kind, failures)).toBe(seconds);
  });
});

describe('retryAfterSeconds', () => {
  const now = new Date('2026-11-24T10:00:00.000Z');
  it.each([
    ['2026-11-24T10:00:30.000Z', 30],
    ['2026-11-24T10:00:00.200Z', 1],
    ['2026-11-24T09:59:59.000Z', 1],
  ])('until %s: %i', (until, seconds) => expect(retryAfterSeconds(until, now)).toBe(seconds));
});

describe('lockEndsByFailures', () => {
  const now = new Date('2026-11-24T10:00:00.000Z');
  it('has no lock before the free failures run out, then each lock by count, ending at the longest', () => {
    const ends = lockEndsByFailures('account', now);
    expect(ends.slice(0, ACCOUNT_FREE_FAILURES)).toEqual(Array(ACCOUNT_FREE_FAILURES).fill(null));
    expect(ends[ACCOUNT_FREE_FAILURES]).toBe('2026-11-24T10:00:30.000Z');
    expect(ends.at(-1)).toBe(new Date(now.getTime() + MAX_LOCK_SECONDS * 1000).toISOString());
    ends.forEach((end, failures) => expect(end === null ? 0 : (Date.parse(end) - now.getTime()) / 1000).toBe(lockSeconds('account', failures)));
  });
});
