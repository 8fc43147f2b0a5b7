// The one place that decides who may do what. Pure: (actor, action, subject) → allow, or deny with a reason.
// Routes load the subject, call this, and never decide inline. Rules live per resource in rules/.
import type { Actor } from './actor';
import { assignmentRules } from './rules/assignments';
import type { Decision, Subject } from './rules/common';
import { enterpriseRules } from './rules/enterprises';
import { evidenceRules } from './rules/evidence';
import { frameworkRules } from './rules/frameworks';
import { rectificationRules } from './rules/rectifications';
import { resultRules } from './rules/results';
import { roundRules } from './rules/rounds';
import { scoreRules } from './rules/scores';

const rules = {
  ...roundRules,
  ...evidenceRules,
  ...frameworkRules,
  ...enterpriseRules,
  ...assignmentRules,
  ...scoreRules,
  ...resultRules,
  ...rectificationRules,
};

export type Action = keyof typeof rules;
export type { Decision, Subject };

export function decide(actor: Actor | null, action: Action, subject: Subject): Decision {
  if (!actor) return { allow: false, status: 401, reason: 'Sign in to continue' };
  return rules[action](actor, subject);
}
