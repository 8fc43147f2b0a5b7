// What the public pages show of a published round: grades, totals, dimension scores and commendations,
// never evidence, rationales, experts or contacts.
import { z } from 'zod';
import { Industry } from './industry';
import { Id, IdParam, Localized, SearchText } from './common';

export const PublicRound = z.object({
  id: Id,
  name: Localized,
  year: z.number().int(),
  publishedAt: z.string().nullable(),
  enterprises: z.number().int(),
});
export type PublicRound = z.infer<typeof PublicRound>;

export const PublicEnterpriseResult = z.object({
  enterprise: z.object({ id: Id, name: z.string(), nameEn: z.string().nullable(), street: z.string(), industry: z.string() }),
  rank: z.number().int().nullable(),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  /** By dimension code. */
  dimensions: z.record(z.string(), z.number().nullable()),
  commendations: z.array(Localized),
});
export type PublicEnterpriseResult = z.infer<typeof PublicEnterpriseResult>;

/** A plain form's empty choice means any. */
const anyWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** ?q= searches enterprise names, ?street= (registry id) and ?industry= narrow the list; ?page= counts from 1. */
export const PublicRankingQuery = z.object({
  q: SearchText.optional(),
  street: anyWhenEmpty(IdParam),
  industry: anyWhenEmpty(Industry),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type PublicRankingQuery = z.infer<typeof PublicRankingQuery>;
