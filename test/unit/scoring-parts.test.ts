import { describe, expect, it } from 'vitest';
import { countsAsEvidence, isApplicable } from '../../shared/domain/scoring/applicability';
import { consensus, disagrees } from '../../shared/domain/scoring/consensus';
import { bandIndex, cappedGradeIndex } from '../../shared/domain/scoring/grade';
import { competitionRanks, partitionedRanks } from '../../shared/domain/scoring/rank';
import { weightedAverage } from '../../shared/domain/scoring/roll-up';
import { roundScore } from '../../shared/domain/scoring/rounding';
import { rubricLevelFor } from '../../shared/domain/scoring/rubric';

describe('consensus', () => {
  it.each([
    ['median', [], null],
    ['median', [7], 7],
    ['median', [6, 8], 7],
    ['median', [9, 5, 6], 6],
    ['median', [10, 1, 3, 2], 2.5],
    ['mean', [7], 7],
    ['mean', [6, 7, 8], 7],
    ['mean', [5, 6], 5.5],
    ['mean', [1, 2, 3, 10], 4],
    ['trimmed_mean', [3], 3],
    ['trimmed_mean', [1, 2, 3, 10], 4], // floor(4 × 0.2) = 0: nothing trimmed
    ['trimmed_mean', [20, 1, 6, 7, 8], 7], // floor(5 × 0.2) = 1 at each end: mean of 6, 7, 8
    ['trimmed_mean', [1, 5, 6, 7, 8, 9, 10, 2, 4, 30], 6.5], // 10 scores: 2 cut at each end, mean of 4…9
  ] as const)('%s of %j is %s', (method, values, expected) => {
    expect(consensus([...values], method, 0.2)).toBe(expected);
  });

  it('trims a quarter of four scores to the middle two', () => expect(consensus([1, 2, 3, 10], 'trimmed_mean', 0.25)).toBe(2.5));
});

describe('disagrees', () => {
  it.each([
    [[], false],
    [[9], false],
    [[5, 8], false], // spread 3 is not more than 0.3 × 10
    [[4, 8], true],
    [[2, 5, 4], false],
    [[2, 6, 4], true],
  ])('%j on a 10-point indicator: %s', (values, expected) => expect(disagrees(values, 10, 0.3)).toBe(expected));
});

describe('isApplicable and countsAsEvidence', () => {
  it.each([
    ['mandatory', [], 'food', true],
    ['voluntary', [], 'food', true],
    ['special', ['construction'], 'construction', true],
    ['special', ['construction', 'chemicals'], 'chemicals', true],
    ['special', ['construction'], 'food', false],
  ] as const)('%s %j for %s: %s', (kind, industries, industry, expected) => expect(isApplicable({ kind, industries }, industry)).toBe(expected));

  const figures = { basis: 'figures', maxAgeMonths: 24 } as const;
  const certificate = { basis: 'certificate' } as const;
  const dated = { publishedOn: null, capturedAt: '2026-11-18T10:00:00.000Z' };
  it.each([
    [{ status: 'accepted', deletedAt: null, expiresOn: null }, null, true],
    [{ status: 'accepted', deletedAt: null, expiresOn: '2026-11-30' }, null, true],
    [{ status: 'accepted', deletedAt: null, expiresOn: '2026-11-29' }, null, false],
    [{ status: 'accepted', deletedAt: '2026-11-01T00:00:00Z', expiresOn: null }, null, false],
    [{ status: 'pending', deletedAt: null, expiresOn: null }, null, false],
    [{ status: 'rejected', deletedAt: null, expiresOn: null }, null, false],
    // Figures at most 24 months old, dated from publication: 2024-11-30 + 24 months is the last day.
    [{ status: 'accepted', deletedAt: null, expiresOn: null, publishedOn: '2024-11-30' }, figures, true],
    [{ status: 'accepted', deletedAt: null, expiresOn: null, publishedOn: '2024-11-29' }, figures, false],
    // Without a publication date, from the capture day.
    [{ status: 'accepted', deletedAt: null, expiresOn: null }, figures, true],
    // A certificate counts until the expiry date on it, however old.
    [{ status: 'accepted', deletedAt: null, expiresOn: '2027-01-01', publishedOn: '2015-01-01' }, certificate, true],
    [{ status: 'accepted', deletedAt: null, expiresOn: '2026-11-29', publishedOn: '2026-01-01' }, certificate, false],
  ] as const)('%j with validity %j counts on 2026-11-30: %s', (item, validity, expected) =>
    expect(countsAsEvidence({ ...dated, ...item }, validity, '2026-11-30')).toBe(expected),
  );
});

