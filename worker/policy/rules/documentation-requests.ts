// Who may ask an enterprise for documentation (experts and reviewers, about enterprises they see), answer it
// (the enterprise's own staff), accept or reopen the answer (whoever asked, or any reviewer) and read the
// requests (coordinators their street's, enterprises their own).
import { membershipIn } from '../actor';
import { all, allow, collectingStates, deny, inRound, only, roles, seesEnterprise, whileRound, type Rule } from './common';

const whileCollecting = whileRound(collectingStates, 'Documentation requests');

/** Any reviewer decides on an answer; an expert only on what they asked. */
const askerOrReviewer: Rule = inRound((actor, { round, request }) => {
  if (actor.isAdmin || membershipIn(actor, round.id)?.role === 'reviewer') return allow;
  if (!request) return deny('Deciding concerns a documentation request');
  return membershipIn(actor, round.id)?.role === 'expert' && request.askedBy === actor.userId ? allow : deny('Only the expert who asked, or a reviewer, decides on the answer');
});

export const documentationRequestRules = {
  /** policy/scope.ts narrows lists to the enterprises the actor may see. */
  'docRequest.read': all(roles('reviewer', 'expert', 'coordinator', 'enterprise'), seesEnterprise),
  'docRequest.create': all(roles('reviewer', 'expert'), whileCollecting, seesEnterprise),
  'docRequest.answer': all(only('enterprise', 'answer requests for their enterprise'), whileCollecting, seesEnterprise),
  'docRequest.decide': all(whileCollecting, seesEnterprise, askerOrReviewer),
} satisfies Record<string, Rule>;
