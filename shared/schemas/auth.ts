// Logins, sessions and who the current user is.
import { z } from 'zod';
import { ROLES } from './values';
import { Id, Timestamp } from './common';

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
export const RoundRole = Role.exclude(['admin']);
export type RoundRole = z.infer<typeof RoundRole>;

export const LoginRequest = z.object({
  login: z.string().trim().toLowerCase().min(1).max(120),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

/** The role a user holds in one round, with what it is bound to. */
export const Membership = z.object({
  roundId: Id,
  role: RoundRole,
  /** Coordinators: the street they coordinate (its official name beside its registry id). */
  streetId: Id.nullable(),
  street: z.string().nullable(),
  bureau: z.string().nullable(),
  enterpriseId: Id.nullable(),
});
export type Membership = z.infer<typeof Membership>;

export const Me = z.object({
  id: Id,
  login: z.string(),
  displayName: z.string(),
  isAdmin: z.boolean(),
  memberships: z.array(Membership),
});
export type Me = z.infer<typeof Me>;

export const SessionCreated = z.object({ token: z.string(), expiresAt: Timestamp, user: Me });
export type SessionCreated = z.infer<typeof SessionCreated>;
/** The web console's sign-in: the token travels only in the HttpOnly cookie, never in a body a script can read. */
export const CookieSessionCreated = SessionCreated.omit({ token: true });
export type CookieSessionCreated = z.infer<typeof CookieSessionCreated>;

/** The extension's one-time code that signs its user into the web console (ADR-013); shown once, stored hashed. */
export const HandoffCreated = z.object({ code: z.string(), expiresAt: Timestamp });
export type HandoffCreated = z.infer<typeof HandoffCreated>;
/** Redeeming it: any text within a bound, so a malformed code gets the same answer as an unknown one. */
export const HandoffRedeem = z.object({ code: z.string().max(200) });
export type HandoffRedeem = z.infer<typeof HandoffRedeem>;
