// Rectification tasks created on publication, answered by the enterprise and followed up by its coordinator.
import { z } from 'zod';
import { CalendarDate, HttpUrl, Id, IdParam, Localized, PageQuery } from './common';

export const RectificationStatus = z.enum(['open', 'planned', 'submitted', 'verified', 'closed', 'waived']);
export type RectificationStatus = z.infer<typeof RectificationStatus>;
export const RectificationReason = z.enum(['veto', 'below_threshold']);

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
