// Who may read and add evidence.
import { membershipIn } from '../actor';
import { all, deny, inRound, seesEnterprise, whileRound, type Rule } from './common';

export const evidenceRules = {
  'evidence.read': seesEnterprise,
  'evidence.create': all(
    whileRound(['collecting', 'scoring', 'reviewing'], 'Adding evidence'),
    inRound((actor, { round }) => {
      const member = membershipIn(actor, round.id);
      return !member || member.role === 'coordinator' ? deny('Only experts, reviewers and enterprise staff add evidence') : { allow: true };
    }),
    seesEnterprise,
  ),
} satisfies Record<string, Rule>;
