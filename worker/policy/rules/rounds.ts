// Who may see a round and its framework.
import { isRoundMember, seesEnterprise, type Rule } from './common';

export const roundRules = {
  'round.read': isRoundMember,
  'enterprise.read': seesEnterprise,
} satisfies Record<string, Rule>;
