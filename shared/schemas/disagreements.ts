// The reviewers' disagreement queue (every unsettled disagreement of a round with the experts' scores,
// rationales and cited evidence side by side) and the explicit bulk settle: a preview that says exactly which
// items get which value under a stated rule, and a confirmation with one reason that settles each item.
import { z } from 'zod';
import { Id, IdParam, ListTotal } from './common';
import { ReviewStatus, Stance } from './evidence';
import { CitedEvidence } from './explanation';
import { RubricLevel } from './framework';
import { QueueEnterprise, QueueIndicator } from './queues';
import { StreetFilter } from './street-filter';

/** Filters of the disagreement queue; `expertId`: slots that expert scored; `withinLevels`: every expert's rubric level within that many levels of the others'. */
export const DisagreementFilters = z.object({
  street: StreetFilter.optional(),
  dimensionId: IdParam.optional(),
  indicatorId: IdParam.optional(),
  expertId: IdParam.optional(),
  enterpriseId: IdParam.optional(),
  withinLevels: z.coerce.number().int().min(0).max(7).optional(),
});
export type DisagreementFilters = z.infer<typeof DisagreementFilters>;

/** The queue in enterprise order, or the widest spread between the experts' scores first (ties in enterprise order). */
export const DisagreementSort = z.enum(['enterprise', 'spread']);
export type DisagreementSort = z.infer<typeof DisagreementSort>;

export const DisagreementQueueQuery = DisagreementFilters.extend({
  sort: DisagreementSort.default('enterprise'),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type DisagreementQueueQuery = z.infer<typeof DisagreementQueueQuery>;

export const DisagreementScore = z.object({
  id: Id,
  expert: z.object({ id: Id, displayName: z.string() }),
  value: z.number(),
  rubricLevel: z.number().int(),
  rationale: z.string(),
  evidenceIds: z.array(Id),
  version: z.number().int(),
});

/** Evidence a rationale cites, as the reviewer needs it beside the scores (quotes are untrusted text). */
export const DisagreementEvidence = CitedEvidence.omit({ validity: true }).extend({ stance: Stance, status: ReviewStatus });

export const DisagreementItem = z.object({
  enterprise: QueueEnterprise,
  indicator: QueueIndicator.extend({ maxScore: z.number(), rubric: z.array(RubricLevel) }),
  computedConsensus: z.number().nullable(),
  minValue: z.number().nullable(),
  maxValue: z.number().nullable(),
  /** Highest minus lowest rubric level among the experts. */
  levelSpread: z.number().int(),
  scores: z.array(DisagreementScore),
  evidence: z.array(DisagreementEvidence),
  /** Which scores at which versions the item shows: a bulk settle is refused once it changes. */
  scoresVersion: z.string(),
});
export type DisagreementItem = z.infer<typeof DisagreementItem>;
export const DisagreementPage = z.object({ items: z.array(DisagreementItem), nextCursor: z.string().nullable(), total: ListTotal });
export type DisagreementPage = z.infer<typeof DisagreementPage>;

/**
 * How a bulk settle picks each value. median: the median of the experts' scores; with an even number of scores the
 * mean of the middle two, rounded to four decimals half up like the consensus. Rubric levels are bands of a
 * continuous score (a level is every value from its `min`), so the value is kept as is, never snapped to a
 * level; the level it falls in is shown beside it.
 */
export const SettleRule = z.enum(['median']);
export type SettleRule = z.infer<typeof SettleRule>;

/** At most this many items are settled per confirmation: one D1 batch (~5 statements each) stays well inside D1's 1,000 statements per request. */
export const MAX_BULK_SETTLE = 100;

/** A slot list as `enterpriseId:indicatorId`, comma-separated (at most MAX_BULK_SETTLE). */
const SlotList = z
  .string()
  .max(2_400)
  .regex(/^\d{1,15}:\d{1,15}(,\d{1,15}:\d{1,15})*$/, 'Expected enterpriseId:indicatorId pairs separated by commas')
  .transform((text) => [...new Set(text.split(','))].map((pair) => pair.split(':').map(Number) as [number, number]))
  .refine((slots) => slots.length <= MAX_BULK_SETTLE, `At most ${MAX_BULK_SETTLE} slots`);

/** The selection: an explicit slot list, or every unsettled disagreement the filters match (the first MAX_BULK_SETTLE of them). */
export const SettlePreviewQuery = DisagreementFilters.extend({ rule: SettleRule.default('median'), slots: SlotList.optional() });
export type SettlePreviewQuery = z.infer<typeof SettlePreviewQuery>;

export const SettlePreviewItem = z.object({
  enterpriseId: Id,
  indicatorId: Id,
  enterpriseName: z.string(),
  street: z.string(),
  indicatorCode: z.string(),
  /** The experts' values, ascending. */
  values: z.array(z.number()),
  /** What the item will be settled at, and the rubric level that value falls in. */
  value: z.number(),
  rubricLevel: z.number().int(),
  scoresVersion: z.string(),
});
export type SettlePreviewItem = z.infer<typeof SettlePreviewItem>;

export const SettlePreview = z.object({
  rule: SettleRule,
  items: z.array(SettlePreviewItem),
  /** Unsettled disagreements the selection matched; more than `items` when it matched more than one confirmation takes. */
  matched: z.number().int(),
  /** Selected slots that are not (or no longer) unsettled disagreements, so not in `items`. */
  skipped: z.array(z.object({ enterpriseId: Id, indicatorId: Id })),
  /** Send it back with the items and one reason to settle exactly these. */
  token: z.string(),
});
export type SettlePreview = z.infer<typeof SettlePreview>;

/** The confirmation: the preview's items as previewed, its token, one reason. Each item is settled and audited on its own. */
export const BulkSettleRequest = z.object({
  rule: SettleRule,
  token: z.string().regex(/^[0-9a-f]{64}$/),
  reason: z.string().trim().min(1).max(2000),
  items: z
    .array(z.object({ enterpriseId: Id, indicatorId: Id, value: z.number().min(0).max(1000), scoresVersion: z.string().max(2000) }))
    .min(1)
    .max(MAX_BULK_SETTLE),
});
export type BulkSettleRequest = z.infer<typeof BulkSettleRequest>;

/** Why a previewed item can no longer be settled as previewed (409 preview_stale lists them). */
export const StaleItem = z.object({
  enterpriseId: Id,
  indicatorId: Id,
  why: z.enum(['scores_changed', 'settled', 'no_disagreement', 'signed_off', 'not_enrolled', 'not_applicable']),
});
export type StaleItem = z.infer<typeof StaleItem>;

export const BulkSettleResult = z.object({ settled: z.number().int(), items: z.array(z.object({ enterpriseId: Id, indicatorId: Id, value: z.number() })) });
export type BulkSettleResult = z.infer<typeof BulkSettleResult>;
