// An enterprise's published result explained indicator by indicator: the consensus and the rubric level it
// falls in, the experts' rationales (named only where the framework shows evaluators), the evidence they
// cite, a reviewer's settlement with its reason, and the adjustment lines after the weighted total.
import { z } from 'zod';
import { AdjustmentLine } from './adjustment';
import { Id, Localized } from './common';
import { EvidenceKind, EvidenceValidityState } from './evidence';
import { ResultSummary } from './result';

export const CitedEvidence = z.object({
  id: Id,
  kind: EvidenceKind,
  title: z.string(),
  url: z.string().nullable(),
  quote: z.string().nullable(),
  pageNumber: z.number().nullable(),
  validity: EvidenceValidityState,
});
export type CitedEvidence = z.infer<typeof CitedEvidence>;

export const IndicatorExplanation = z.object({
  id: Id,
  code: z.string(),
  name: Localized,
  maxScore: z.number(),
  consensus: z.number().nullable(),
  /** The rubric level the consensus falls in; null for a failed mandatory indicator, which `veto` explains instead. */
  rubricLevel: z.object({ index: z.number().int(), label: Localized, description: Localized }).nullable(),
  /** A mandatory indicator below its threshold (the one-vote veto): the threshold and by how much the consensus missed it. */
  veto: z.object({ threshold: z.number(), missedBy: z.number() }).nullable(),
  settlement: z.object({ value: z.number(), reason: z.string() }).nullable(),
  rationales: z.array(
    z.object({
      /** Null unless the framework shows evaluators' names to the reader. */
      expert: z.object({ id: Id, displayName: z.string() }).nullable(),
      value: z.number(),
      rationale: z.string(),
      evidenceIds: z.array(Id),
    }),
  ),
  /** The evidence the rationales cite, each once. */
  evidence: z.array(CitedEvidence),
});
export type IndicatorExplanation = z.infer<typeof IndicatorExplanation>;

export const Explanation = z.object({
  roundId: Id,
  summary: ResultSummary,
  adjustments: z.array(AdjustmentLine),
  indicators: z.array(IndicatorExplanation),
});
export type Explanation = z.infer<typeof Explanation>;
