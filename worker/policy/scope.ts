// Which enterprises of a round an actor may list: the same rules as seesEnterprise, as a filter for SQL.
import { membershipIn, type Actor } from './actor';

export type EnterpriseScope = { kind: 'all' } | { kind: 'street'; streetId: number } | { kind: 'one'; enterpriseId: number } | { kind: 'none' };

export function enterpriseScope(actor: Actor, roundId: number): EnterpriseScope {
  if (actor.isAdmin) return { kind: 'all' };
  const member = membershipIn(actor, roundId);
  if (!member) return { kind: 'none' };
  switch (member.role) {
    case 'expert':
    case 'reviewer':
      return { kind: 'all' };
    case 'coordinator':
      return member.streetId ? { kind: 'street', streetId: member.streetId } : { kind: 'none' };
    case 'enterprise':
      return member.enterpriseId ? { kind: 'one', enterpriseId: member.enterpriseId } : { kind: 'none' };
  }
}

/** Whose assignments an actor lists: experts see only their own. */
export function assignmentOwner(actor: Actor, roundId: number): number | null {
  return !actor.isAdmin && membershipIn(actor, roundId)?.role === 'expert' ? actor.userId : null;
}

/** Which rounds an actor may list: every round for admins (null = no filter), else the rounds they hold a role in. */
export const roundScope = (actor: Actor): number[] | null => (actor.isAdmin ? null : actor.memberships.map((m) => m.roundId));

/**
 * Blind scoring: the expert whose view of other experts' scores is limited to the slots (enterprise ×
 * indicator) they have scored themselves, or null for everyone else. Reviewers and admins see every score;
 * once the round is published nobody scores any more and experts read it like everyone.
 */
export function blindExpert(actor: Actor, round: { id: number; status: string }): number | null {
  if (actor.isAdmin || membershipIn(actor, round.id)?.role !== 'expert') return null;
  return round.status === 'published' || round.status === 'closed' ? null : actor.userId;
}
