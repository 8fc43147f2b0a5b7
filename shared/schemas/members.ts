// Who holds which role in a round, and what the role is bound to: a street, a bureau or an enterprise.
import { z } from 'zod';
import { Id } from './common';

/**
 * The version of the role the admin saw: absent to give a role to someone who holds none in the round, the
 * member's `version` to change theirs. Either way a concurrent change is a 409 with the current role, not lost.
 */
const expected = { version: z.number().int().min(1).optional() };

/** The role with exactly the binding it needs; anything else is refused rather than ignored. */
export const MemberRole = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('coordinator'), streetId: Id, ...expected }),
  z.strictObject({ role: z.literal('expert'), bureau: z.string().trim().min(1).max(100), ...expected }),
  z.strictObject({ role: z.literal('reviewer'), ...expected }),
  z.strictObject({ role: z.literal('enterprise'), enterpriseId: Id, ...expected }),
]);
export type MemberRole = z.infer<typeof MemberRole>;

export const Member = z.object({
  roundId: Id,
  user: z.object({ id: Id, login: z.string(), displayName: z.string(), disabled: z.boolean() }),
  role: z.enum(['coordinator', 'expert', 'reviewer', 'enterprise']),
  /** Coordinators: the street they coordinate, by registry id and official name. */
  streetId: Id.nullable(),
  street: z.string().nullable(),
  bureau: z.string().nullable(),
  enterprise: z.object({ id: Id, name: z.string() }).nullable(),
  version: z.number().int(),
});
export type Member = z.infer<typeof Member>;
