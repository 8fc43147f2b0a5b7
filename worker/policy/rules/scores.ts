// Who may score, read scores and settle disagreements.
import { assignmentCovers } from '../../../shared/domain/assignment-scope';
import { membershipIn } from '../actor';
import { all, allow, deny, inRound, publishedForEnterprise, roles, seesEnterprise, whileRound, type Rule } from './common';

const scoringStates = ['scoring', 'reviewing'] as const;

/** Experts score only what their assignments in the round cover. */
const insideAssignment: Rule = inRound((actor, { round, enterprise, indicator, assignments }) => {
  if (membershipIn(actor, round.id)?.role !== 'expert') return deny('Only the experts of the round score');
  if (!enterprise || !indicator) return deny('Scoring concerns an indicator of an enterprise');
  return (assignments ?? []).some((a) => assignmentCovers(a, indicator, enterprise.id)) ? allow : deny('This indicator of this enterprise is outside your assignment');
});

export const scoreRules = {
  'score.write': all(whileRound([...scoringStates], 'Scoring'), insideAssignment),
  'score.read': all(roles('reviewer', 'expert', 'enterprise'), seesEnterprise, publishedForEnterprise),
  'score.settle': all(roles('reviewer'), whileRound([...scoringStates], 'Settling a disagreement'), seesEnterprise),
} satisfies Record<string, Rule>;
