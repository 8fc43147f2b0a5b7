import { describe, expect, it } from 'vitest';
import { panelWarmUps, WARM_AGAIN_MS } from '../../extension/lib/panel-warm-ups';

describe('the side-panel states the background warms the cache with', () => {
  it('asks for a state once, then again only after WARM_AGAIN_MS', () => {
    const warmUps = panelWarmUps();
    expect(warmUps.claim(7, 1, 42, 0)).toBe(true);
    expect(warmUps.claim(7, 1, 42, 1_000)).toBe(false);
    expect(warmUps.claim(7, 1, 42, WARM_AGAIN_MS - 1)).toBe(false);
    expect(warmUps.claim(7, 1, 42, WARM_AGAIN_MS)).toBe(true);
  });

  it('moving between two sites asks for each enterprise once', () => {
    const warmUps = panelWarmUps();
    const asked = [42, 43, 42, 43, 42].map((enterpriseId, i) => warmUps.claim(7, 1, enterpriseId, i * 1_000));
    expect(asked).toEqual([true, true, false, false, false]);
  });

  it('keeps users and rounds apart: another user or round asks for its own state', () => {
    const warmUps = panelWarmUps();
    expect(warmUps.claim(7, 1, 42, 0)).toBe(true);
    expect(warmUps.claim(8, 1, 42, 0)).toBe(true);
    expect(warmUps.claim(7, 2, 42, 0)).toBe(true);
  });
});
