// The reference evaluation of a round, as pure functions: indicator consensus and flags, weighted roll-up
// to groups, dimensions and the total, the veto, the grade, ranks and completeness. The worker computes
// the same results with SQL aggregates; a worker test checks both agree for every enterprise.
import type { FrameworkSettings } from '../../schemas/framework';
import { adjustmentLines, netAdjustment, type AdjustmentItem, type AdjustmentLine } from './adjustments';
import { isApplicable } from './applicability';
import { consensus, disagrees } from './consensus';
import { bandIndex, cappedGradeIndex } from './grade';
import { competitionRanks, partitionedRanks } from './rank';
import { weightedAverage } from './roll-up';
import { round2, round4 } from './rounding';

export type ScoringIndicator = {
  id: number;
  code: string;
  groupId: number;
  kind: 'mandatory' | 'voluntary' | 'special';
  industries: readonly string[];
  weight: number;
  maxScore: number;
};
/** A dimension (parentId null) or a second-level group (parentId = its dimension). */
export type ScoringNode = { id: number; code: string; parentId: number | null; weight: number };

export type ScoringFramework = {
  dimensions: readonly ScoringNode[];
  groups: readonly ScoringNode[];
  indicators: readonly ScoringIndicator[];
  settings: Pick<FrameworkSettings, 'gradeBands' | 'consensus' | 'mandatoryFailRatio' | 'vetoGrade' | 'rectificationRatio' | 'adjustments' | 'adjustmentsCap'>;
};

export type EnterpriseInputs = {
  enterpriseId: number;
  industry: string;
  street: string;
  /** Every expert's score of this enterprise. */
  scores: readonly { indicatorId: number; value: number }[];
  settlements: readonly { indicatorId: number; value: number }[];
  /** Indicator ids of the evidence items that count (accepted, live, within their validity), one entry per item. */
  evidence: readonly number[];
  /** Confirmed adjustments (awards, violations); none when absent. */
  adjustments?: readonly AdjustmentItem[];
};

export type IndicatorOutcome = {
  indicatorId: number;
  applicable: boolean;
  expertCount: number;
  minValue: number | null;
  maxValue: number | null;
  computedConsensus: number | null;
  settled: boolean;
  consensus: number | null;
  disagreement: boolean;
  failedMandatory: boolean;
  belowRectification: boolean;
  evidenceCount: number;
};

export type EnterpriseEvaluation = {
  enterpriseId: number;
  street: string;
  industry: string;
  indicators: IndicatorOutcome[];
  /** Groups and dimensions that have a score, on 100. */
  nodes: { indicatorId: number; level: 1 | 2; score: number }[];
  weightedTotal: number | null;
  /** The adjustments, one line per item, and their capped net effect, added after the weighted total. */
  adjustments: AdjustmentLine[];
  adjustmentTotal: number;
  total: number | null;
  bandGrade: string | null;
  grade: string | null;
  gradeIndex: number | null;
  vetoCodes: string[];
  applicableCount: number;
  scoredCount: number;
  evidencedCount: number;
  completeness: number | null;
  scoredShare: number | null;
  provisional: boolean;
  disagreementCount: number;
  unsettledCount: number;
};

export type EnterpriseResult = EnterpriseEvaluation & { rankOverall: number | null; rankStreet: number | null; rankIndustry: number | null };

function evaluateIndicator(framework: ScoringFramework, indicator: ScoringIndicator, inputs: EnterpriseInputs): IndicatorOutcome {
  const { consensus: method, mandatoryFailRatio, rectificationRatio } = framework.settings;
  const applicable = isApplicable(indicator, inputs.industry);
  const values = inputs.scores.filter((s) => s.indicatorId === indicator.id).map((s) => s.value);
  const computed = consensus(values, method.method, method.trimFraction);
  const settlement = inputs.settlements.find((s) => s.indicatorId === indicator.id);
  const final = applicable ? (settlement?.value ?? computed) : null;
  const value = final === null ? null : round4(final);
  return {
    indicatorId: indicator.id,
    applicable,
    expertCount: values.length,
    minValue: values.length ? Math.min(...values) : null,
    maxValue: values.length ? Math.max(...values) : null,
    computedConsensus: computed === null ? null : round4(computed),
    settled: settlement !== undefined,
    consensus: value,
    disagreement: disagrees(values, indicator.maxScore, method.disagreementThreshold),
    failedMandatory: value !== null && indicator.kind === 'mandatory' && value < mandatoryFailRatio * indicator.maxScore,
    belowRectification: value !== null && value < rectificationRatio * indicator.maxScore,
    evidenceCount: inputs.evidence.filter((id) => id === indicator.id).length,
  };
}

