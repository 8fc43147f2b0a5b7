// Enterprises: the registry's records, what clients see when picking one, and the requests that change them.
import { z } from 'zod';
import { ENROLMENT_STATUSES, ENTERPRISE_SIZES, PARTY_ORG_TYPES } from './values';
import { creditCodeProblem, creditCodeProblemParams, normalizeCreditCode, type CreditCodeProblem } from '../domain/credit-code';
import { normalizeDomain } from '../domain/hostname';
import { normalizePhone } from '../domain/phone';
import { Industry } from './industry';
import { because } from '../issues';
import { CleanText, Id, IdParam, normalizeText, PageQuery, SearchText, Timestamp } from './common';
import { StreetName } from './streets';

/** `unknown` when the registry has not been told (a blank cell in an import). */
export const EnterpriseSize = z.enum(ENTERPRISE_SIZES);
export type EnterpriseSize = z.infer<typeof EnterpriseSize>;
export const PartyOrgType = z.enum(PARTY_ORG_TYPES);
export type PartyOrgType = z.infer<typeof PartyOrgType>;
export const EnrolmentStatus = z.enum(ENROLMENT_STATUSES);

const creditCodeMessages: Record<CreditCodeProblem, string> = {
  length: 'A unified social credit code has 18 characters',
  characters: 'The code contains characters no credit code has',
  area: 'Characters 3 to 8 (the division code) are digits',
  zero: 'An all-zero code is a placeholder, not a credit code',
  check_digit: 'The check character does not match (GB 32100)',
};

/** An 18-character unified social credit code with a valid check character: NFKC, upper case, no spaces or hyphens inside. */
export const CreditCode = z
  .string()
  .transform((text) => normalizeCreditCode(text).code)
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (!problem) return;
    ctx.addIssue({ code: 'custom', ...because(`credit_code_${problem}`, creditCodeMessages[problem], creditCodeProblemParams(code, problem)) });
  });

/** A website domain, normalised (lower case, no scheme, path or leading www.). */
export const DomainName = z.string().transform((value, ctx) => {
  const domain = normalizeDomain(value);
  if (!domain) ctx.addIssue({ code: 'custom', ...because('domain_invalid', `"${value}" is not a domain name`, { value }) });
  return domain ?? '';
});

const optionalText = (max: number) => CleanText(1, max).nullable();

/** A phone number as typed, stored in the one form `normalizePhone` gives it (so the form and the import agree). */
export const PhoneNumber = z.string().transform((typed, ctx) => {
  const phone = normalizePhone(typed);
  if (phone === null) ctx.addIssue({ code: 'custom', ...because('phone_invalid', 'Expected a phone number') });
  return phone ?? '';
});

/** Each field once; Create gives them defaults and Patch makes them optional. */
const fields = {
  creditCode: CreditCode,
  name: CleanText(2, 100),
  nameEn: optionalText(200),
  industry: Industry,
  /** The street's official name or one of its aliases; the worker resolves it against the registry. */
  street: StreetName,
  size: EnterpriseSize,
  partyOrgType: PartyOrgType,
  domains: z
    .array(DomainName)
    .max(20)
    .refine((list) => new Set(list).size === list.length, because('domain_repeated', 'A domain is listed twice')),
  contactName: optionalText(60),
  contactPhone: PhoneNumber.nullable(),
  contactEmail: z.string().transform(normalizeText).pipe(z.string().max(254).email()).nullable(),
};

export const EnterpriseCreate = z.object({
  ...fields,
  nameEn: fields.nameEn.default(null),
  size: fields.size.default('unknown'),
  partyOrgType: fields.partyOrgType.default('unknown'),
  domains: fields.domains.default([]),
  contactName: fields.contactName.default(null),
  contactPhone: fields.contactPhone.default(null),
  contactEmail: fields.contactEmail.default(null),
});
export type EnterpriseCreate = z.infer<typeof EnterpriseCreate>;
export type EnterpriseCreateInput = z.input<typeof EnterpriseCreate>;

/** An enterprise as the registry stores it: `street` resolved to the official name of the street `streetId`. */
export const RegistryEnterprise = EnterpriseCreate.extend({ streetId: Id });
export type RegistryEnterprise = z.infer<typeof RegistryEnterprise>;

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
  /** The official name of its street (`streetId` in the registry). */
  street: z.string(),
  streetId: Id.nullable(),
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
  streetId: IdParam.optional(),
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
  streetId: IdParam.optional(),
  industry: Industry.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
