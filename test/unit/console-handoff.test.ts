// The handoff code in the web console's fragment: added after any hash route, taken back out leaving the route.
import { describe, expect, it } from 'vitest';
import { takeHandoff, withHandoff } from '../../extension/lib/console-handoff';

const CODE = 'Ab_-0123456789abcdefghijklmnopqrstuvwxyzABC';

describe('withHandoff and takeHandoff', () => {
  it.each([
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787/#handoff=' + CODE, ''],
    ['http://127.0.0.1:8787/#/rounds/3/review-queue', 'http://127.0.0.1:8787/#/rounds/3/review-queue&handoff=' + CODE, '#/rounds/3/review-queue'],
    ['https://csr.example.org/rounds/3/review-queue', 'https://csr.example.org/rounds/3/review-queue#handoff=' + CODE, ''],
  ])('puts the code in the fragment of %s and takes it back out', (page, expected, rest) => {
    const url = withHandoff(page, CODE);
    expect(url).toBe(expected);
    const parsed = new URL(url);
    expect(parsed.search).toBe('');
    expect(takeHandoff(parsed.hash)).toEqual({ code: CODE, rest });
  });

  it('finds nothing in a fragment without a code', () => {
    expect(takeHandoff('')).toBeNull();
    expect(takeHandoff('#/rounds/3')).toBeNull();
    expect(takeHandoff('#/invite/handoff=x')).toBeNull();
  });

  it('hands a malformed code on as it came, for the worker to refuse', () => {
    expect(takeHandoff('#handoff=%E0%A4%A')).toEqual({ code: '%E0%A4%A', rest: '' });
    expect(takeHandoff('#handoff=')).toEqual({ code: '', rest: '' });
  });
});
