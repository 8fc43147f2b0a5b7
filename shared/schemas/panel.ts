// The side panel's state of one enterprise in a round, built by one request: each indicator's facts, the
// evidence, the scores and settlements the reader may see, the provisional result, the sign-off and the
// rectification tasks. What the reader may do is part of it, decided by the policy. The indicator tree is
// not in the answer: a round pins a published framework, which never changes, so the panel asks for it once.
import { z } from 'zod';
import { Role } from './auth';
import { Id } from './common';
import { EnrolmentStatus } from './enterprise';
import { Evidence } from './evidence';
import { EvidenceFreshness } from './freshness';
import { RectificationReason, RectificationStatus } from './rectification';
import { IndicatorOutcome } from './result';
import { IndicatorNode, Round } from './round';
import { Score, Settlement } from './score';

const Person = z.object({ id: Id, displayName: z.string() });

/** What this reader may do with one piece of evidence. */
export const EvidenceActions = z.object({ review: z.boolean(), edit: z.boolean(), withdraw: z.boolean() });
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
  /** Only for readers who may see results. */
  outcome: IndicatorOutcome.nullable(),
  /** score: the reader is an expert whose assignment covers it; settle: a reviewer may settle a disagreement on it. */
  may: z.object({ score: z.boolean(), settle: z.boolean() }),
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
});
export type PanelStateBody = z.infer<typeof PanelStateBody>;

/** What the panel shows: the worker's answer with every node of the round's framework (levels 1–3). */
export const PanelState = PanelStateBody.extend({ tree: z.array(IndicatorNode) });
export type PanelState = z.infer<typeof PanelState>;
