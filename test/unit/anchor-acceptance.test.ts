// The one acceptance rule (shared/anchoring/acceptance.ts): found, changed or not found from a place's
// evidence, and the choice among places with a margin over the runner-up.
import { describe, expect, it } from 'vitest';
import { choose, confidence, verdictOf, type Evidence } from '../../shared/anchoring/acceptance';

const whole: Evidence = { quote: 1, core: 1, prefix: 1, suffix: 1, gap: null, withinContext: false, kept: 1, distinct: 0.2, copies: 0 };
const edited: Evidence = { ...whole, quote: 0.85, core: 0.9 };

describe('verdictOf', () => {
  it.each<[string, Partial<Evidence>, 'found' | 'changed' | null]>([
    ["the quote's words with their context", {}, 'found'],
    ['one side of the context changed', { suffix: 0 }, 'found'],
    ['a short quote whose context contradicts on both sides', { prefix: 0.1, suffix: 0.05 }, null],
    ['a distinctive quote whose context contradicts on both sides (moved)', { prefix: 0.1, suffix: 0.05, distinct: 0.6 }, 'found'],
    ['no context captured at all', { prefix: null, suffix: null }, 'found'],
    ['the context reads better joined up elsewhere (the quote deleted there)', { suffix: 0, gap: 0.95 }, null],
    ['words found more than once, one side agreeing only', { suffix: 0.5, copies: 2 }, null],
    ['words found more than once, told apart by the whole context', { suffix: 0.8, copies: 2 }, 'found'],
  ])('the quote\'s own words: %s', (_what, change, expected) => {
    expect(verdictOf({ ...whole, ...change })).toBe(expected);
  });

  it.each<[string, Partial<Evidence>, 'found' | 'changed' | null]>([
    ['edited in its place', {}, 'changed'],
    ['too little of the quote left', { quote: 0.55 }, null],
    ['its most informative words gone (the distinctive term changed)', { core: 0.5 }, null],
    ['the place is the captured context itself (a neighbour)', { withinContext: true }, null],
    ['the context joins up better with nothing between', { gap: 1, suffix: 0.6 }, null],
    ['the context joins up as well elsewhere: only the words can tell, and these are close enough', { gap: 1, quote: 0.9 }, 'changed'],
    ['the context joins up as well elsewhere and the words differ more', { gap: 1, quote: 0.8 }, null],
    ['look-alikes placed as well, and what tells the quote apart from them is gone', { kept: 0.5 }, null],
    ['no context placing it', { prefix: 0.4, suffix: 0.3 }, null],
    ['no context captured, a long distinctive quote nearly whole', { prefix: null, suffix: null, quote: 0.9, distinct: 0.6 }, 'changed'],
    ['no context captured, a short quote', { prefix: null, suffix: null, quote: 0.9 }, null],
    ['its words also stand elsewhere, its context only partly here', { copies: 1, suffix: 0.6 }, null],
  ])('an edited place: %s', (_what, change, expected) => {
    expect(verdictOf({ ...edited, ...change })).toBe(expected);
  });
});

describe('confidence', () => {
  it('falls as the context disagrees, less for a distinctive quote', () => {
    const scores = [1, 0.7, 0.4, 0].map((side) => confidence({ ...whole, prefix: side, suffix: side }));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[3]).toBeCloseTo(whole.distinct);
    expect(confidence({ ...whole, prefix: 0, suffix: 0, distinct: 0.9 })).toBeGreaterThan(scores[3]!);
  });
});

describe('choose', () => {
  const place = (evidence: Partial<Evidence>, start: number, closeness = 0.5) => ({ evidence: { ...edited, ...evidence }, start, end: start + 10, closeness });

  it('takes the best place that passes', () => {
    expect(choose([place({ prefix: 0.2, suffix: 0.2 }, 0), place({}, 50)])?.place.start).toBe(50);
  });

  it('refuses look-alikes that cannot be told apart', () => {
    expect(choose([place({ quote: 0.86 }, 0), place({ quote: 0.85 }, 50)])).toBeNull();
  });

  it('refuses a place when a place that does not pass is as likely', () => {
    expect(choose([place({ quote: 0.8 }, 0), place({ quote: 0.82, withinContext: true }, 50)])).toBeNull();
  });

  it('takes the nearer of two copies of a passage with the same whole context', () => {
    const copies = [place({ quote: 1 }, 0, 0.2), place({ quote: 1 }, 50, 0.9)];
    expect(choose(copies)).toMatchObject({ place: { start: 50 }, verdict: 'found' });
  });

  it('overlapping places are one place, not rivals', () => {
    expect(choose([place({}, 0), place({ quote: 0.84 }, 5)])?.place.start).toBe(0);
  });
});
