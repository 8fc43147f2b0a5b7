// How far a round has got, per street and per expert (what the console's progress view shows), and per
// enterprise, by how far behind each is (the coordinator's drill-down).
import { z } from 'zod';
import { Id, ListTotal, PageQuery } from './common';
import { Freshness } from './derived';

const Count = z.number().int().min(0);

/** Slots are (enrolled enterprise × applicable indicator) pairs. */
export const StreetProgress = z.object({
  streetId: Id,
  street: z.string(),
  enterprises: Count,
  /** Live evidence items (not withdrawn), and how many of them a reviewer accepted. */
  evidence: Count,
  acceptedEvidence: Count,
  applicableSlots: Count,
  scoredSlots: Count,
  /** Slots where experts disagree and no reviewer has settled it. */
  openDisagreements: Count,
  signedOff: Count,
});
export type StreetProgress = z.infer<typeof StreetProgress>;

export const ExpertProgress = z.object({
  expert: z.object({ id: Id, displayName: z.string(), bureau: z.string().nullable() }),
  /** Applicable slots the expert's assignments cover, and how many of them they scored. */
  assignedSlots: Count,
  scoredSlots: Count,
  /** Evidence the expert clipped or attached. */
  evidence: Count,
  /** Open disagreements on slots the expert scored. */
  openDisagreements: Count,
});
export type ExpertProgress = z.infer<typeof ExpertProgress>;

export const RoundProgress = z.object({
  roundId: Id,
  /** Set for coordinators: every figure counts only that street's enterprises. */
  street: z.string().nullable(),
  streetId: Id.nullable(),
  streets: z.array(StreetProgress),
  experts: z.array(ExpertProgress),
  /** The street and expert figures are rollups of the counters, refreshed a few seconds after a change. */
  freshness: Freshness,
});
export type RoundProgress = z.infer<typeof RoundProgress>;

/** One enterprise's progress: what it still lacks, and `behind`, the sum of its outstanding items (shared/domain/progress.ts). */
export const EnterpriseProgress = z.object({
  enterprise: z.object({ id: Id, name: z.string(), street: z.string() }),
  applicableSlots: Count,
  /** Applicable slots with counting (accepted, live, valid) evidence, and without any. */
  evidencedSlots: Count,
  missingEvidence: Count,
  scoredSlots: Count,
  unscoredSlots: Count,
  /** Expert scores given, and live evidence items with those a reviewer accepted. */
  scores: Count,
  evidence: Count,
  acceptedEvidence: Count,
  openDisagreements: Count,
  /** Documentation requests waiting for the enterprise, those past due, and reporting periods past due without a report. */
  requestsWaiting: Count,
  requestsOverdue: Count,
  reportsOverdue: Count,
  signedOff: z.boolean(),
  behind: Count,
});
export type EnterpriseProgress = z.infer<typeof EnterpriseProgress>;

/** What the enterprises are ordered by, most behind first. */
export const ProgressSort = z.enum(['behind', 'evidence', 'scores', 'disagreements', 'overdue']);
export type ProgressSort = z.infer<typeof ProgressSort>;

export const EnterpriseProgressQuery = PageQuery.extend({
  sort: ProgressSort.default('behind'),
  /** Only this street (a coordinator sees their own in any case). */
  street: z.string().trim().min(1).max(40).optional(),
});

export const EnterpriseProgressPage = z.object({
  roundId: Id,
  street: z.string().nullable(),
  items: z.array(EnterpriseProgress),
  nextCursor: z.string().nullable(),
  total: ListTotal,
  /** The counters are current with every change; the slot figures come from the live results. */
  freshness: Freshness,
});
export type EnterpriseProgressPage = z.infer<typeof EnterpriseProgressPage>;
