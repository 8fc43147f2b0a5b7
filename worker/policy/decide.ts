// The one place that decides who may do what. Pure: (actor, action, subject) → allow, or deny with a reason.
// Routes load the subject, call this, and never decide inline.
import type { RoundStatus } from '../../shared/schemas/round';
import { membershipIn, type Actor } from './actor';

export type Subject = {
  round: { id: number; status: RoundStatus };
  /** The enterprise concerned, for enterprise-scoped actions. */
  enterprise?: { id: number; street: string };
};

export type Decision = { allow: true } | { allow: false; status: 401 | 403; reason: string };

const allow: Decision = { allow: true };
const deny = (reason: string): Decision => ({ allow: false, status: 403, reason });

/** Round states in which evidence may be collected. */
const collectingStates: RoundStatus[] = ['collecting', 'scoring', 'reviewing'];

type Rule = (actor: Actor, subject: Subject) => Decision;

/** Whether the actor may see this enterprise in this round at all. */
const seesEnterprise: Rule = (actor, { round, enterprise }) => {
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

const rules = {
  'round.read': (actor, subject) => (actor.isAdmin || membershipIn(actor, subject.round.id) ? allow : deny('You have no role in this round')),
  'enterprise.read': seesEnterprise,
  'evidence.read': seesEnterprise,
  'evidence.create': (actor, subject) => {
    if (!collectingStates.includes(subject.round.status)) return deny(`Evidence cannot be added while the round is ${subject.round.status}`);
    const member = membershipIn(actor, subject.round.id);
    if (!member || member.role === 'coordinator') return deny('Only experts, reviewers and enterprise staff add evidence');
    return seesEnterprise(actor, subject);
  },
} satisfies Record<string, Rule>;

export type Action = keyof typeof rules;

export function decide(actor: Actor | null, action: Action, subject: Subject): Decision {
  if (!actor) return { allow: false, status: 401, reason: 'Sign in to continue' };
  return rules[action](actor, subject);
}
