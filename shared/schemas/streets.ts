// The district's streets and towns: the registry records (official name, code, order, aliases) with how many
// enterprises and coordinators each holds, and the administrator's requests that change them.
import { z } from 'zod';
import { because } from '../issues';
import { CleanText, Id, normalizeText } from './common';

/** A street or town name as written officially or in a spreadsheet (NFKC, trimmed). */
export const StreetName = CleanText(2, 40);

/** The township code of GB/T 10114 / the statistical division code: 9 digits (e.g. 310114103 for 安亭镇). */
export const StreetCode = z
  .string()
  .transform(normalizeText)
  .pipe(z.string().regex(/^\d{9}$/));

export const Street = z.object({
  id: Id,
  code: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
  /** 1-based place in the official order. */
  position: z.number().int(),
  aliases: z.array(z.string()),
  retiredAt: z.string().nullable(),
  /** Registered enterprises in the street. */
  enterprises: z.number().int(),
  /** Coordinators bound to it, in any round. */
  coordinators: z.number().int(),
  version: z.number().int(),
});
export type Street = z.infer<typeof Street>;

/** Every street, active ones first in official order, then the retired ones. */
export const StreetList = z.object({ items: z.array(Street) });

const aliases = z
  .array(StreetName)
  .max(20)
  .refine((list) => new Set(list).size === list.length, because('alias_repeated', 'An alias is listed twice'));

export const StreetCreate = z.strictObject({
  name: StreetName,
  nameEn: CleanText(1, 80).nullable().default(null),
  code: StreetCode.nullable().default(null),
  aliases: aliases.default([]),
});
export type StreetCreate = z.infer<typeof StreetCreate>;

/** A rename, new code or English name, or the whole list of aliases (adding or removing one sends the new list). */
export const StreetPatch = z.strictObject({
  version: z.number().int().positive(),
  name: StreetName.optional(),
  nameEn: CleanText(1, 80).nullable().optional(),
  code: StreetCode.nullable().optional(),
  aliases: aliases.optional(),
});
export type StreetPatch = z.infer<typeof StreetPatch>;

/** The new official order: every active street's id, once each. */
export const StreetOrder = z.strictObject({
  ids: z
    .array(Id)
    .min(1)
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, because('street_repeated', 'A street is listed twice')),
});

/** Retiring or restoring a street, at the version the administrator saw. */
export const StreetVersion = z.strictObject({ version: z.number().int().positive() });
