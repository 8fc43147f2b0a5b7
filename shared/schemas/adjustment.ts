// Adjustments: bonus and deduction items of the framework (settings.adjustments) claimed for an enterprise in a
// round with the evidence behind them, confirmed by a reviewer, and the lines they add to the result.
import { z } from 'zod';
import { ADJUSTMENT_STATUSES } from './values';
import { because } from '../issues';
import { Id, Localized } from './common';

export const AdjustmentStatus = z.enum(ADJUSTMENT_STATUSES);
export type AdjustmentStatus = z.infer<typeof AdjustmentStatus>;

export const AdjustmentCreate = z.object({
  /** An item of the round's framework (settings.adjustments). */
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'Expected an item code like AWARD_NATIONAL').max(40),
  occurrences: z.number().int().min(1).max(20).default(1),
  /** Evidence of this enterprise in this round that shows it: an award certificate, a penalty notice, a report. */
  evidenceIds: z.array(Id).min(1, 'An adjustment rests on evidence').max(20),
  note: z.string().trim().max(2000).optional(),
});
export type AdjustmentCreate = z.input<typeof AdjustmentCreate>;

/** A reviewer's verdict on a proposal (or on an earlier verdict); a rejection says why. */
export const AdjustmentDecision = z
  .object({
    decision: z.enum(['confirm', 'reject']),
    comment: z.string().trim().max(2000).optional(),
    version: z.number().int().min(1),
  })
  .refine((body) => body.decision !== 'reject' || Boolean(body.comment), { ...because('reject_reason_missing', 'Say why the adjustment is rejected'), path: ['comment'] });
export type AdjustmentDecision = z.input<typeof AdjustmentDecision>;

const Person = z.object({ id: Id, displayName: z.string() });
const Direction = z.enum(['bonus', 'deduction']);

export const Adjustment = z.object({
  id: Id,
  roundId: Id,
  enterpriseId: Id,
  code: z.string(),
  /** The item as the framework defines it; null when the framework no longer has the code. */
  item: z.object({ name: Localized, direction: Direction, points: z.number(), capPerEnterprise: z.number() }).nullable(),
  occurrences: z.number().int(),
  evidenceIds: z.array(Id),
  note: z.string().nullable(),
  status: AdjustmentStatus,
  proposedBy: Person,
  proposedAt: z.string(),
  decidedBy: Person.nullable(),
  decidedAt: z.string().nullable(),
  decisionComment: z.string().nullable(),
  version: z.number().int(),
});
export type Adjustment = z.infer<typeof Adjustment>;

/** One item's effect on the total: confirmed occurrences summed, signed points after the item's cap. */
export const AdjustmentLine = z.object({
  code: z.string(),
  name: Localized,
  direction: Direction,
  occurrences: z.number().int(),
  points: z.number(),
  capped: z.boolean(),
});
export type AdjustmentLine = z.infer<typeof AdjustmentLine>;

export const EnterpriseAdjustments = z.object({
  items: z.array(Adjustment),
  /** The confirmed items' lines and their net effect on the total, capped by the framework's adjustmentsCap. */
  lines: z.array(AdjustmentLine),
  total: z.number(),
  capped: z.boolean(),
});
export type EnterpriseAdjustments = z.infer<typeof EnterpriseAdjustments>;
