// Building blocks of the policy rules: decisions, the subject they judge, and who sees which enterprise.
import type { AssignmentCoverage, IndicatorPath } from '../../../shared/domain/assignment-scope';
import type { RoundRole } from '../../../shared/schemas/auth';
import type { ReviewStatus } from '../../../shared/schemas/evidence';
import type { RoundStatus } from '../../../shared/schemas/round';
import { membershipIn, type Actor } from '../actor';

/** What an action concerns; each rule reads the parts it needs (a missing part is a denial, never a pass). */
export type Subject = {
  round?: { id: number; status: RoundStatus };
  /** The enterprise concerned, for enterprise-scoped actions; `status` says whether a reviewer signed it off in the round. */
  enterprise?: { id: number; streetId: number | null; status?: 'enrolled' | 'signed_off' };
  /** The evidence concerned, for actions on one piece of it. */
  evidence?: { capturedBy: number; status: ReviewStatus };
  framework?: { status: 'draft' | 'published'; showExpertNames?: boolean };
  /** score.write: the indicator being scored and the acting expert's assignments in the round. */
  indicator?: IndicatorPath;
  assignments?: readonly AssignmentCoverage[];
  /** A documentation request, for deciding on its answer: who asked. */
  request?: { askedBy: number };
  /** An adjustment, for confirming, rejecting or withdrawing it: who proposed it. */
  adjustment?: { proposedBy: number };
};
export type RoundSubject = Subject & { round: NonNullable<Subject['round']> };

export type Decision = { allow: true } | { allow: false; status: 401 | 403; reason: string };
export type Rule = (actor: Actor, subject: Subject) => Decision;

export const allow: Decision = { allow: true };
export const deny = (reason: string): Decision => ({ allow: false, status: 403, reason });

/** A rule about a round: denied when the subject names none. */
export const inRound =
  (rule: (actor: Actor, subject: RoundSubject) => Decision): Rule =>
  (actor, subject) =>
    subject.round ? rule(actor, subject as RoundSubject) : deny('This action concerns a round');

export const adminOnly: Rule = (actor) => (actor.isAdmin ? allow : deny('Only an administrator may do this'));

/** Allows the admin and members holding one of `roles` in the subject's round. */
export const roles = (...allowed: RoundRole[]): Rule =>
  inRound((actor, { round }) => {
    if (actor.isAdmin) return allow;
    const role = membershipIn(actor, round.id)?.role;
    return role && allowed.includes(role) ? allow : deny(`Only ${['administrators', ...allowed.map((r) => `${r}s`)].join(', ')} may do this`);
  });

/** Allows only members holding `role` in the subject's round: what someone does in their own name (not even an admin). */
export const only = (role: RoundRole, what: string): Rule =>
  inRound((actor, { round }) => (membershipIn(actor, round.id)?.role === role ? allow : deny(`Only ${role} members ${what}`)));

/** The states in which evidence is collected and scored: documentation is asked for and adjustments proposed. */
export const collectingStates: RoundStatus[] = ['collecting', 'scoring', 'reviewing'];

/** Every state but closed: a closed round is read-only for everyone, administrators included. */
export const notClosed: RoundStatus[] = ['preparing', 'collecting', 'scoring', 'reviewing', 'published'];
/** The states before publication: publication freezes the results and creates the rectification tasks from them. */
export const beforePublication: RoundStatus[] = ['preparing', 'collecting', 'scoring', 'reviewing'];

/** Allows only while the round is in one of `states` (a closed round is read-only for everyone). */
export const whileRound = (states: RoundStatus[], what: string): Rule =>
  inRound((_actor, { round }) => (states.includes(round.status) ? allow : deny(`${what} is not possible while the round is ${round.status}`)));

/** Every rule must allow. */
export const all =
  (...rules: Rule[]): Rule =>
  (actor, subject) => {
    for (const rule of rules) {
      const decision = rule(actor, subject);
      if (!decision.allow) return decision;
    }
    return allow;
  };

/** Whether the actor may see this enterprise in this round at all. */
export const seesEnterprise: Rule = inRound((actor, { round, enterprise }) => {
  if (actor.isAdmin) return allow;
  const member = membershipIn(actor, round.id);
  if (!member) return deny('You have no role in this round');
  if (!enterprise) return allow;
  switch (member.role) {
    case 'expert':
    case 'reviewer':
      return allow;
    case 'coordinator':
      return member.streetId !== null && member.streetId === enterprise.streetId ? allow : deny('This enterprise is not in your street');
    case 'enterprise':
      return member.enterpriseId === enterprise.id ? allow : deny('You can only see your own enterprise');
  }
});

export const isRoundMember: Rule = inRound((actor, { round }) =>
  actor.isAdmin || membershipIn(actor, round.id) ? allow : deny('You have no role in this round'),
);

const isPublished = (status: RoundStatus) => status === 'published' || status === 'closed';

/**
 * Blind scoring: before publication an expert sees no computed results (consensus, flags, vetoes, grades, ranks),
 * which are made of every expert's scores; their own slots' scores they read through score.read, filtered.
 */
export const publishedForExperts: Rule = inRound((actor, { round }) =>
  actor.isAdmin || membershipIn(actor, round.id)?.role !== 'expert' || isPublished(round.status) ? allow : deny('Experts see the results once the round is published (blind scoring)'),
);

/** Enterprise staff see their results, scores and rationales only once the round is published. */
export const publishedForEnterprise: Rule = inRound((actor, { round }) => {
  const role = membershipIn(actor, round.id)?.role;
  if (actor.isAdmin || role !== 'enterprise') return allow;
  return isPublished(round.status) ? allow : deny('Results are shown to enterprises once the round is published');
});
