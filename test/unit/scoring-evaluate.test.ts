// Hand-worked evaluations on a five-indicator framework; every figure below is worked out in the comments.
import { describe, expect, it } from 'vitest';
import { evaluateEnterprise, evaluateRound, type EnterpriseInputs, type ScoringFramework } from '../../shared/domain/scoring/evaluate';

// D1 (60): G1 (1) = I1 mandatory w3 /10, I2 w1 /10; G2 (1) = I3 w1 /20.  D2 (40): G3 (1) = I4 w1 /10, I5 special(construction) w1 /10.
const framework: ScoringFramework = {
  dimensions: [
    { id: 1, code: 'D1', parentId: null, weight: 60 },
    { id: 2, code: 'D2', parentId: null, weight: 40 },
  ],
  groups: [
    { id: 11, code: 'D1.1', parentId: 1, weight: 1 },
    { id: 12, code: 'D1.2', parentId: 1, weight: 1 },
    { id: 21, code: 'D2.1', parentId: 2, weight: 1 },
  ],
  indicators: [
    { id: 101, code: 'D1.1.1', groupId: 11, kind: 'mandatory', industries: [], weight: 3, maxScore: 10 },
    { id: 102, code: 'D1.1.2', groupId: 11, kind: 'voluntary', industries: [], weight: 1, maxScore: 10 },
    { id: 103, code: 'D1.2.1', groupId: 12, kind: 'voluntary', industries: [], weight: 1, maxScore: 20 },
    { id: 104, code: 'D2.1.1', groupId: 21, kind: 'voluntary', industries: [], weight: 1, maxScore: 10 },
    { id: 105, code: 'D2.1.2', groupId: 21, kind: 'special', industries: ['construction'], weight: 1, maxScore: 10 },
  ],
  settings: {
    gradeBands: [
      { grade: 'A', minTotal: 80, label: { zh: '优', en: 'Good' } },
      { grade: 'B', minTotal: 60, label: { zh: '中', en: 'Fair' } },
      { grade: 'C', minTotal: 0, label: { zh: '差', en: 'Poor' } },
    ],
    consensus: { method: 'median', trimFraction: 0.2, disagreementThreshold: 0.3 },
    mandatoryFailRatio: 0.6,
    vetoGrade: 'C',
    rectificationRatio: 0.6,
    // Two bonus items and two deductions; the net effect is capped at ±10.
    adjustments: [
      { code: 'AWARD_CITY', name: { zh: '市级荣誉', en: 'City award' }, guidance: { zh: '证书', en: 'Certificate' }, direction: 'bonus', points: 2, capPerEnterprise: 4 },
      { code: 'AWARD_NATIONAL', name: { zh: '国家级荣誉', en: 'National award' }, guidance: { zh: '证书', en: 'Certificate' }, direction: 'bonus', points: 5, capPerEnterprise: 8 },
      { code: 'MEDIA_VIOLATION', name: { zh: '媒体曝光', en: 'Media exposure' }, guidance: { zh: '报道', en: 'Report' }, direction: 'deduction', points: 3, capPerEnterprise: 6 },
      { code: 'SAFETY', name: { zh: '安全事故', en: 'Safety accident' }, guidance: { zh: '通报', en: 'Notice' }, direction: 'deduction', points: 2.5, capPerEnterprise: 20 },
    ],
    adjustmentsCap: 10,
  },
};

const one = (values: Record<number, number>) => Object.entries(values).map(([id, value]) => ({ indicatorId: Number(id), value }));
const inputs = (over: Partial<EnterpriseInputs> = {}): EnterpriseInputs => ({
  enterpriseId: 1,
  industry: 'manufacturing',
  street: '安亭镇',
  scores: [],
  settlements: [],
  evidence: [],
  ...over,
});
const withMethod = (method: 'median' | 'mean' | 'trimmed_mean'): ScoringFramework => ({
  ...framework,
  settings: { ...framework.settings, consensus: { ...framework.settings.consensus, method } },
});

