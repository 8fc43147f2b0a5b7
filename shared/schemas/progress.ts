// How far a round has got, per street and per expert: what the console's progress view shows.
import { z } from 'zod';
import { Id } from './common';

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
});
export type RoundProgress = z.infer<typeof RoundProgress>;
