// A round's evidence whose validity window ends soon (or has ended): for reviewers and the admin to ask for
// fresher documents, and for coordinators to chase their street's enterprises.
import { z } from 'zod';
import { EXPIRING_WITHIN_DAYS } from '../domain/evidence-validity';
import { CalendarDate, Id, IdParam, Localized, PageQuery } from './common';
import { EvidenceKind, ReviewStatus } from './evidence';

export const ExpiringEvidenceQuery = PageQuery.extend({
  /** Windows ending within this many days from today; those already ended are listed too. */
  withinDays: z.coerce.number().int().min(0).max(730).default(EXPIRING_WITHIN_DAYS),
  streetId: IdParam.optional(),
});

export const ExpiringEvidence = z.object({
  evidence: z.object({ id: Id, kind: EvidenceKind, title: z.string(), url: z.string().nullable(), status: ReviewStatus }),
  enterprise: z.object({ id: Id, name: z.string(), street: z.string() }),
  indicator: z.object({ id: Id, code: z.string(), name: Localized }),
  validUntil: CalendarDate,
  status: z.enum(['expiring', 'expired']),
});
export type ExpiringEvidence = z.infer<typeof ExpiringEvidence>;
