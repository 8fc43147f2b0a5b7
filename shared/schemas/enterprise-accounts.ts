// Enterprise staff accounts in bulk: each enrolled enterprise of a round (or of some streets, or a selection) gets
// an account from its registry contact and the enterprise role in the round, in resumable chunks; then the
// invitation codes are handed out as a sheet (CSV, XLSX, or data for a printable page per street).
import { z } from 'zod';
import { Id, Timestamp } from './common';
import { CreditCode } from './enterprise';
import { StreetFilter } from './street-filter';

/** At most this many enterprises named in one scope (a 10,000-enterprise district twice over). */
const MAX_SCOPE_LIST = 20_000;

/** Whose accounts: every enrolled enterprise of the round, those of some streets, a selection, or a pasted list of credit codes. */
export const EnterpriseAccountScope = z.discriminatedUnion('by', [
  z.object({ by: z.literal('round') }),
  z.object({ by: z.literal('street'), streets: z.array(StreetFilter).min(1).max(50) }),
  z.object({ by: z.literal('list'), enterpriseIds: z.array(Id).min(1).max(MAX_SCOPE_LIST) }),
  z.object({ by: z.literal('codes'), creditCodes: z.array(CreditCode).min(1).max(MAX_SCOPE_LIST) }),
]);
export type EnterpriseAccountScope = z.infer<typeof EnterpriseAccountScope>;

/** Enterprises handled per request: one batch, well inside a second and D1's statement limits. */
export const ACCOUNTS_CHUNK = 200;

/** One chunk: the enterprises after `after` (an enterprise id, from the previous answer's `next`). */
export const EnterpriseAccountsRequest = z.object({ scope: EnterpriseAccountScope, after: Id.optional() });
export type EnterpriseAccountsRequest = z.infer<typeof EnterpriseAccountsRequest>;

/**
 * Progress after one chunk. `created`: new accounts (login ent-<credit code>) with the role; `rolesGiven`: an
 * existing ent-<credit code> account given the role in this round; `skipped`: the enterprise already has staff
 * with the enterprise role in the round, or the login belongs to someone with another role here. Repeat with
 * `after: next` until `next` is null; repeating a finished chunk creates nothing twice.
 */
export const EnterpriseAccountsProgress = z.object({
  total: z.number().int(),
  done: z.number().int(),
  created: z.number().int(),
  rolesGiven: z.number().int(),
  skipped: z.number().int(),
  next: Id.nullable(),
  /** A scope of credit codes, first chunk only: the codes no enterprise enrolled in the round has. */
  notEnrolled: z.array(z.string()).optional(),
});
export type EnterpriseAccountsProgress = z.infer<typeof EnterpriseAccountsProgress>;

/** At most this many codes per sheet (a street of a 10,000-enterprise district is ~800). */
export const MAX_INVITATION_SHEET = 2_000;

/**
 * New invitation codes for the scope's enterprise accounts that have not set a password yet (earlier unused
 * codes of theirs stop working), as a file or as data for a printable page per street.
 */
export const InvitationSheetRequest = z.object({ scope: EnterpriseAccountScope, format: z.enum(['csv', 'xlsx', 'json']).default('json') });
export type InvitationSheetRequest = z.infer<typeof InvitationSheetRequest>;

export const InvitationLine = z.object({
  enterprise: z.object({ id: Id, name: z.string(), creditCode: z.string(), street: z.string() }),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  login: z.string(),
  code: z.string(),
  /** The web console's "set your password" page with the code filled in. */
  link: z.string(),
});
export type InvitationLine = z.infer<typeof InvitationLine>;

export const InvitationSheet = z.object({
  expiresAt: Timestamp,
  count: z.number().int(),
  /** Streets in name order, each with its enterprises in name order: one printed page each. */
  streets: z.array(z.object({ street: z.string(), items: z.array(InvitationLine) })),
});
export type InvitationSheet = z.infer<typeof InvitationSheet>;