describe('rubricLevelFor', () => {
  const rubric = [{ min: 0 }, { min: 4 }, { min: 6 }, { min: 8 }];
  it.each([
    [0, 0],
    [3.9, 0],
    [4, 1],
    [7.5, 2],
    [8, 3],
    [10, 3],
  ])('%s is level %s', (value, level) => expect(rubricLevelFor(rubric, value)).toBe(level));
});

describe('grades', () => {
  const bands = [{ minTotal: 90 }, { minTotal: 80 }, { minTotal: 70 }, { minTotal: 60 }, { minTotal: 0 }];
  it.each([
    [100, 0],
    [90, 0],
    [89.99, 1],
    [70, 2],
    [60, 3],
    [59.99, 4],
    [0, 4],
  ])('a total of %s is in band %s', (total, band) => expect(bandIndex(bands, total)).toBe(band));

  it.each([
    [0, 4, true, 4],
    [4, 4, true, 4],
    [1, 4, false, 1],
    [4, 3, true, 4], // a grade already below the cap stays
    [2, 3, true, 3],
  ])('band %s with veto grade %s, vetoed %s: %s', (band, veto, vetoed, expected) => expect(cappedGradeIndex(band, veto, vetoed)).toBe(expected));
});

describe('competitionRanks', () => {
  it.each([
    [[90, 85, 85, 70], [1, 2, 2, 4]],
    [[70, 85, 90, 85], [4, 2, 1, 2]],
    [[80, 80, 80], [1, 1, 1]],
    [[null, 80, 80, 60], [null, 1, 1, 3]],
    [[null], [null]],
    [[], []],
  ])('totals %j rank %j', (totals, ranks) => {
    expect(competitionRanks(totals, (t) => (t === null ? null : [-t]))).toEqual(ranks);
  });

  it('orders by every element of the key: a better grade beats a higher total', () => {
    expect(competitionRanks([[4, -95], [0, -80], [0, -80], [1, -99]], (k) => k)).toEqual([4, 1, 1, 3]);
  });

  it('ranks inside each partition', () => {
    const items = [
      { street: 'a', total: 80 },
      { street: 'b', total: 90 },
      { street: 'a', total: 85 },
      { street: 'a', total: 80 },
    ];
    expect(partitionedRanks(items, (i) => i.street, (i) => [-i.total])).toEqual([2, 1, 1, 2]);
  });
});

describe('weightedAverage', () => {
  it.each([
    [[{ weight: 3, score: 0.8 }, { weight: 1, score: 0.4 }], 0.7],
    [[{ weight: 3, score: null }, { weight: 1, score: 0.4 }], 0.4], // renormalised to what is scored
    [[{ weight: 2, score: 60 }, { weight: 2, score: 80 }, { weight: 1, score: null }], 70],
    [[{ weight: 1, score: null }], null],
    [[], null],
  ])('%j → %s', (parts, expected) => {
    const average = weightedAverage(parts);
    if (expected === null) expect(average).toBeNull();
    else expect(average).toBeCloseTo(expected, 12);
  });
});

describe('roundScore', () => {
  it.each([
    [72.125, 2, 72.13],
    [72.1249, 2, 72.12],
    [1.005, 2, 1.01], // rounds the decimal the user reads, not the binary just below it
    [99.995, 2, 100],
    [0, 2, 0],
    [7.33333333, 4, 7.3333],
    [6.66666666, 4, 6.6667],
  ])('%s to %s decimals is %s', (value, digits, expected) => expect(roundScore(value, digits)).toBe(expected));

  it('lands on the same value from either side of float noise', () => {
    expect(roundScore(72.125 - 1e-12, 2)).toBe(roundScore(72.125 + 1e-12, 2));
  });
});
