// Who holds which role in a round, and what the role is bound to: a street, a bureau or an enterprise.
import { z } from 'zod';
import { Id } from './common';

/** The role with exactly the binding it needs; anything else is refused rather than ignored. */
export const MemberRole = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('coordinator'), street: z.string().trim().min(1).max(60) }),
  z.strictObject({ role: z.literal('expert'), bureau: z.string().trim().min(1).max(100) }),
  z.strictObject({ role: z.literal('reviewer') }),
  z.strictObject({ role: z.literal('enterprise'), enterpriseId: Id }),
]);
export type MemberRole = z.infer<typeof MemberRole>;

export const Member = z.object({
  roundId: Id,
  user: z.object({ id: Id, login: z.string(), displayName: z.string(), disabled: z.boolean() }),
  role: z.enum(['coordinator', 'expert', 'reviewer', 'enterprise']),
  street: z.string().nullable(),
  bureau: z.string().nullable(),
  enterprise: z.object({ id: Id, name: z.string() }).nullable(),
});
export type Member = z.infer<typeof Member>;
