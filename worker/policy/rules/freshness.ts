// Who may follow whether accepted evidence still stands on its sources (reviewers and coordinators, the
// latter for their street) and run the freshness job by hand (administrators; the Cron Trigger runs it daily).
import type { Actor } from '../actor';
import { allow, deny, roles, type Rule } from './common';
import type { NoSubject } from './users';

export const freshnessRules = {
  'freshness.read': roles('reviewer', 'coordinator') satisfies Rule,
  'freshness.run': (actor: Actor, _subject: NoSubject) => (actor.isAdmin ? allow : deny('Only administrators run the freshness check by hand')),
};