const share = (part: number, whole: number) => (whole === 0 ? null : round4(part / whole));

export function evaluateEnterprise(framework: ScoringFramework, inputs: EnterpriseInputs): EnterpriseEvaluation {
  const { gradeBands, vetoGrade } = framework.settings;
  const indicators = framework.indicators.map((indicator) => evaluateIndicator(framework, indicator, inputs));
  const outcome = new Map(indicators.map((o) => [o.indicatorId, o]));

  const groupScores = new Map<number, number | null>();
  for (const group of framework.groups) {
    const parts = framework.indicators
      .filter((i) => i.groupId === group.id)
      .map((i) => {
        const value = outcome.get(i.id)!.consensus;
        return { weight: i.weight, score: value === null ? null : value / i.maxScore };
      });
    const average = weightedAverage(parts);
    groupScores.set(group.id, average === null ? null : round2(100 * average));
  }
  const dimensionScores = new Map<number, number | null>();
  for (const dimension of framework.dimensions) {
    const parts = framework.groups.filter((g) => g.parentId === dimension.id).map((g) => ({ weight: g.weight, score: groupScores.get(g.id)! }));
    const average = weightedAverage(parts);
    dimensionScores.set(dimension.id, average === null ? null : round2(average));
  }
  const average = weightedAverage(framework.dimensions.map((d) => ({ weight: d.weight, score: dimensionScores.get(d.id)! })));
  const weightedTotal = average === null ? null : round2(average);
  const adjustments = adjustmentLines(framework.settings.adjustments, inputs.adjustments ?? []);
  const adjustmentTotal = netAdjustment(adjustments, framework.settings.adjustmentsCap).total;
  // Adjustments move a total, never make one: an enterprise with nothing scored has none.
  const total = weightedTotal === null ? null : round2(Math.min(100, Math.max(0, weightedTotal + adjustmentTotal)));

  const vetoCodes = framework.indicators.filter((i) => outcome.get(i.id)!.failedMandatory).map((i) => i.code);
  const band = total === null ? null : bandIndex(gradeBands, total);
  const vetoIndex = gradeBands.findIndex((b) => b.grade === vetoGrade);
  const gradeIndex = band === null ? null : cappedGradeIndex(band, vetoIndex, vetoCodes.length > 0);

  const applicable = indicators.filter((o) => o.applicable);
  const scoredCount = applicable.filter((o) => o.consensus !== null).length;
  const evidencedCount = applicable.filter((o) => o.evidenceCount > 0).length;
  const disagreeing = applicable.filter((o) => o.disagreement);
  const nodes = [
    ...[...groupScores].filter(([, s]) => s !== null).map(([id, s]) => ({ indicatorId: id, level: 2 as const, score: s! })),
    ...[...dimensionScores].filter(([, s]) => s !== null).map(([id, s]) => ({ indicatorId: id, level: 1 as const, score: s! })),
  ];
  return {
    enterpriseId: inputs.enterpriseId,
    street: inputs.street,
    industry: inputs.industry,
    indicators,
    nodes,
    weightedTotal,
    adjustments,
    adjustmentTotal,
    total,
    bandGrade: band === null ? null : gradeBands[band]!.grade,
    grade: gradeIndex === null ? null : gradeBands[gradeIndex]!.grade,
    gradeIndex,
    vetoCodes,
    applicableCount: applicable.length,
    scoredCount,
    evidencedCount,
    completeness: share(evidencedCount, applicable.length),
    scoredShare: share(scoredCount, applicable.length),
    provisional: scoredCount < applicable.length || applicable.length === 0,
    disagreementCount: disagreeing.length,
    unsettledCount: disagreeing.filter((o) => !o.settled).length,
  };
}

/** Better grade first, then higher total; enterprises without a total are not ranked. */
const rankKey = (e: EnterpriseEvaluation) => (e.gradeIndex === null || e.total === null ? null : [e.gradeIndex, -e.total]);

export function evaluateRound(framework: ScoringFramework, enterprises: readonly EnterpriseInputs[]): EnterpriseResult[] {
  const evaluations = enterprises.map((inputs) => evaluateEnterprise(framework, inputs));
  const overall = competitionRanks(evaluations, rankKey);
  const byStreet = partitionedRanks(evaluations, (e) => e.street, rankKey);
  const byIndustry = partitionedRanks(evaluations, (e) => e.industry, rankKey);
  return evaluations.map((e, i) => ({ ...e, rankOverall: overall[i]!, rankStreet: byStreet[i]!, rankIndustry: byIndustry[i]! }));
}
