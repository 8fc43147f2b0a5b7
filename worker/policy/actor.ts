// Who is asking: the signed-in user with their global flag and their role in each round.
import type { Me, Membership, Role } from '../../shared/schemas/auth';

export type Actor = {
  userId: number;
  login: string;
  displayName: string;
  isAdmin: boolean;
  memberships: Membership[];
};

/** The role the actor acts in for a round: admin everywhere, else their membership's role, else none. */
export function roleInRound(actor: Actor, roundId: number): Role | null {
  if (actor.isAdmin) return 'admin';
  return actor.memberships.find((m) => m.roundId === roundId)?.role ?? null;
}

export function membershipIn(actor: Actor, roundId: number): Membership | null {
  return actor.memberships.find((m) => m.roundId === roundId) ?? null;
}

/** The actor as the client sees itself (GET /me, and the answer to signing in). */
export const toMe = (actor: Actor): Me => ({
  id: actor.userId,
  login: actor.login,
  displayName: actor.displayName,
  isAdmin: actor.isAdmin,
  memberships: actor.memberships,
});
