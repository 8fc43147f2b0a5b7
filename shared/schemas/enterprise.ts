// Enterprises as clients see them when picking or detecting one.
import { z } from 'zod';
import { Id } from './common';

export const EnterpriseSize = z.enum(['micro', 'small', 'medium', 'large']);
export const PartyOrgType = z.enum(['independent', 'joint', 'none']);

export const EnterpriseSummary = z.object({
  id: Id,
  name: z.string(),
  nameEn: z.string().nullable(),
  creditCode: z.string(),
  industry: z.string(),
  street: z.string(),
  domains: z.array(z.string()),
});
export type EnterpriseSummary = z.infer<typeof EnterpriseSummary>;

/** Find enrolled enterprises by the host of a page (detection) or by a name or credit-code fragment. */
export const EnterpriseLookupQuery = z.object({
  host: z.string().trim().min(1).max(253).optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
