// Who may see a round, create and change it, move it through its lifecycle, enrol and sign off enterprises.
import { adminOnly, all, isRoundMember, notClosed, roles, seesEnterprise, whileRound, type Rule } from './common';

export const roundRules = {
  'round.read': isRoundMember,
  'enterprise.read': seesEnterprise,
  'round.create': adminOnly,
  'round.update': all(adminOnly, whileRound(notClosed, 'Changing the round')),
  'round.transition': all(adminOnly, whileRound(notClosed, 'Moving the round on')),
  'round.enrol': all(adminOnly, whileRound(['preparing', 'collecting'], 'Changing the enrolment')),
  'round.sign_off': all(roles('reviewer'), whileRound(['reviewing'], 'Signing off an enterprise')),
} satisfies Record<string, Rule>;
