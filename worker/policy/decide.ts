// The one place that decides who may do what. Pure: (actor, action, subject) → allow, or deny with a reason.
// Routes load the subject, call this, and never decide inline. Rules live per resource in rules/; each
// action names the subject it judges (a round and enterprise, a user account, nothing at all).
import type { Actor } from './actor';
import { adjustmentRules } from './rules/adjustments';
import { agreementRules } from './rules/agreement';
import { assignmentRules } from './rules/assignments';
import { caseRules } from './rules/cases';
import { auditRules } from './rules/audit';
import { commendationRules } from './rules/commendations';
import type { Decision, Subject } from './rules/common';
import { documentationRequestRules } from './rules/documentation-requests';
import { enterpriseRules } from './rules/enterprises';
import { evidenceRules } from './rules/evidence';
import { exportRules } from './rules/exports';
import { finderRules } from './rules/finder';
import { frameworkRules } from './rules/frameworks';
import { freshnessRules } from './rules/freshness';
import { memberRules } from './rules/members';
import { panelRules } from './rules/panel';
import { progressRules } from './rules/progress';
import { queueRules } from './rules/queues';
import { rectificationRules } from './rules/rectifications';
import { reportRules } from './rules/reports';
import { resultRules } from './rules/results';
import { roundRules } from './rules/rounds';
import { scoreRules } from './rules/scores';
import { userRules } from './rules/users';

const rules = {
  ...roundRules,
  ...evidenceRules,
  ...frameworkRules,
  ...enterpriseRules,
  ...assignmentRules,
  ...scoreRules,
  ...resultRules,
  ...rectificationRules,
  ...userRules,
  ...memberRules,
  ...auditRules,
  ...panelRules,
  ...progressRules,
  ...commendationRules,
  ...exportRules,
  ...reportRules,
  ...caseRules,
  ...freshnessRules,
  ...documentationRequestRules,
  ...adjustmentRules,
  ...agreementRules,
  ...finderRules,
  ...queueRules,
};

export type Action = keyof typeof rules;
/** What the rule for `A` judges: its second parameter, or a round's Subject for rules that ignore it. */
export type SubjectOf<A extends Action> = Parameters<(typeof rules)[A]> extends [Actor, infer S, ...unknown[]] ? S : Subject;
export type { Decision, Subject };

export function decide<A extends Action>(actor: Actor | null, action: A, subject: SubjectOf<A>): Decision {
  if (!actor) return { allow: false, status: 401, reason: 'Sign in to continue' };
  const rule = rules[action] as (actor: Actor, subject: SubjectOf<A>) => Decision;
  return rule(actor, subject);
}
