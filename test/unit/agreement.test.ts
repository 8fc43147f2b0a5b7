// Krippendorff's alpha (interval metric) against published worked examples, and the round's figures (per
// indicator, dimension, round and expert, by every metric) against alpha recomputed from scratch.
import { describe, expect, it } from 'vitest';
import { intervalAlpha } from '../../shared/domain/agreement/krippendorff';
import { alphaOfUnits, type Metric } from '../../shared/domain/agreement/coincidence';
import {
  agreementFigure,
  expertFigure,
  expertSums,
  expertSumsOfBlocks,
  indicatorParts,
  intervalAlphaOf,
  metricFor,
  partsOf,
  sumParts,
  type Rating,
} from '../../shared/domain/agreement/round-agreement';

const _ = null;
/** Reliability data as printed (one row per observer, one column per unit, _ for a missing value) → units. */
const unitsOf = (rows: (number | null)[][]) => rows[0]!.map((__, u) => rows.map((row) => row[u]!).filter((v): v is number => v !== null));

describe('intervalAlpha on published worked examples', () => {
  it.each([
    {
      // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for Communication,
      // University of Pennsylvania, https://repository.upenn.edu/asc_papers/43 — section C, 4 observers × 12 units
      // with missing data; the paper gives α_interval = 0.849 (nominal 0.743, ordinal 0.815, ratio 0.797).
      source: 'Krippendorff 2011, 4 observers × 12 units, missing values',
      rows: [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
        [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
      ],
      alpha: 0.849,
      digits: 3,
      units: 11, // unit 12 has one value: not pairable
      pairable: 40,
    },
    {
      // Krippendorff 2011, section A: two observers, binary data, no missing values; α = 0.095 (for 0/1 data the
      // interval metric equals the nominal one).
      source: 'Krippendorff 2011, 2 observers × 10 binary units',
      rows: [
        [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
        [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
      ],
      alpha: 0.095,
      digits: 3,
      units: 10,
      pairable: 20,
    },
    {
      // The computational example of 3 coders × 15 units with missing values in the Wikipedia article
      // "Krippendorff's alpha" (after Krippendorff's Content Analysis), whose interval alpha the reference Python
      // implementation asserts (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py, test_interval_metric):
      // α_interval = 0.810845 (nominal 0.691358).
      source: '3 coders × 15 units, missing values (fast-krippendorff test_interval_metric)',
      rows: [
        [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
        [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
        [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
      ],
      alpha: 0.810845,
      digits: 6,
      units: 12,
      pairable: 26,
    },
  ])('$source: α = $alpha', ({ rows, alpha, digits, units, pairable }) => {
    const result = intervalAlpha(unitsOf(rows));
    expect(result.alpha!.toFixed(digits)).toBe(alpha.toFixed(digits));
    expect(result).toMatchObject({ units, pairable });
  });

  it.each([
    ['perfect agreement', [[1, 1], [2, 2, 2], [4, 4]], 1],
    ['no unit with two ratings', [[1], [2], []], null],
    ['every value the same: chance and agreement cannot be told apart', [[3, 3], [3, 3]], null],
    // By hand: n = 6, Σv = 3, Σv² = 3, Σd_u = 3 × 2 = 6, α = 1 − 5 × 6 / (2 × (18 − 9)) = −2/3.
    ['systematic disagreement is below zero', [[0, 1], [0, 1], [0, 1]], -0.6667],
  ])('%s', (_name, units, expected) => {
    const { alpha } = intervalAlpha(units);
    expect(alpha === null ? null : Math.round(alpha * 10_000) / 10_000).toBe(expected);
  });

  it('does not depend on the scale: shares of max give the alpha of the raw scores', () => {
    const raw = [[8, 9, 7], [3, 4], [5, 5, 6], [10, 9]];
    expect(intervalAlpha(raw.map((u) => u.map((v) => v / 10))).alpha).toBeCloseTo(intervalAlpha(raw).alpha!, 12);
  });
});

describe('the round reference: parts per indicator, summed to dimensions and the round, and the experts', () => {
  // Three experts, two dimensions, four indicators (ids 11, 12 in dimension 1; 21, 22 in dimension 2), five enterprises.
  const dimensionOf = (indicatorId: number) => Math.floor(indicatorId / 10);
  const ratings: Rating[] = [];
  const values: Record<number, number[][]> = {
    11: [[0.8, 0.9, 0.7], [0.3, 0.4, 0.4], [0.5, 0.5, 0.6], [1, 0.9], [0.2, 0.3, 0.1]],
    12: [[0.6, 0.6], [0.9, 0.2, 0.8], [0.4], [0.7, 0.8, 0.7], [0.1, 0.2]],
    21: [[0.5, 0.5, 0.5], [0.6, 0.7, 0.9], [0.2, 0.1, 0.9], [0.8, 0.8], [0.4, 0.3, 0.5]],
    22: [[1, 1, 0.9], [0.2, 0.3, 0.2], [], [0.6, 0.5, 0.6], [0.9, 0.8, 0.7]],
  };
  for (const [indicator, perEnterprise] of Object.entries(values)) {
    perEnterprise.forEach((shares, enterprise) =>
      shares.forEach((share, expert) => ratings.push({ enterpriseId: enterprise + 1, indicatorId: Number(indicator), dimensionId: dimensionOf(Number(indicator)), expertId: expert + 1, share })),
    );
  }
  const unitsWhere = (keep: (r: Rating) => boolean) => {
    const units = new Map<string, number[]>();
    for (const r of ratings.filter(keep)) units.set(`${r.enterpriseId}/${r.indicatorId}`, [...(units.get(`${r.enterpriseId}/${r.indicatorId}`) ?? []), r.share]);
    return [...units.values()];
  };
  const round4 = (a: number | null) => (a === null ? null : Math.round(a * 10_000) / 10_000);
  const parts = indicatorParts(ratings);
  const metrics: Metric[] = ['nominal', 'ordinal', 'interval', 'ratio'];

  it.each(metrics)("gives the round, summed from its indicators' parts, the %s alpha and the ICC of all its units", (metric) => {
    const round = agreementFigure(sumParts(parts.values()), metric);
    expect(round).toEqual(agreementFigure(partsOf(ratings), metric));
    expect(round).toMatchObject({ alpha: round4(alphaOfUnits(unitsWhere(() => true), metric).alpha), units: 18, pairable: 50 });
  });

  it.each([11, 12, 21, 22])('gives indicator %i the alpha of its units across enterprises, by every metric', (id) => {
    for (const metric of metrics) expect(agreementFigure(parts.get(id)!, metric).alpha).toBe(round4(alphaOfUnits(unitsWhere((r) => r.indicatorId === id), metric).alpha));
  });

  it.each([1, 2])("gives dimension %i the figures of its indicators' units together", (id) => {
    const summed = sumParts([...parts].filter(([indicator]) => dimensionOf(indicator) === id).map(([, p]) => p));
    for (const metric of metrics) expect(agreementFigure(summed, metric)).toEqual(agreementFigure(partsOf(ratings.filter((r) => r.dimensionId === id)), metric));
  });

  it('chooses the metric the framework names for an indicator, else its own, else ordinal', () => {
    expect(metricFor(undefined, 'STAFF.1.1')).toBe('ordinal');
    expect(metricFor({ metric: 'interval' }, 'STAFF.1.1')).toBe('interval');
    expect(metricFor({ metric: 'interval', indicators: { 'STAFF.1.1': 'ratio' } }, 'STAFF.1.1')).toBe('ratio');
    expect(metricFor({ indicators: { 'STAFF.1.1': 'interval' } })).toBe('ordinal');
  });

  const experts = expertSums(ratings);
  it.each([1, 2, 3])("gives expert %i the round's interval alpha without them, and their mean difference from the others", (expertId) => {
    const figure = expertFigure(experts.experts.get(expertId)!);
    expect(figure.alphaWithout).toBe(round4(intervalAlpha(unitsWhere((r) => r.expertId !== expertId)).alpha));
    // By hand: every unit of ≥ 2 ratings the expert is in, their value less the mean of the others'.
    const diffs = ratings.filter((r) => r.expertId === expertId).flatMap((r) => {
      const others = ratings.filter((o) => o.enterpriseId === r.enterpriseId && o.indicatorId === r.indicatorId && o.expertId !== expertId).map((o) => o.share);
      return others.length === 0 ? [] : [r.share - others.reduce((s, v) => s + v, 0) / others.length];
    });
    expect(figure.pairable).toBe(diffs.length);
    expect(figure.meanDifference).toBe(round4(diffs.reduce((s, d) => s + d, 0) / diffs.length));
  });

  it('gives the same expert figures from the ICC blocks of every indicator (what SQL gives)', () => {
    const fromBlocks = expertSumsOfBlocks(sumParts(parts.values()).blocks);
    expect(intervalAlphaOf(fromBlocks.round)).toBe(intervalAlphaOf(experts.round));
    for (const id of [1, 2, 3]) expect(expertFigure(fromBlocks.experts.get(id)!)).toEqual(expertFigure(experts.experts.get(id)!));
  });

  it('sees the outlier: without expert 3 (0.9 where the others gave 0.2 and 0.1) the round agrees more', () => {
    expect(expertFigure(experts.experts.get(3)!).alphaWithout!).toBeGreaterThan(intervalAlphaOf(experts.round)!);
  });
});
