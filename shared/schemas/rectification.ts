// Rectification tasks created on publication, answered by the enterprise and followed up by its coordinator.
import { z } from 'zod';
import { RECTIFICATION_REASONS, RECTIFICATION_STATUSES } from './values';
import { CalendarDate, HttpUrl, Id, IdParam, ListTotal, Localized, PageQuery } from './common';
import { StreetFilter } from './street-filter';

export const RectificationStatus = z.enum(RECTIFICATION_STATUSES);
export type RectificationStatus = z.infer<typeof RectificationStatus>;
export const RectificationReason = z.enum(RECTIFICATION_REASONS);

export const Rectification = z.object({
  id: Id,
  roundId: Id,
  enterprise: z.object({ id: Id, name: z.string(), street: z.string() }),
  indicator: z.object({ id: Id, code: z.string(), name: Localized }),
  reason: RectificationReason,
  requiredAction: z.string(),
  dueOn: CalendarDate,
  status: RectificationStatus,
  plan: z.string().nullable(),
  evidenceIds: z.array(Id),
  evidenceLinks: z.array(z.string()),
  followUp: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Rectification = z.infer<typeof Rectification>;

/**
 * One edit of a task. The enterprise writes plan and evidence and moves it to planned or submitted;
 * the coordinator (or an admin) writes follow-up, due date and required action, and verifies, closes,
 * waives or sends it back (open). One request is one side's edit.
 */
export const RectificationPatch = z.object({
  version: z.number().int().positive(),
  status: RectificationStatus.optional(),
  plan: z.string().trim().min(1).max(4000).optional(),
  evidenceIds: z.array(Id).max(50).optional(),
  evidenceLinks: z.array(HttpUrl).max(20).optional(),
  followUp: z.string().trim().min(1).max(4000).optional(),
  dueOn: CalendarDate.optional(),
  requiredAction: z.string().trim().min(1).max(2000).optional(),
});
export type RectificationPatch = z.infer<typeof RectificationPatch>;

export const RectificationListQuery = PageQuery.extend({
  status: RectificationStatus.optional(),
  streetId: IdParam.optional(),
  enterpriseId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** How an enterprise's tasks stand as a whole: every task finished, some answered and waiting for verification, some overdue, or in progress. */
export const EnterpriseTaskState = z.enum(['done', 'to_verify', 'overdue', 'in_progress']);
export type EnterpriseTaskState = z.infer<typeof EnterpriseTaskState>;

/** The longest search text for grouped tasks (the search box stops there). */
export const GROUP_SEARCH_MAX = 40;

export const RectificationGroupSort = z.enum(['name', 'overdue', 'nextDue']);
export type RectificationGroupSort = z.infer<typeof RectificationGroupSort>;

/** Tasks grouped by enterprise: searched by name or credit code, filtered by street, dimension, status and due date. */
export const RectificationGroupQuery = z.object({
  q: z.string().trim().min(1).max(GROUP_SEARCH_MAX).optional(),
  street: StreetFilter.optional(),
  dimensionId: z.coerce.number().int().positive().optional(),
  status: RectificationStatus.optional(),
  /** Tasks due on or before / on or after this day. */
  dueBefore: CalendarDate.optional(),
  dueAfter: CalendarDate.optional(),
  /** By name; the most overdue tasks first; the soonest next due date first (ties by name). */
  sort: RectificationGroupSort.default('name'),
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type RectificationGroupQuery = z.infer<typeof RectificationGroupQuery>;

export const RectificationGroup = z.object({
  enterprise: z.object({ id: Id, name: z.string(), street: z.string(), creditCode: z.string() }),
  /** Over the tasks the filters match. */
  total: z.number().int(),
  byStatus: z.record(RectificationStatus, z.number().int()),
  overdue: z.number().int(),
  /** The earliest due date among its unfinished tasks. */
  nextDue: CalendarDate.nullable(),
  state: EnterpriseTaskState,
});
export type RectificationGroup = z.infer<typeof RectificationGroup>;

/** Groups in enterprise name order. */
export const RectificationGroupPage = z.object({ items: z.array(RectificationGroup), nextCursor: z.string().nullable(), total: ListTotal });
