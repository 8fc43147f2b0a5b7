import { describe, expect, it } from 'vitest';
import { isRetryable, MAX_DELAY_MS, retryDelay } from '../../extension/lib/retry-policy';

describe('isRetryable', () => {
  it.each([
    [0, true, 'no answer (offline, refused, timed out)'],
    [500, true, 'a server error'],
    [503, true, 'an overloaded worker'],
    [408, true, 'a request timeout'],
    [429, true, 'rate limiting'],
    [400, false, 'invalid evidence'],
    [401, false, 'an ended session'],
    [403, false, 'a refusal'],
    [404, false, 'an unknown indicator'],
    [409, false, 'a conflict'],
  ])('status %i → %s (%s)', (status, retryable) => {
    expect(isRetryable({ status })).toBe(retryable);
  });
});

describe('retryDelay', () => {
  it.each([
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [6, 64_000],
    [9, MAX_DELAY_MS],
    [40, MAX_DELAY_MS],
  ])('after %i failures waits about %i ms', (failures, base) => {
    expect(retryDelay(failures, () => 0.5)).toBe(base);
    expect(retryDelay(failures, () => 0)).toBe(base * 0.8);
    expect(retryDelay(failures, () => 1)).toBe(base * 1.2);
  });
});