describe('evaluateEnterprise: hand-worked totals', () => {
  it.each([
    // G1 = 100 × (3×0.8 + 1×0.4)/4 = 70; G2 = 100 × 15/20 = 75; D1 = 72.5; G3 = 90 (I5 not applicable); D2 = 90;
    // total = (60×72.5 + 40×90)/100 = 79.5 → B.
    ['one expert, special not applicable', { scores: one({ 101: 8, 102: 4, 103: 15, 104: 9 }) }, { weightedTotal: 79.5, total: 79.5, grade: 'B', d1: 72.5, d2: 90 }],
    // I5 applies to construction: G3 = 100 × (0.9 + 0.5)/2 = 70; total = 43.5 + 28 = 71.5 → B.
    ['special applicable', { industry: 'construction', scores: one({ 101: 8, 102: 4, 103: 15, 104: 9, 105: 5 }) }, { weightedTotal: 71.5, total: 71.5, grade: 'B', d1: 72.5, d2: 70 }],
    // Unscored I2, I3 drop out: G1 = 80, G2 none, D1 = 80 (G2's weight goes to G1); D2 = 90; total = 48 + 36 = 84 → A.
    ['unscored indicators renormalised', { scores: one({ 101: 8, 104: 9 }) }, { weightedTotal: 84, total: 84, grade: 'A', d1: 80, d2: 90 }],
    // Only D2 has a score: the total is D2's score alone.
    ['one dimension scored', { scores: one({ 104: 6 }) }, { weightedTotal: 60, total: 60, grade: 'B', d1: null, d2: 60 }],
    // Thirds: G1 = 100 × (3×(20/3)/10 + 0)/4 = 50; G2 = 100 × (40/3)/20 = 66.67; D1 = 58.335 → 58.34; G3 = 33.33 → D2 = 33.33;
    // total = (60×58.34 + 40×33.33)/100 = 35.004 + 13.332 = 48.336 → 48.34.
    ['rounding at each level', { scores: one({ 101: 20 / 3, 102: 0, 103: 40 / 3, 104: 10 / 3 }) }, { weightedTotal: 48.34, total: 48.34, grade: 'C', d1: 58.34, d2: 33.33 }],
  ] as const)('%s', (_name, over, expected) => {
    const result = evaluateEnterprise(framework, inputs(over));
    expect(result).toMatchObject({ weightedTotal: expected.weightedTotal, adjustmentTotal: 0, total: expected.total, grade: expected.grade });
    const dimension = (id: number) => result.nodes.find((n) => n.indicatorId === id)?.score ?? null;
    expect(dimension(1)).toBe(expected.d1);
    expect(dimension(2)).toBe(expected.d2);
  });
});

