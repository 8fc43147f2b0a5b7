// The audit trail as admins read it: filters and entries, newest first.
import { z } from 'zod';
import { auditActions, auditResourceTypes } from '../audit-actions';
import { Id, IdParam, PageQuery, Timestamp } from './common';

/** Newest first; `cursor` is the last id of the previous page. */
export const AuditQuery = PageQuery.extend({
  cursor: IdParam.optional(),
  userId: IdParam.optional(),
  action: z.enum(auditActions).optional(),
  resourceType: z.enum(auditResourceTypes).optional(),
  /** Up to the longest login, since a failed sign-in's resource is the login tried. */
  resourceId: z.string().trim().min(1).max(120).optional(),
  /** The client address of failed sign-ins and password changes (session.failed, password.change_failed), to follow one source of guesses. */
  clientIp: z.string().trim().min(1).max(64).optional(),
  roundId: IdParam.optional(),
  /** Entries at or after this instant. */
  from: Timestamp.optional(),
  /** Entries before this instant. */
  to: Timestamp.optional(),
});
export type AuditQuery = z.input<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: Id,
  at: z.string(),
  user: z.object({ id: Id, login: z.string(), displayName: z.string() }).nullable(),
  role: z.string().nullable(),
  /** One of shared/audit-actions.ts (older rows may hold an action since renamed). */
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  roundId: Id.nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
