// Accounts as admins manage them: creating users, one-time invites, passwords.
import { z } from 'zod';
import { because } from '../issues';
import { Id, IdParam, PageQuery, SearchText, Timestamp } from './common';
import { Membership, Role } from './auth';

/** Logins are lower-case so that "Admin" and "admin" are one account. */
export const UserLogin = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,62}$/, 'Expected 2–63 letters, digits, dots, dashes or underscores');

/** Long enough to resist guessing at the PBKDF2 rate Workers allow; no composition rules (NIST 800-63B). */
export const NewPassword = z.string().min(10, 'At least 10 characters').max(200);

export const DisplayName = z.string().trim().min(1).max(80);

export const UserCreate = z.strictObject({ login: UserLogin, displayName: DisplayName, isAdmin: z.boolean().default(false) });
export type UserCreate = z.input<typeof UserCreate>;

/** A change to a user; `version` is the one the admin saw, so a concurrent change is a 409, not lost. */
export const UserUpdate = z
  .strictObject({ displayName: DisplayName.optional(), isAdmin: z.boolean().optional(), disabled: z.boolean().optional(), version: z.number().int().min(1) })
  .refine((u) => u.displayName !== undefined || u.isAdmin !== undefined || u.disabled !== undefined, because('nothing_to_change', 'Nothing to change'));
export type UserUpdate = z.input<typeof UserUpdate>;

/** Accounts in the order they were created, by login, or by display name. */
export const UserSort = z.enum(['created', 'login', 'name']);
export type UserSort = z.infer<typeof UserSort>;

/**
 * Users in `sort`'s order; `cursor` is the opaque key of the previous page's last user. `role` keeps those holding it
 * (admin: administrators), in round `roundId` when given, else in any round.
 */
export const UserListQuery = PageQuery.extend({ q: SearchText.min(1).optional(), role: Role.optional(), roundId: IdParam.optional(), sort: UserSort.default('created') });

export const User = z.object({
  id: Id,
  login: z.string(),
  displayName: z.string(),
  isAdmin: z.boolean(),
  disabled: z.boolean(),
  /** Whether the user has set a password (accepted an invite). */
  activated: z.boolean(),
  createdAt: z.string(),
  version: z.number().int(),
  memberships: z.array(Membership),
});
export type User = z.infer<typeof User>;

/** The code is shown once, when it is made; the server keeps only its hash. */
/** `link` opens the web console's "set your password" page with the code filled in. */
export const InviteCreated = z.object({ code: z.string(), link: z.string(), expiresAt: Timestamp, purpose: z.enum(['activate', 'reset']) });
export type InviteCreated = z.infer<typeof InviteCreated>;

export const UserCreated = z.object({ user: User, invite: InviteCreated });
export type UserCreated = z.infer<typeof UserCreated>;

export const InviteAccept = z.strictObject({ code: z.string().trim().min(8).max(64), password: NewPassword });
export type InviteAccept = z.input<typeof InviteAccept>;

export const PasswordChange = z.strictObject({ currentPassword: z.string().min(1).max(1024), newPassword: NewPassword });
export type PasswordChange = z.input<typeof PasswordChange>;

export const SessionsRevoked = z.object({ revoked: z.number().int().min(0) });