describe('evaluateEnterprise: the one-vote veto', () => {
  // I1 = 5 < 0.6 × 10 fails. G1 = 100 × (1.5 + 1)/4 = 62.5; G2 = 100; D1 = 81.25; D2 = 100; total = 48.75 + 40 = 88.75: band A, capped to C.
  const result = evaluateEnterprise(framework, inputs({ scores: one({ 101: 5, 102: 10, 103: 20, 104: 10 }) }));
  it('caps the grade whatever the total and names the failed indicator', () => {
    expect(result).toMatchObject({ total: 88.75, bandGrade: 'A', grade: 'C', gradeIndex: 2, vetoCodes: ['D1.1.1'] });
  });
  it('does not fail a mandatory indicator scored exactly at the line', () => {
    const atLine = evaluateEnterprise(framework, inputs({ scores: one({ 101: 6, 102: 10, 103: 20, 104: 10 }) }));
    expect(atLine).toMatchObject({ vetoCodes: [], grade: 'A' });
    expect(atLine.indicators[0]).toMatchObject({ failedMandatory: false, belowRectification: false });
  });
  it('marks the failed indicator and the weak ones for rectification', () => {
    expect(result.indicators.map((o) => [o.failedMandatory, o.belowRectification])).toEqual([
      [true, true],
      [false, false],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });
  it('is lifted by a settlement at the line', () => {
    const settled = evaluateEnterprise(framework, inputs({ scores: one({ 101: 5, 102: 10, 103: 20, 104: 10 }), settlements: one({ 101: 6 }) }));
    expect(settled).toMatchObject({ vetoCodes: [], grade: 'A' });
  });
});

describe('evaluateEnterprise: adjustments after the weighted total', () => {
  // The weighted total of every case below is 79.5 (B): see 'one expert, special not applicable' above.
  const scores = one({ 101: 8, 102: 4, 103: 15, 104: 9 });
  const items = (...list: [string, number][]) => list.map(([code, occurrences]) => ({ code, occurrences }));
  it.each([
    // One city award: +2 → 81.5, A.
    ['one city award', items(['AWARD_CITY', 1]), 2, 81.5, 'A', [['AWARD_CITY', 2, false]]],
    // Three city awards earn 6, capped at the item's 4 → 83.5.
    ['an item capped per enterprise', items(['AWARD_CITY', 3]), 4, 83.5, 'A', [['AWARD_CITY', 4, true]]],
    // Two rows of the same item add up before the cap: 1 + 2 national awards = 15, capped at 8; with the city's 2 the
    // net 10 is exactly the overall cap → 89.5.
    ['rows of one item add up before its cap', items(['AWARD_NATIONAL', 1], ['AWARD_NATIONAL', 2], ['AWARD_CITY', 1]), 10, 89.5, 'A', [['AWARD_CITY', 2, false], ['AWARD_NATIONAL', 8, true]]],
    // 8 + 4 = 12 in bonuses is capped overall at 10 → 89.5.
    ['the net effect capped overall', items(['AWARD_NATIONAL', 2], ['AWARD_CITY', 2]), 10, 89.5, 'A', [['AWARD_CITY', 4, false], ['AWARD_NATIONAL', 8, true]]],
    // A deduction: two media exposures = −6 → 73.5, B.
    ['a deduction', items(['MEDIA_VIOLATION', 2]), -6, 73.5, 'B', [['MEDIA_VIOLATION', -6, false]]],
    // Bonuses and deductions net out: +5 − 3 − 2.5 = −0.5 → 79.
    ['bonuses and deductions net out', items(['AWARD_NATIONAL', 1], ['MEDIA_VIOLATION', 1], ['SAFETY', 1]), -0.5, 79, 'B', [['AWARD_NATIONAL', 5, false], ['MEDIA_VIOLATION', -3, false], ['SAFETY', -2.5, false]]],
    // Five safety accidents: −12.5 (under the item's cap of 20), capped overall at −10 → 69.5, B.
    ['deductions capped overall', items(['SAFETY', 5]), -10, 69.5, 'B', [['SAFETY', -12.5, false]]],
    // A code the framework does not define (a stale claim) counts for nothing.
    ['an unknown item counts for nothing', items(['NOT_IN_FRAMEWORK', 3]), 0, 79.5, 'B', []],
  ] as const)('%s', (_name, adjustments, adjustmentTotal, total, grade, lines) => {
    const result = evaluateEnterprise(framework, inputs({ scores, adjustments }));
    expect(result).toMatchObject({ weightedTotal: 79.5, adjustmentTotal, total, grade });
    expect(result.adjustments.map((l) => [l.code, l.points, l.capped])).toEqual(lines);
  });

  it('keeps the total within 0 and 100', () => {
    const full = evaluateEnterprise(framework, inputs({ scores: one({ 101: 10, 102: 10, 103: 20, 104: 10 }), adjustments: items(['AWARD_NATIONAL', 1]) }));
    expect(full).toMatchObject({ weightedTotal: 100, adjustmentTotal: 5, total: 100 });
    const empty = evaluateEnterprise(framework, inputs({ scores: one({ 101: 6, 102: 0, 103: 0, 104: 0 }), adjustments: items(['SAFETY', 4]) }));
    // G1 = 100 × 1.8/4 = 45, G2 = 0, D1 = 22.5, D2 = 0: 13.5 − 10 = 3.5.
    expect(empty).toMatchObject({ weightedTotal: 13.5, adjustmentTotal: -10, total: 3.5 });
    const zero = evaluateEnterprise(framework, inputs({ scores: one({ 101: 0, 102: 0, 103: 0, 104: 0 }), adjustments: items(['SAFETY', 1]) }));
    expect(zero).toMatchObject({ weightedTotal: 0, adjustmentTotal: -2.5, total: 0 });
  });

  it('still caps the grade of a vetoed enterprise that an award lifts to the top band', () => {
    // 88.75 (I1 failed, see the veto above) + 5 = 93.75: band A, capped to C by the veto.
    const result = evaluateEnterprise(framework, inputs({ scores: one({ 101: 5, 102: 10, 103: 20, 104: 10 }), adjustments: items(['AWARD_NATIONAL', 1]) }));
    expect(result).toMatchObject({ total: 93.75, bandGrade: 'A', grade: 'C', vetoCodes: ['D1.1.1'] });
  });

  it('makes no total from adjustments alone', () => {
    expect(evaluateEnterprise(framework, inputs({ adjustments: items(['AWARD_NATIONAL', 1]) }))).toMatchObject({ weightedTotal: null, adjustmentTotal: 5, total: null, grade: null });
  });
});

describe('evaluateEnterprise: experts and consensus', () => {
  const three = [...one({ 101: 4 }), ...one({ 101: 8 }), ...one({ 101: 9 }), ...one({ 102: 3 }), ...one({ 102: 4 }), ...one({ 102: 8 })];
  it.each([
    // median: I1 = 8, I2 = 4
    ['median', 8, 4],
    // mean: I1 = 7, I2 = 5
    ['mean', 7, 5],
    // trimmed mean of 3 with 0.2: floor(0.6) = 0, nothing trimmed, same as the mean
    ['trimmed_mean', 7, 5],
  ] as const)('%s', (method, i1, i2) => {
    const result = evaluateEnterprise(withMethod(method), inputs({ scores: three }));
    expect(result.indicators[0]).toMatchObject({ consensus: i1, expertCount: 3, minValue: 4, maxValue: 9, disagreement: true, settled: false });
    expect(result.indicators[1]).toMatchObject({ consensus: i2, disagreement: true });
    expect(result).toMatchObject({ disagreementCount: 2, unsettledCount: 2 });
  });

  it('keeps the computed consensus beside a settlement and counts the disagreement as settled', () => {
    const result = evaluateEnterprise(framework, inputs({ scores: three, settlements: one({ 101: 7 }) }));
    expect(result.indicators[0]).toMatchObject({ computedConsensus: 8, consensus: 7, settled: true, disagreement: true });
    expect(result).toMatchObject({ disagreementCount: 2, unsettledCount: 1 });
  });

  it('trims the extremes of five experts', () => {
    const five = [1, 6, 7, 8, 10].map((value) => ({ indicatorId: 104, value }));
    expect(evaluateEnterprise(withMethod('trimmed_mean'), inputs({ scores: five })).indicators[3]).toMatchObject({ consensus: 7, expertCount: 5 });
  });

  it('takes one expert as they are, without disagreement', () => {
    const result = evaluateEnterprise(framework, inputs({ scores: one({ 101: 3 }) }));
    expect(result.indicators[0]).toMatchObject({ consensus: 3, disagreement: false, expertCount: 1 });
  });

  it('has no total, grade or rank when no expert scored', () => {
    const result = evaluateEnterprise(framework, inputs({ evidence: [101] }));
    expect(result).toMatchObject({ weightedTotal: null, total: null, grade: null, gradeIndex: null, scoredShare: 0, provisional: true, completeness: 0.25, nodes: [] });
  });
});

describe('evaluateEnterprise: completeness and scored share', () => {
  it('counts applicable indicators with evidence, once each', () => {
    const result = evaluateEnterprise(framework, inputs({ scores: one({ 101: 8, 102: 4 }), evidence: [101, 101, 103, 105] }));
    // I5 does not apply to manufacturing, so 2 of 4 applicable indicators have evidence; 2 of 4 are scored.
    expect(result).toMatchObject({ applicableCount: 4, evidencedCount: 2, completeness: 0.5, scoredCount: 2, scoredShare: 0.5, provisional: true });
    expect(result.indicators[0]!.evidenceCount).toBe(2);
  });

  it('is final when every applicable indicator is scored', () => {
    const result = evaluateEnterprise(framework, inputs({ scores: one({ 101: 8, 102: 4, 103: 15, 104: 9 }) }));
    expect(result).toMatchObject({ scoredShare: 1, provisional: false });
  });

  it('has nothing to score when no indicator applies', () => {
    const onlySpecial: ScoringFramework = { ...framework, indicators: framework.indicators.filter((i) => i.kind === 'special') };
    const result = evaluateEnterprise(onlySpecial, inputs({ scores: one({ 105: 9 }) }));
    expect(result).toMatchObject({ applicableCount: 0, completeness: null, scoredShare: null, total: null, grade: null, provisional: true });
    expect(result.indicators[0]).toMatchObject({ applicable: false, consensus: null, expertCount: 1 });
  });
});

describe('evaluateRound: ranks', () => {
  const enterprises = [
    inputs({ enterpriseId: 1, street: 'S1', industry: 'manufacturing', scores: one({ 101: 8, 102: 4, 103: 15, 104: 9 }) }), // 79.5 B
    inputs({ enterpriseId: 2, street: 'S2', industry: 'manufacturing', scores: one({ 101: 8, 102: 4, 103: 15, 104: 9 }) }), // 79.5 B
    inputs({ enterpriseId: 3, street: 'S1', industry: 'food', scores: one({ 101: 5, 102: 10, 103: 20, 104: 10 }) }), // 88.75 vetoed C
    inputs({ enterpriseId: 4, street: 'S1', industry: 'food' }), // no scores
    inputs({ enterpriseId: 5, street: 'S2', industry: 'food', scores: one({ 101: 8, 104: 9 }) }), // 84 A
  ];
  const results = evaluateRound(framework, enterprises);
  const ranks = (key: 'rankOverall' | 'rankStreet' | 'rankIndustry') => results.map((r) => r[key]);

  it('ranks by grade first, then total, with ties sharing a rank (1224)', () => expect(ranks('rankOverall')).toEqual([2, 2, 4, null, 1]));
  it('ranks within streets', () => expect(ranks('rankStreet')).toEqual([1, 2, 2, null, 1]));
  it('ranks within industries', () => expect(ranks('rankIndustry')).toEqual([1, 1, 2, null, 1]));
});
