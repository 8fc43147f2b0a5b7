import { describe, expect, it } from 'vitest';
import { shareUnchanged } from '../../extension/lib/structural-sharing';
import { treeKeyMove, type TreeRow } from '../../extension/lib/tree-keys';
import { nextBatchEnd, pacedBudget } from '../../extension/lib/use-progressive-reveal';
import { inReadingOrder } from '../../worker/domain/panel-state';
import { matchesEtag } from '../../worker/queries/panel';

describe('shareUnchanged', () => {
  const a = { id: 1, quote: 'a', may: { review: true } };
  const b = { id: 2, quote: 'b', may: { review: false } };
  it.each([
    ['an equal value', { list: [a, b] }, { list: [{ ...a }, { ...b }] }, 'prev'],
    ['a record added at the top', { list: [a, b] }, { list: [{ id: 3 }, { ...a }, { ...b }] }, 'new'],
  ])('%s', (_what, prev, next, expected) => {
    const merged = shareUnchanged(prev, next);
    expect(merged === prev).toBe(expected === 'prev');
    expect(merged).toEqual(next);
    // Records are matched by id: those that did not change keep their identity wherever they moved.
    for (const item of merged.list) {
      const before = prev.list.find((p) => p.id === item.id);
      if (before) expect(item).toBe(before);
    }
  });

  it('keeps the unchanged parts of a changed record', () => {
    const prev = { state: { tree: [{ id: 1 }], evidence: [a, b] } };
    const next = { state: { tree: [{ id: 1 }], evidence: [{ ...a, quote: 'changed' }, { ...b }] } };
    const merged = shareUnchanged(prev, next);
    expect(merged.state.tree).toBe(prev.state.tree);
    expect(merged.state.evidence[1]).toBe(b);
    expect(merged.state.evidence[0]).not.toBe(a);
    expect(merged.state.evidence[0]!.may).toBe(a.may);
  });

  it.each([
    [null, { x: 1 }],
    [{ x: 1 }, { y: 1 }],
    [[1, 2], [1, 2, 3]],
    ['a', 'b'],
  ])('takes the new value when it differs: %j → %j', (prev, next) => {
    expect(shareUnchanged(prev, next)).toEqual(next);
    expect(shareUnchanged(prev, next)).not.toBe(prev);
  });
});

describe('treeKeyMove', () => {
  // STAFF (open) > STAFF.1 (open) > STAFF.1.1 (closed); ENV (closed)
  const rows: TreeRow[] = [
    { id: 1, parentId: null, expanded: true },
    { id: 2, parentId: 1, expanded: true },
    { id: 3, parentId: 2, expanded: false },
    { id: 5, parentId: null, expanded: false },
  ];
  it.each([
    ['ArrowDown', 1, { focus: 2 }],
    ['ArrowDown', 5, null],
    ['ArrowUp', 3, { focus: 2 }],
    ['ArrowUp', 1, null],
    ['Home', 3, { focus: 1 }],
    ['End', 1, { focus: 5 }],
    ['ArrowRight', 5, { toggle: 5 }],
    ['ArrowRight', 1, { focus: 2 }],
    ['ArrowRight', 3, { toggle: 3 }],
    ['ArrowLeft', 2, { toggle: 2 }],
    ['ArrowLeft', 3, { focus: 2 }],
    ['ArrowLeft', 5, null],
    ['Enter', 1, null],
    ['ArrowDown', 99, { focus: 1 }],
  ] as const)('%s on row %i', (key, current, move) => {
    expect(treeKeyMove(key, rows, current)).toEqual(move);
  });
});

describe('inReadingOrder', () => {
  const items = [
    { id: 1, indicatorId: 20, stance: 'supports' },
    { id: 2, indicatorId: 10, stance: 'context' },
    { id: 3, indicatorId: 20, stance: 'contradicts' },
    { id: 4, indicatorId: 10, stance: 'contradicts' },
  ];
  it.each([
    [true, [4, 3, 2, 1]],
    [false, [2, 4, 1, 3]],
  ])('contradicting first: %s', (first, order) => {
    expect(inReadingOrder(items, first).map((i) => i.id)).toEqual(order);
  });
});

describe('matchesEtag', () => {
  const etag = 'W/"panel-1-9-reviewer-2026-11-25-1.3.scoring-10:1.7-0.0.0"';
  it.each([
    [undefined, false],
    [etag, true],
    [etag.slice(2), true],
    [`"other", ${etag}`, true],
    ['*', true],
    ['W/"panel-1-9-reviewer-2026-11-25-1.3.scoring-10:1.8-0.0.0"', false],
  ])('If-None-Match %s → %s', (header, matches) => {
    expect(matchesEtag(header, etag)).toBe(matches);
  });
});

describe('nextBatchEnd', () => {
  it.each([
    [[5, 5, 5, 5], 0, 10, 2],
    [[5, 5, 5, 5], 2, 10, 4],
    [[30, 1, 1], 0, 10, 1],
    [[1, 1, 1], 0, 100, 3],
    [[1, 1, 1], 3, 10, 3],
    [[], 0, 10, 0],
  ])('weights %j, %i shown, budget %i → show up to %i', (weights, shown, budget, end) => {
    expect(nextBatchEnd(weights, shown, budget)).toBe(end);
  });
});

describe('pacedBudget', () => {
  it.each([
    [{ units: 40, ms: 10 }, 100],
    [{ units: 40, ms: 100 }, 10],
    [{ units: 40, ms: 1000 }, 10],
    [{ units: 400, ms: 1 }, 400],
    [{ units: 40, ms: 0 }, 400],
  ])('the last batch %j → a budget of %i for 25 ms, within 10 and 400', (last, budget) => {
    expect(pacedBudget(last, 25, 10, 400)).toBe(budget);
  });
});
