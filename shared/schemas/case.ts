// Good-practice cases: what an enterprise did well, made by the admin or its coordinator from its accepted
// evidence and published results, public only with the enterprise's recorded consent, so that others learn.
import { z } from 'zod';
import { Id, IdParam, Localized, SearchText } from './common';

/** Chinese required, English optional: the public pages show English where there is some. */
const Bilingual = (max: number) => z.object({ zh: z.string().trim().min(1).max(max), en: z.string().trim().max(max).optional() });
export type Bilingual = { zh: string; en?: string | null };

export const CaseCreate = z.object({
  enterpriseId: Id,
  title: Bilingual(120),
  summary: Bilingual(4000),
  /** Scored indicators of the round's framework the case illustrates. */
  indicatorIds: z.array(Id).min(1).max(10),
  /** Accepted evidence of the enterprise in the round: the case's sources. */
  evidenceIds: z.array(Id).min(1).max(10),
});
export type CaseCreate = z.input<typeof CaseCreate>;

/** The enterprise's consent: its own staff confirm in the console, or the admin or coordinator records one given offline. */
export const CaseConsent = z.discriminatedUnion('method', [
  z.object({ method: z.literal('enterprise') }),
  z.object({ method: z.literal('offline'), note: z.string().trim().min(1).max(500) }),
]);
export type CaseConsent = z.infer<typeof CaseConsent>;

export const CasePublication = z.object({ published: z.boolean(), version: z.number().int().positive() });

const Person = z.object({ id: Id, displayName: z.string() });
const CaseText = z.object({ zh: z.string(), en: z.string().nullable() });

export const CaseIndicator = z.object({ id: Id, code: z.string(), name: Localized, dimensionCode: z.string() });
export const CaseSource = z.object({ evidenceId: Id, title: z.string(), url: z.string().nullable(), indicatorCode: z.string() });

export const Case = z.object({
  id: Id,
  roundId: Id,
  enterprise: z.object({ id: Id, name: z.string(), street: z.string(), industry: z.string() }),
  title: CaseText,
  summary: CaseText,
  indicators: z.array(CaseIndicator),
  sources: z.array(CaseSource),
  consent: z.object({ method: z.enum(['enterprise', 'offline']), by: Person, at: z.string(), note: z.string().nullable() }).nullable(),
  publishedAt: z.string().nullable(),
  createdBy: Person,
  createdAt: z.string(),
  version: z.number().int(),
});
export type Case = z.infer<typeof Case>;

/** What the public pages show of a published case: nothing of who made it or how consent was given. */
export const PublicCase = z.object({
  id: Id,
  title: CaseText,
  summary: CaseText,
  enterprise: z.object({ name: z.string(), nameEn: z.string().nullable(), street: z.string(), industry: z.string() }),
  round: z.object({ id: Id, name: Localized }),
  grade: z.string().nullable(),
  total: z.number().nullable(),
  indicators: z.array(z.object({ code: z.string(), name: Localized, dimensionCode: z.string() })),
  sources: z.array(z.object({ title: z.string(), url: z.string().nullable() })),
  publishedAt: z.string(),
});
export type PublicCase = z.infer<typeof PublicCase>;

const Filter = z.string().trim().max(60).optional();
/** Search by words in the title or summary, dimension code, indicator code, industry and street; pages from 1. */
export const PublicCaseQuery = z.object({
  q: SearchText.optional(),
  dimension: Filter,
  indicator: Filter,
  industry: Filter,
  /** The street's registry id; the form's empty choice means any. */
  street: z.preprocess((value) => (value === '' ? undefined : value), IdParam.optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type PublicCaseQuery = z.infer<typeof PublicCaseQuery>;
