// Who may score, read scores and settle disagreements.
import { assignmentCovers } from '../../../shared/domain/assignment-scope';
import { membershipIn } from '../actor';
import { all, allow, deny, inRound, only, publishedForEnterprise, roles, seesEnterprise, whileRound, type Rule } from './common';

const scoringStates = ['scoring', 'reviewing'] as const;

/** Experts score only what their assignments in the round cover. */
export const insideAssignment: Rule = (_actor, { enterprise, indicator, assignments }) => {
  if (!enterprise || !indicator) return deny('Scoring concerns an indicator of an enterprise');
  return (assignments ?? []).some((a) => assignmentCovers(a, indicator, enterprise.id)) ? allow : deny('This indicator of this enterprise is outside your assignment');
};

/** A signed-off enterprise's scores are final: the reviewer revokes the sign-off before they change. */
const notSignedOff: Rule = (_actor, { enterprise }) =>
  enterprise?.status === 'signed_off' ? deny('This enterprise is signed off; its scores change only after the reviewer revokes the sign-off') : allow;

export const scoreRules = {
  'score.write': all(only('expert', 'score'), whileRound([...scoringStates], 'Scoring'), insideAssignment, notSignedOff),
  'score.read': all(roles('reviewer', 'expert', 'enterprise'), seesEnterprise, publishedForEnterprise),
  'score.settle': all(roles('reviewer'), whileRound([...scoringStates], 'Settling a disagreement'), seesEnterprise, notSignedOff),
  /** An enterprise's published result explained with rationales and cited evidence (coordinators read results, not rationales). */
  'explanation.read': all(roles('reviewer', 'expert', 'enterprise'), seesEnterprise, whileRound(['published', 'closed'], 'Explaining a result before publication')),
  /**
   * Who evaluated (scored, settled, clipped, asked for documents, proposed or decided an adjustment, signed
   * off): an enterprise learns it only after publication, and only when the framework shows evaluators.
   */
  'score.readEvaluatorNames': inRound((actor, { round, framework }) => {
    if (membershipIn(actor, round.id)?.role !== 'enterprise') return allow;
    if (round.status !== 'published' && round.status !== 'closed') return deny('Enterprises learn who evaluated them only after publication');
    return framework?.showExpertNames ? allow : deny('The framework does not show evaluators to enterprises');
  }),
} satisfies Record<string, Rule>;
