// The one place that decides who may do what. Pure: (actor, action, subject) → allow, or deny with a reason.
// Routes load the subject, call this, and never decide inline. Rules live per resource in rules/.
import type { Actor } from './actor';
import type { Decision, Subject } from './rules/common';
import { evidenceRules } from './rules/evidence';
import { roundRules } from './rules/rounds';

const rules = { ...roundRules, ...evidenceRules };

export type Action = keyof typeof rules;
export type { Decision, Subject };

export function decide(actor: Actor | null, action: Action, subject: Subject): Decision {
  if (!actor) return { allow: false, status: 401, reason: 'Sign in to continue' };
  return rules[action](actor, subject);
}
