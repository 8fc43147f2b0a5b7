// Who may see, propose, confirm or reject and withdraw an enterprise's bonus and deduction items. Proposals
// come from experts and reviewers; a reviewer other than the proposer confirms (four eyes, as for evidence);
// a signed-off enterprise's adjustments are final like its scores.
import { all, allow, collectingStates, deny, roles, seesEnterprise, whileRound, type Rule } from './common';

const whileCollecting = whileRound(collectingStates, 'Changing adjustments');

const notSignedOff: Rule = (_actor, { enterprise }) =>
  enterprise?.status === 'signed_off' ? deny('This enterprise is signed off; its adjustments change only after the reviewer revokes the sign-off') : allow;

const notTheProposer: Rule = (actor, { adjustment }) => {
  if (!adjustment) return deny('This concerns an adjustment');
  return adjustment.proposedBy === actor.userId ? deny('An adjustment is confirmed by someone other than its proposer') : allow;
};

const theProposer: Rule = (actor, { adjustment }) => (adjustment?.proposedBy === actor.userId ? allow : deny('Only the proposer withdraws an adjustment'));

export const adjustmentRules = {
  /** Proposals and their state; enterprises see the confirmed lines in their published result instead. */
  'adjustment.read': all(roles('reviewer', 'expert', 'coordinator'), seesEnterprise),
  'adjustment.propose': all(roles('reviewer', 'expert'), whileCollecting, seesEnterprise, notSignedOff),
  'adjustment.decide': all(roles('reviewer'), whileCollecting, seesEnterprise, notSignedOff, notTheProposer),
  'adjustment.withdraw': all(whileCollecting, seesEnterprise, notSignedOff, theProposer),
} satisfies Record<string, Rule>;
