// Explanations agree with the veto: a mandatory indicator below its threshold is never labelled with a passing
// rubric phrase (the walk-through showed "5.5 / 10 基本达标" beside "一票否决"); it says the threshold and the shortfall.
import { describe, expect, it } from 'vitest';
import { vetoShortfall } from '../../shared/domain/scoring/veto';
import type { IndicatorNode } from '../../shared/schemas/round';
import { buildExplanation, type ExplanationParts } from '../../worker/domain/explanation';

const rubric = [
  { min: 0, label: { zh: '不达标', en: 'Not met' }, description: { zh: '未达到要求', en: 'Below' } },
  { min: 5, label: { zh: '基本达标', en: 'Mostly met' }, description: { zh: '基本达到要求', en: 'Mostly' } },
  { min: 8, label: { zh: '达标', en: 'Met' }, description: { zh: '达到要求', en: 'Met' } },
];

function parts(consensus: number, failedMandatory: boolean): ExplanationParts {
  const indicator = { id: 3, code: 'SAFE.1.1', name: { zh: '安全生产', en: 'Safety' }, kind: 'mandatory', maxScore: 10, applicable: true, consensus, rubricLevel: consensus >= 8 ? 2 : consensus >= 5 ? 1 : 0, failedMandatory };
  const tree = [{ id: 3, rubric } as unknown as IndicatorNode];
  const result = { summary: {}, dimensions: [{ groups: [{ indicators: [indicator] }] }] } as unknown as ExplanationParts['result'];
  return { roundId: 1, result, adjustments: [], tree, scores: { items: [], settlements: [] }, evidence: [], mandatoryFailRatio: 0.6 };
}

describe('buildExplanation beside the veto', () => {
  it('explains 5.5 of 10 under a 60 % veto by its threshold and shortfall, not by the level "基本达标"', () => {
    const [safety] = buildExplanation(parts(5.5, true)).indicators;
    expect(safety!.rubricLevel).toBeNull();
    expect(safety!.veto).toEqual({ threshold: 6, missedBy: 0.5 });
    expect(JSON.stringify(safety)).not.toContain('基本达标');
  });

  it('keeps the rubric level of an indicator that passed', () => {
    const [safety] = buildExplanation(parts(8.5, false)).indicators;
    expect(safety!.rubricLevel).toMatchObject({ index: 2, label: { zh: '达标' } });
    expect(safety!.veto).toBeNull();
  });
});

describe('vetoShortfall', () => {
  it.each([
    [5.5, 10, 0.6, { threshold: 6, missedBy: 0.5 }],
    [0, 10, 0.6, { threshold: 6, missedBy: 6 }],
    [2.3333, 5, 0.6, { threshold: 3, missedBy: 0.6667 }],
    [59.99, 100, 0.6, { threshold: 60, missedBy: 0.01 }],
  ])('%s of %s at %s', (consensus, max, ratio, expected) => expect(vetoShortfall(consensus, max, ratio)).toEqual(expected));
});
