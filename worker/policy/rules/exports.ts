// Who may download a round's results, scores and evidence: whoever may read them, narrowed by policy/scope.ts
// to their street or enterprise.
import { all, isRoundMember, publishedForEnterprise, roles, type Rule } from './common';
import { agreementRules } from './agreement';
import { resultRules } from './results';

export const exportRules = {
  'export.results': resultRules['results.list'],
  'export.scores': all(roles('reviewer', 'expert', 'enterprise'), publishedForEnterprise),
  'export.evidence': isRoundMember,
  'export.agreement': agreementRules['agreement.read'],
} satisfies Record<string, Rule>;
