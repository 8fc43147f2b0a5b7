// Building blocks of the policy rules: decisions, the subject they judge, and who sees which enterprise.
import type { ReviewStatus } from '../../../shared/schemas/evidence';
import type { RoundStatus } from '../../../shared/schemas/round';
import { membershipIn, type Actor } from '../actor';

export type Subject = {
  round: { id: number; status: RoundStatus };
  /** The enterprise concerned, for enterprise-scoped actions. */
  enterprise?: { id: number; street: string };
  /** The evidence concerned, for actions on one piece of it. */
  evidence?: { capturedBy: number; status: ReviewStatus };
};

export type Decision = { allow: true } | { allow: false; status: 401 | 403; reason: string };
export type Rule = (actor: Actor, subject: Subject) => Decision;

export const allow: Decision = { allow: true };
export const deny = (reason: string): Decision => ({ allow: false, status: 403, reason });

/** Whether the actor may see this enterprise in this round at all. */
export const seesEnterprise: Rule = (actor, { round, enterprise }) => {
  if (actor.isAdmin) return allow;
  const member = membershipIn(actor, round.id);
  if (!member) return deny('You have no role in this round');
  if (!enterprise) return allow;
  switch (member.role) {
    case 'expert':
    case 'reviewer':
      return allow;
    case 'coordinator':
      return member.street === enterprise.street ? allow : deny('This enterprise is not in your street');
    case 'enterprise':
      return member.enterpriseId === enterprise.id ? allow : deny('You can only see your own enterprise');
  }
};

export const isRoundMember: Rule = (actor, { round }) =>
  actor.isAdmin || membershipIn(actor, round.id) ? allow : deny('You have no role in this round');
