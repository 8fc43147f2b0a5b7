// Computed results of a round: the ranking, and one enterprise's scores from the total down to each indicator.
import { z } from 'zod';
import { Industry } from './industry';
import { AdjustmentLine } from './adjustment';
import { Id, IdParam, ListTotal, Localized, PageQuery } from './common';
import { ResultsFreshness } from './derived';
import { IndicatorKind } from './framework';
import { Rectification } from './rectification';

/** One enterprise's line in the ranking. Scores are on 100 with two decimals; shares have four. */
export const ResultSummary = z.object({
  enterprise: z.object({ id: Id, name: z.string(), creditCode: z.string(), street: z.string(), industry: z.string() }),
  /** Weighted total of the indicators, before adjustments. */
  weightedTotal: z.number().nullable(),
  /** Confirmed bonuses and deductions, capped by the framework, added after the weighted total. */
  adjustmentTotal: z.number(),
  total: z.number().nullable(),
  /** The grade the total alone earns, and the grade after the veto cap. */
  bandGrade: z.string().nullable(),
  grade: z.string().nullable(),
  /** Codes of the failed mandatory indicators that capped the grade. */
  vetoCodes: z.array(z.string()),
  completeness: z.number().nullable(),
  scoredShare: z.number().nullable(),
  /** Some applicable indicators are not scored yet: the total covers only the scored ones. */
  provisional: z.boolean(),
  disagreementCount: z.number().int(),
  unsettledCount: z.number().int(),
  rankOverall: z.number().int().nullable(),
  rankStreet: z.number().int().nullable(),
  rankIndustry: z.number().int().nullable(),
  signedOff: z.boolean(),
});
export type ResultSummary = z.infer<typeof ResultSummary>;

/** Each enterprise's results are current with every change; ranks trail them by a refresh (ADR 001). */
export const ResultsMeta = z.object({ roundId: Id, freshness: ResultsFreshness });

export const ResultsQuery = PageQuery.extend({
  /** Which rank orders the list: overall, or within each street or industry. */
  by: z.enum(['overall', 'street', 'industry']).default('overall'),
  streetId: IdParam.optional(),
  industry: Industry.optional(),
  grade: z.string().trim().min(1).max(8).optional(),
});

export const ResultsPage = ResultsMeta.extend({ items: z.array(ResultSummary), nextCursor: z.string().nullable(), total: ListTotal });

/** How the experts' scores of an indicator come together for one enterprise. */
export const IndicatorOutcome = z.object({
  expertCount: z.number().int(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  /** The experts' consensus by the framework's method, before any settlement. */
  computedConsensus: z.number().nullable(),
  settled: z.boolean(),
  /** What counts: the settlement if there is one, else the computed consensus. */
  consensus: z.number().nullable(),
  rubricLevel: z.number().int().nullable(),
  disagreement: z.boolean(),
  failedMandatory: z.boolean(),
  belowRectification: z.boolean(),
});
export type IndicatorOutcome = z.infer<typeof IndicatorOutcome>;

export const IndicatorResult = z.object({
  id: Id,
  code: z.string(),
  name: Localized,
  kind: IndicatorKind,
  weight: z.number(),
  maxScore: z.number(),
  applicable: z.boolean(),
  ...IndicatorOutcome.shape,
  evidenceCount: z.number().int(),
  /** The same indicator code in the previous round, when there is one. */
  previousConsensus: z.number().nullable(),
});

const NodeResult = z.object({ id: Id, code: z.string(), name: Localized, weight: z.number(), score: z.number().nullable(), previousScore: z.number().nullable() });

export const EnterpriseResult = ResultsMeta.extend({
  summary: ResultSummary,
  dimensions: z.array(NodeResult.extend({ groups: z.array(NodeResult.extend({ indicators: z.array(IndicatorResult) })) })),
  /** The enterprise's latest earlier published round on the same framework (this or an older version). */
  previous: z
    .object({
      round: z.object({ id: Id, name: Localized, year: z.number().int() }),
      framework: z.object({ id: Id, version: z.number().int() }),
      total: z.number().nullable(),
      grade: z.string().nullable(),
      rankOverall: z.number().int().nullable(),
      rectifications: z.array(Rectification),
    })
    .nullable(),
  /** Tasks of this round (after publication). */
  rectifications: z.array(Rectification),
  /** The confirmed adjustments, one line per item, that make adjustmentTotal. */
  adjustments: z.array(AdjustmentLine),
  /** The framework's veto line: a mandatory indicator below this share of its max fails (vetoShortfall says by how much). */
  mandatoryFailRatio: z.number(),
});
export type EnterpriseResult = z.infer<typeof EnterpriseResult>;
