// Krippendorff's alpha for every metric and the intraclass correlations, against published worked examples;
// the ICC with missing ratings against Shrout & Fleiss on complete data and its invariances.
import { describe, expect, it } from 'vitest';
import { alphaOf, alphaOfUnits, coincidencesOf, midRanks, type Metric } from '../../shared/domain/agreement/coincidence';
import { iccBlocksOf, iccOf, shroutFleiss } from '../../shared/domain/agreement/icc';
import { intervalAlpha } from '../../shared/domain/agreement/krippendorff';

const _ = null;
const unitsOf = (rows: (number | null)[][]) => rows[0]!.map((__, u) => rows.map((row) => row[u]!).filter((v): v is number => v !== null));

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section C: 4 observers × 12 units with
// missing values. The paper gives α = 0.743 (nominal), 0.815 (ordinal), 0.849 (interval), 0.797 (ratio).
const krippendorff2011 = unitsOf([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]);

describe("Krippendorff's alpha by metric on Krippendorff's (2011) 4 observers × 12 units", () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as [Metric, number][])('%s: α = %f', (metric, expected) => {
    const { alpha, pairable } = alphaOfUnits(krippendorff2011, metric);
    expect(alpha!.toFixed(3)).toBe(expected.toFixed(3));
    expect(pairable).toBe(40);
  });

  it('gives the interval alpha of the sums (krippendorff.ts) from the coincidences', () => {
    expect(alphaOfUnits(krippendorff2011, 'interval').alpha).toBeCloseTo(intervalAlpha(krippendorff2011).alpha!, 12);
  });

  it('gives the ordinal alpha as the interval alpha of mid-ranks', () => {
    const ranks = midRanks(coincidencesOf(krippendorff2011));
    expect(intervalAlpha(krippendorff2011.map((u) => u.map((v) => ranks.get(v)!))).alpha).toBeCloseTo(alphaOfUnits(krippendorff2011, 'ordinal').alpha!, 12);
  });

  it.each(['nominal', 'ordinal', 'interval', 'ratio'] as Metric[])('%s: null without pairable values or without variation, 1 for perfect agreement', (metric) => {
    expect(alphaOf(coincidencesOf([[1], [2]]), metric).alpha).toBeNull();
    expect(alphaOf(coincidencesOf([[3, 3], [3, 3]]), metric).alpha).toBeNull();
    expect(alphaOf(coincidencesOf([[1, 1], [2, 2, 2], [4, 4]]), metric).alpha).toBe(1);
  });

  it('orders without measuring: ordinal alpha keeps its value under any increasing transform, interval alpha does not', () => {
    const stretched = krippendorff2011.map((u) => u.map((v) => v ** 3));
    expect(alphaOfUnits(stretched, 'ordinal').alpha).toBeCloseTo(alphaOfUnits(krippendorff2011, 'ordinal').alpha!, 12);
    expect(alphaOfUnits(stretched, 'interval').alpha).not.toBeCloseTo(alphaOfUnits(krippendorff2011, 'interval').alpha!, 3);
  });
});

// Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater reliability.
// Psychological Bulletin 86(2), 420–428, Table 2: 6 targets × 4 judges, and Table 4's ICCs.
const shroutFleissTable = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('intraclass correlations on Shrout & Fleiss (1979), 6 targets × 4 judges', () => {
  const icc = shroutFleiss(shroutFleissTable);
  it.each([
    ['ICC(1,1)', icc.icc11, 0.17],
    ['ICC(2,1)', icc.icc21, 0.29],
    ['ICC(3,1)', icc.icc31, 0.71],
    ['ICC(1,4)', icc.icc1k, 0.44],
    ['ICC(2,4)', icc.icc2k, 0.62],
    ['ICC(3,4)', icc.icc3k, 0.91],
  ])('%s = %f', (_name, value, expected) => expect(value.toFixed(2)).toBe(expected.toFixed(2)));

  const byExpert = (table: (number | null)[][]) => table.map((row) => new Map(row.flatMap((x, j) => (x === null ? [] : [[j + 1, x] as [number, number]]))));

  it('gives the same ICC(2,1) and ICC(2,4) for complete data from blocks', () => {
    const figure = iccOf(iccBlocksOf(byExpert(shroutFleissTable)));
    expect(figure.single).toBeCloseTo(icc.icc21, 12);
    expect(figure.average).toBeCloseTo(icc.icc2k, 12);
    expect(figure).toMatchObject({ units: 6, raters: 4 });
  });

  it('handles missing ratings by blocks of units with the same raters, and leaves out units rated once', () => {
    // The same six targets, then six more rated by two other judges; one more target rated once.
    const second = shroutFleissTable.map((row) => [null, null, null, null, row[0]! + 1, row[2]!]);
    const table = [...shroutFleissTable.map((row) => [...row, null, null]), ...second, [5, null, null, null, null, null]];
    const figure = iccOf(iccBlocksOf(byExpert(table)));
    expect(figure.units).toBe(12);
    expect(figure.raters).toBe(3);
    expect(figure.single).toBeGreaterThan(0);
    expect(figure.single).toBeLessThan(1);
    expect(figure.average).toBeGreaterThan(figure.single!);
  });

  it('is 1 when every judge gives every target the same score, and null when nothing varies', () => {
    expect(iccOf(iccBlocksOf(byExpert([[1, 1], [2, 2], [5, 5]]))).single).toBeCloseTo(1, 12);
    expect(iccOf(iccBlocksOf(byExpert([[3, 3], [3, 3]]))).single).toBeNull();
    expect(iccOf(iccBlocksOf(byExpert([[3, 4]]))).single).toBeNull();
  });
});
