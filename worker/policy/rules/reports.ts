// Who may set reporting schedules, write and submit an enterprise's regular reports, read them, follow who is
// late (with reminders) and take a report item into a round as evidence.
import { adminOnly, all, isRoundMember, notClosed, only, roles, seesEnterprise, whileRound, type Rule } from './common';
import { evidenceRules } from './evidence';

export const reportRules = {
  'schedule.read': isRoundMember,
  'schedule.manage': all(adminOnly, whileRound(notClosed, 'Setting a reporting schedule')),
  /** Where every enterprise stands: the admin's whole round, a coordinator's street (policy/scope.ts narrows it). */
  'report.standing': roles('coordinator'),
  'report.remind': all(roles('coordinator'), whileRound(notClosed, 'Reminding an enterprise'), seesEnterprise),
  /** Submitted reports: whoever sees the enterprise in the round. */
  'report.read': seesEnterprise,
  /** A draft is the enterprise's own until it is submitted. */
  'report.readDrafts': all(only('enterprise', 'read their enterprise’s drafts'), seesEnterprise),
  'report.write': all(only('enterprise', 'write their enterprise’s reports'), whileRound(notClosed, 'Reporting'), seesEnterprise),
  /** Taking a report item into a round is adding evidence there: the same people, states and enterprises. */
  'report.adopt': evidenceRules['evidence.create'],
} satisfies Record<string, Rule>;
