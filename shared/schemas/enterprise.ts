// Enterprises: the registry's records, what clients see when picking one, and the requests that change them.
import { z } from 'zod';
import { creditCodeProblem, type CreditCodeProblem } from '../domain/credit-code';
import { normalizeDomain } from '../domain/hostname';
import { Industry } from '../industries';
import { Id, PageQuery, SearchText, Timestamp } from './common';

export const EnterpriseSize = z.enum(['micro', 'small', 'medium', 'large']);
export type EnterpriseSize = z.infer<typeof EnterpriseSize>;
export const PartyOrgType = z.enum(['independent', 'joint', 'none']);
export type PartyOrgType = z.infer<typeof PartyOrgType>;
export const EnrolmentStatus = z.enum(['enrolled', 'signed_off']);

const creditCodeMessages: Record<CreditCodeProblem, string> = {
  length: 'A unified social credit code has 18 characters',
  characters: 'The code contains characters a credit code cannot have (I, O, S, V, Z) or is shaped wrongly',
  check_digit: 'The check character does not match (GB 32100)',
};

/** An 18-character unified social credit code with a valid check character, upper-cased. */
export const CreditCode = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: creditCodeMessages[problem], params: { reason: `credit_code_${problem}` } });
  });

/** A website domain, normalised (lower case, no scheme, path or leading www.). */
export const DomainName = z.string().transform((value, ctx) => {
  const domain = normalizeDomain(value);
  if (!domain) ctx.addIssue({ code: 'custom', message: `"${value}" is not a domain name`, params: { reason: 'domain_invalid' } });
  return domain ?? '';
});

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable();

/** Each field once; Create gives them defaults and Patch makes them optional. */
const fields = {
  creditCode: CreditCode,
  name: z.string().trim().min(2).max(100),
  nameEn: optionalText(200),
  industry: Industry,
  street: z.string().trim().min(2).max(40),
  size: EnterpriseSize,
  partyOrgType: PartyOrgType,
  domains: z
    .array(DomainName)
    .max(20)
    .refine((list) => new Set(list).size === list.length, { message: 'A domain is listed twice' }),
  contactName: optionalText(60),
  contactPhone: z.string().trim().regex(/^[0-9+\-() ]{5,30}$/, 'Expected a phone number').nullable(),
  contactEmail: z.string().trim().max(254).email().nullable(),
};

export const EnterpriseCreate = z.object({
  ...fields,
  nameEn: fields.nameEn.default(null),
  domains: fields.domains.default([]),
  contactName: fields.contactName.default(null),
  contactPhone: fields.contactPhone.default(null),
  contactEmail: fields.contactEmail.default(null),
});
export type EnterpriseCreate = z.infer<typeof EnterpriseCreate>;
export type EnterpriseCreateInput = z.input<typeof EnterpriseCreate>;

export const EnterprisePatch = z
  .object(Object.fromEntries(Object.entries(fields).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
  })
  .extend({ version: z.number().int().positive() });

export const Enterprise = z.object({
  id: Id,
  creditCode: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  industry: z.string(),
  street: z.string(),
  size: EnterpriseSize,
  partyOrgType: PartyOrgType,
  domains: z.array(z.string()),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Enterprise = z.infer<typeof Enterprise>;

export const EnterpriseListQuery = PageQuery.extend({
  q: SearchText.min(1).optional(),
  street: z.string().trim().min(1).max(40).optional(),
  industry: Industry.optional(),
  size: EnterpriseSize.optional(),
  sort: z.enum(['name', 'creditCode', 'street', 'industry', 'createdAt']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type EnterpriseListQuery = z.infer<typeof EnterpriseListQuery>;

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

/** An enterprise as enrolled in a round, with its review status. */
export const EnrolledEnterprise = EnterpriseSummary.extend({
  status: EnrolmentStatus,
  signedOffAt: z.string().nullable(),
});
export type EnrolledEnterprise = z.infer<typeof EnrolledEnterprise>;

/** Enrolled enterprises of a round: by the host of a page (detection), by a name or credit-code fragment, or page by page. */
export const EnterpriseLookupQuery = PageQuery.extend({
  host: z.string().trim().min(1).max(253).optional(),
  q: SearchText.min(1).optional(),
  status: EnrolmentStatus.optional(),
  street: z.string().trim().min(1).max(40).optional(),
  industry: Industry.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
