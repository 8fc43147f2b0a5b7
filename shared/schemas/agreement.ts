// Inter-rater agreement of a round: Krippendorff's alpha with the metric the scores fit (scores as shares of each
// indicator's max) and the intraclass correlation ICC(2,1) and ICC(2,k), per indicator across enterprises, per
// dimension, for the round and per expert, with the counts behind them.
import { z } from 'zod';
import { Id, IdParam, Localized } from './common';
import { Freshness } from './derived';
import { AgreementMetric } from './framework';

/**
 * ICC(2,1) and ICC(2,k): two-way random, absolute agreement, over `units` rated at least twice by `raters`
 * experts on average; missing ratings handled by blocks of units with the same experts (shared/domain/agreement/icc.ts).
 */
export const IccFigure = z.object({ single: z.number().nullable(), average: z.number().nullable(), units: z.number().int(), raters: z.number() });

/** Alpha with `metric` (null when undefined: no pairable values or no variation) over `units` rated at least twice, holding `pairable` values. */
export const AgreementFigure = z.object({ metric: AgreementMetric, alpha: z.number().nullable(), units: z.number().int(), pairable: z.number().int(), icc: IccFigure });
export type AgreementFigure = z.infer<typeof AgreementFigure>;

export const ExpertAgreement = z.object({
  expert: z.object({ id: Id, displayName: z.string() }),
  /** The expert's values in units someone else rated too. */
  pairable: z.number().int(),
  /** The round's interval alpha without this expert: above the round's, the others agree better without them. */
  alphaWithout: z.number().nullable(),
  /** Mean of (their value − the other experts' mean) on those units, as a share of max: > 0 more lenient, < 0 stricter. */
  meanDifference: z.number().nullable(),
});
export type ExpertAgreement = z.infer<typeof ExpertAgreement>;

export const RoundAgreement = z.object({
  roundId: Id,
  /** The metric of the round's and the dimensions' alpha (indicators may have their own). */
  metric: AgreementMetric,
  computedAt: z.string(),
  /** How long the SQL aggregation took on the worker. */
  elapsedMs: z.number(),
  /** With the round's interval alpha, which the experts' alpha without them is compared to. */
  round: AgreementFigure.extend({ intervalAlpha: z.number().nullable() }),
  dimensions: z.array(AgreementFigure.extend({ id: Id, code: z.string(), name: Localized })),
  indicators: z.array(AgreementFigure.extend({ id: Id, code: z.string(), name: Localized, dimensionId: Id })),
  experts: z.array(ExpertAgreement),
  /** The units of one enterprise (its indicators), when asked for. */
  enterprise: AgreementFigure.extend({ id: Id }).nullable(),
});
export type RoundAgreement = z.infer<typeof RoundAgreement>;

export const AgreementQuery = z.object({ enterpriseId: IdParam.optional() });

/** The round's figures as cached after the last score change, with how fresh they are (ADR 001). */
export const CachedAgreement = RoundAgreement.extend({ freshness: Freshness });
export type CachedAgreement = z.infer<typeof CachedAgreement>;
