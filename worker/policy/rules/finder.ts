// Who sees what the evidence finder read and suggests, and who turns a suggestion into evidence or dismisses it.
import { adminOnly, all, collectingStates, notClosed, only, roles, seesEnterprise, whileRound, type Rule } from './common';
import { insideAssignment } from './scores';

/** Experts decide on suggestions for the indicators their assignment covers, while evidence is collected. */
const expertInsideAssignment: Rule = all(only('expert', 'confirm or dismiss suggestions'), whileRound(collectingStates, 'Deciding on suggestions'), insideAssignment);

export const finderRules = {
  /** Which reports of an enterprise were read and how it went: whoever sees the enterprise (its staff see why theirs failed). */
  'finder.readReports': seesEnterprise,
  /** The round's counts of reports and suggestions per enterprise (the console). */
  'finder.readSummary': roles('expert', 'reviewer'),
  /** Suggested passages are for evaluators, never for the enterprise or its street. */
  'finder.readSuggestions': all(roles('expert', 'reviewer'), seesEnterprise),
  /** An expert's own queue: the indicators of their assignment with suggestions and no evidence yet. */
  'finder.readUnevidenced': only('expert', 'have indicators to find evidence for'),
  'finder.confirm': expertInsideAssignment,
  'finder.dismiss': expertInsideAssignment,
  'finder.reindex': all(adminOnly, whileRound(notClosed, 'Reading reports again')),
} satisfies Record<string, Rule>;
