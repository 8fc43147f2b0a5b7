// The freshness job's plan: bounded in items, each host's fetches a spacing apart (also after earlier runs), nothing beyond the budget.
import { describe, expect, it } from 'vitest';
import { planFetches, type PageToCheck } from '../../worker/domain/fetch-plan';

const page = (host: string, path: string, evidenceIds: number[]): PageToCheck => ({ url: `https://${host}/${path}`, host, evidenceIds });
const limits = { maxItems: 10, spacingMs: 1_000, budgetMs: 5_000 };
const now = 100_000;

describe('planFetches', () => {
  it.each([
    [
      'one host: a spacing apart from now',
      [page('a.cn', '1', [1]), page('a.cn', '2', [2]), page('a.cn', '3', [3])],
      new Map(),
      limits,
      { at: [['a.cn/1', 0], ['a.cn/2', 1000], ['a.cn/3', 2000]], deferred: 0 },
    ],
    [
      'two hosts side by side',
      [page('a.cn', '1', [1]), page('b.cn', '1', [2]), page('a.cn', '2', [3])],
      new Map(),
      limits,
      { at: [['a.cn/1', 0], ['b.cn/1', 0], ['a.cn/2', 1000]], deferred: 0 },
    ],
    [
      'a host fetched by an earlier run waits out the rest of its spacing',
      [page('a.cn', '1', [1]), page('b.cn', '1', [2])],
      new Map([['a.cn', now - 400], ['b.cn', now - 5_000]]),
      limits,
      { at: [['a.cn/1', 600], ['b.cn/1', 0]], deferred: 0 },
    ],
    [
      'the bound cuts the last page’s items and defers the rest',
      [page('a.cn', '1', [1, 2, 3]), page('b.cn', '1', [4, 5]), page('c.cn', '1', [6])],
      new Map(),
      { ...limits, maxItems: 4 },
      { at: [['a.cn/1', 0], ['b.cn/1', 0]], deferred: 2 },
    ],
    [
      'nothing beyond the time budget',
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => page('a.cn', String(n), [n])),
      new Map(),
      { ...limits, budgetMs: 2_500 },
      { at: [['a.cn/1', 0], ['a.cn/2', 1000], ['a.cn/3', 2000]], deferred: 5 },
    ],
  ] as const)('%s', (_, pages, last, lim, expected) => {
    const plan = planFetches(pages, last, now, lim);
    expect(plan.fetches.map((f) => [`${f.host}/${f.url.split('/').pop()}`, f.at - now])).toEqual(expected.at);
    expect(plan.deferred).toBe(expected.deferred);
  });

  it('keeps the items it takes of a cut page', () => {
    expect(planFetches([page('a.cn', '1', [1, 2, 3])], new Map(), now, { ...limits, maxItems: 2 }).fetches[0]!.evidenceIds).toEqual([1, 2]);
  });
});
