// The side panel's state of one enterprise in a round, built by one request: each indicator's facts, the
// evidence, the scores and settlements the reader may see, the provisional result, the sign-off and the
// rectification tasks. What the reader may do is part of it, decided by the policy. The indicator tree is
// not in the answer: a round pins a published framework, which never changes, so the panel asks for it once.
import { z } from 'zod';
import { Adjustment, AdjustmentLine } from './adjustment';
import { Role } from './auth';
import { Id } from './common';
import { EnrolmentStatus } from './enterprise';
import { DocumentationRequest } from './documentation-request';
import { Evidence } from './evidence';
import { EvidenceFreshness } from './freshness';
import { AdjustmentDoc } from './framework';
import { RectificationReason, RectificationStatus } from './rectification';
import { IndicatorOutcome } from './result';
import { IndicatorNode, Round } from './round';
import { Score, Settlement } from './score';

const Person = z.object({ id: Id, displayName: z.string() });

/** What this reader may do with one piece of evidence; flagSource: tell the reviewers its source is not reachable. */
export const EvidenceActions = z.object({ review: z.boolean(), edit: z.boolean(), withdraw: z.boolean(), flagSource: z.boolean() });
export type EvidenceActions = z.infer<typeof EvidenceActions>;

/** With what the freshness job last found on its source (null: never checked). */
export const PanelEvidence = Evidence.extend({ may: EvidenceActions, freshness: EvidenceFreshness.nullable() });
export type PanelEvidence = z.infer<typeof PanelEvidence>;

/** The facts of one scored (level 3) indicator for this enterprise. */
export const PanelIndicator = z.object({
  indicatorId: Id,
  applicable: z.boolean(),
  /** Live evidence items, and those that count (accepted, unexpired) and contradict. */
  evidenceCount: z.number().int(),
  acceptedCount: z.number().int(),
  contradictingCount: z.number().int(),
  /**
   * Blind scoring: the reader is an expert who has not scored this indicator yet, so other experts' scores,
   * rationales and everything computed from them (consensus, flags) are withheld until they have.
   */
  blind: z.boolean(),
  /** For readers who may see results, and for a blind expert on the indicators they scored. */
  outcome: IndicatorOutcome.nullable(),
  /**
   * score: the reader is an expert whose assignment covers it; settle: a reviewer may settle a disagreement on it;
   * ask: the reader may ask the enterprise for documentation on it; decideSuggestions: an expert whose assignment covers it
   * may confirm or dismiss the finder's suggestions, while evidence is collected (before scoring opens too).
   */
  may: z.object({ score: z.boolean(), settle: z.boolean(), ask: z.boolean(), decideSuggestions: z.boolean() }),
});
export type PanelIndicator = z.infer<typeof PanelIndicator>;

/** A rectification task of this round, or an unresolved one of an earlier round, as the panel lists it. */
export const PanelTask = z.object({
  id: Id,
  roundId: Id,
  indicatorCode: z.string(),
  reason: RectificationReason,
  status: RectificationStatus,
  dueOn: z.string(),
  requiredAction: z.string(),
});
export type PanelTask = z.infer<typeof PanelTask>;

/** The enterprise's provisional result, computed from the current scores; only for readers who may see results. */
export const PanelResult = z.object({
  weightedTotal: z.number().nullable(),
  /** Confirmed adjustments, one line per item, and their capped net effect on the total. */
  adjustments: z.array(AdjustmentLine),
  adjustmentTotal: z.number(),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  bandGrade: z.string().nullable(),
  vetoCodes: z.array(z.string()),
  provisional: z.boolean(),
  scoredCount: z.number().int(),
  scoredShare: z.number().nullable(),
  disagreementCount: z.number().int(),
  unsettledCount: z.number().int(),
});
export type PanelResult = z.infer<typeof PanelResult>;

/** A documentation request of this enterprise, with what the reader may do with it. */
export const PanelRequest = DocumentationRequest.extend({ may: z.object({ answer: z.boolean(), decide: z.boolean() }) });
export type PanelRequest = z.infer<typeof PanelRequest>;

/** A proposed, confirmed or rejected adjustment of this enterprise, with what the reader may do with it. */
export const PanelAdjustment = Adjustment.extend({ may: z.object({ decide: z.boolean(), withdraw: z.boolean() }) });
export type PanelAdjustment = z.infer<typeof PanelAdjustment>;

/** What the worker answers for the panel. */
export const PanelStateBody = z.object({
  /** The state's version, also its ETag: polls send it back and get 304 while nothing changed. */
  version: z.string(),
  round: Round,
  enterprise: z.object({
    id: Id,
    name: z.string(),
    creditCode: z.string(),
    street: z.string(),
    industry: z.string(),
    status: EnrolmentStatus,
    signedOffBy: Person.nullable(),
    signedOffAt: z.string().nullable(),
    signOffComment: z.string().nullable(),
  }),
  viewer: z.object({
    userId: Id,
    role: Role.nullable(),
    /** Each expert's score and rationale. */
    seesScores: z.boolean(),
    /** Consensus, flags and the provisional grade. */
    seesResults: z.boolean(),
    /** Whether the reader may sign the enterprise off (or revoke it) in the round's current state. */
    maySignOff: z.boolean(),
    /** Whether the reader may propose a bonus or deduction item for the enterprise. */
    mayProposeAdjustment: z.boolean(),
  }),
  /** Share of applicable indicators with evidence that counts: shown to everyone who sees the enterprise. */
  completeness: z.object({ applicable: z.number().int(), evidenced: z.number().int(), share: z.number().nullable() }),
  result: PanelResult.nullable(),
  indicators: z.array(PanelIndicator),
  /** Contradicting evidence first for reviewers, then by indicator and capture. */
  evidence: z.array(PanelEvidence),
  scores: z.array(Score),
  settlements: z.array(Settlement),
  rectifications: z.array(PanelTask),
  /** Documentation requests of this round, for readers who may see them. */
  requests: z.array(PanelRequest),
  /** Adjustment proposals and their state, for readers who may see them (the result carries the confirmed lines). */
  adjustments: z.array(PanelAdjustment),
  /** The framework's bonus and deduction items, for the proposal form. */
  adjustmentItems: z.array(AdjustmentDoc),
});
export type PanelStateBody = z.infer<typeof PanelStateBody>;

/** What the panel shows: the worker's answer with every node of the round's framework (levels 1–3). */
export const PanelState = PanelStateBody.extend({ tree: z.array(IndicatorNode) });
export type PanelState = z.infer<typeof PanelState>;
