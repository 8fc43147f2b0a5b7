// Round-scale work queues: the reviewers' queue of pending evidence across the round (filters, facet counts,
// keyset pages, the position they left off at, reusable reject reasons), moving a misfiled clip to another
// indicator, and the experts' queues (slots to score by readiness; their clips rejected or moved).
import { z } from 'zod';
import { Id, IdParam, ListTotal, Localized } from './common';
import { Evidence, Stance } from './evidence';
import { StreetFilter } from './street-filter';

/** Pages of a queue: 50 items by default, at most 200. */
const QueuePage = z.object({ cursor: z.string().max(512).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) });

/** The enterprise and indicator a queue item is about, for display without another request. */
export const QueueEnterprise = z.object({ id: Id, name: z.string(), street: z.string() });
export type QueueEnterprise = z.infer<typeof QueueEnterprise>;
export const QueueIndicator = z.object({ id: Id, code: z.string(), name: Localized, dimensionId: Id });
export type QueueIndicator = z.infer<typeof QueueIndicator>;

/** Filters of the reviewers' evidence queue; they combine (AND). `expertId` is who captured the evidence. */
export const EvidenceQueueFilters = z.object({
  street: StreetFilter.optional(),
  dimensionId: IdParam.optional(),
  indicatorId: IdParam.optional(),
  expertId: IdParam.optional(),
  enterpriseId: IdParam.optional(),
  stance: Stance.optional(),
});
export type EvidenceQueueFilters = z.infer<typeof EvidenceQueueFilters>;

/** Pending live evidence of the round: contradicting first, then oldest first (in the order received). */
export const EvidenceQueueQuery = EvidenceQueueFilters.extend(QueuePage.shape);
export type EvidenceQueueQuery = z.infer<typeof EvidenceQueueQuery>;

export const EvidenceQueueItem = z.object({ evidence: Evidence, enterprise: QueueEnterprise, indicator: QueueIndicator });
export type EvidenceQueueItem = z.infer<typeof EvidenceQueueItem>;
export const EvidenceQueuePage = z.object({ items: z.array(EvidenceQueueItem), nextCursor: z.string().nullable() });
export type EvidenceQueuePage = z.infer<typeof EvidenceQueuePage>;

/**
 * Counts per filter value over the pending evidence, each facet counted under every other filter given (not its
 * own), so the numbers say what choosing a value would leave. `total` is the queue's length under all filters.
 */
export const EvidenceQueueFacets = z.object({
  total: z.number().int(),
  street: z.array(z.object({ street: z.string(), count: z.number().int() })),
  dimension: z.array(z.object({ id: Id, code: z.string(), name: Localized, count: z.number().int() })),
  indicator: z.array(z.object({ id: Id, code: z.string(), count: z.number().int() })),
  expert: z.array(z.object({ id: Id, displayName: z.string(), count: z.number().int() })),
  stance: z.array(z.object({ stance: Stance, count: z.number().int() })),
  /** The 50 enterprises with the most pending items under the other filters (a round has thousands: search picks the rest). */
  enterprise: z.array(z.object({ id: Id, name: z.string(), street: z.string(), count: z.number().int() })),
});
export type EvidenceQueueFacets = z.infer<typeof EvidenceQueueFacets>;

/** Where the reviewer is in the queue: the item on screen and the filters in force. */
export const QueuePositionPut = z.object({ evidenceId: Id, filters: EvidenceQueueFilters.default({}) });
export type QueuePositionPut = z.input<typeof QueuePositionPut>;

export const QueuePosition = z.object({
  evidenceId: Id,
  filters: EvidenceQueueFilters,
  /** Pass it to the queue with the same filters: the page starts at the stored item (or where it stood, once reviewed). */
  cursor: z.string().nullable(),
  updatedAt: z.string(),
});
export type QueuePosition = z.infer<typeof QueuePosition>;
export const QueuePositionAnswer = z.object({ position: QueuePosition.nullable() });

/** A fixed, localised set of reasons to reject evidence, and the reviewer's own recent reasons (newest first). */
export const RejectReasons = z.object({
  standard: z.array(z.object({ code: z.string(), label: Localized })),
  recent: z.array(z.string()),
});
export type RejectReasons = z.infer<typeof RejectReasons>;

/** Moves a misfiled piece of evidence to another indicator of the round's framework, at the version seen. */
export const EvidenceMove = z.object({ indicatorId: Id, version: z.number().int().positive() });
export type EvidenceMove = z.input<typeof EvidenceMove>;

/** Ready: the slot has accepted evidence and the expert has not scored it; waiting: not scored, no accepted evidence yet. */
export const Readiness = z.enum(['ready', 'waiting']);
export type Readiness = z.infer<typeof Readiness>;

/** The expert's slots to score within their assignment, by readiness, enterprise by enterprise. */
export const ToScoreQuery = QueuePage.extend({
  readiness: Readiness.default('ready'),
  street: StreetFilter.optional(),
  dimensionId: IdParam.optional(),
  indicatorId: IdParam.optional(),
  enterpriseId: IdParam.optional(),
});
export type ToScoreQuery = z.infer<typeof ToScoreQuery>;

export const ToScoreItem = z.object({
  enterprise: QueueEnterprise,
  indicator: QueueIndicator,
  acceptedEvidence: z.number().int(),
  pendingEvidence: z.number().int(),
});
export type ToScoreItem = z.infer<typeof ToScoreItem>;
/** A page may hold fewer than `limit` items while more follow: follow nextCursor until it is null. */
export const ToScorePage = z.object({ items: z.array(ToScoreItem), nextCursor: z.string().nullable() });

/** The expert's whole queue in numbers: slots their assignment covers (applicable only), scored, ready and waiting. */
export const ToScoreCounts = z.object({ covered: z.number().int(), scored: z.number().int(), ready: z.number().int(), waiting: z.number().int() });
export type ToScoreCounts = z.infer<typeof ToScoreCounts>;

export const MyClipsQuery = QueuePage.extend({ kind: z.enum(['rejected', 'moved']).optional() });

/** One of the reader's clips a reviewer rejected or moved, as it is now, with what happened to it. */
export const MyClip = z.object({
  evidence: Evidence,
  enterprise: QueueEnterprise,
  rejected: z.object({ comment: z.string().nullable(), at: z.string().nullable(), by: z.string().nullable() }).nullable(),
  moved: z.object({ from: z.object({ id: Id, code: z.string() }), to: z.object({ id: Id, code: z.string() }), at: z.string(), by: z.string() }).nullable(),
});
export type MyClip = z.infer<typeof MyClip>;
/** Newest first; `counts` over the whole round. */
export const MyClipsPage = z.object({
  items: z.array(MyClip),
  nextCursor: z.string().nullable(),
  counts: z.object({ rejected: z.number().int(), moved: z.number().int() }),
  /** The clips of the kind chosen (or of both kinds). */
  total: ListTotal,
});
export type MyClipsPage = z.infer<typeof MyClipsPage>;
