// Who may read results and ask for their rebuild. Coordinators see their street; enterprises their own and experts
// (blind scoring) only after publication.
import { adminOnly, all, beforePublication, publishedForEnterprise, publishedForExperts, roles, seesEnterprise, whileRound, type Rule } from './common';

const readers = roles('reviewer', 'expert', 'coordinator', 'enterprise');

export const resultRules = {
  /** The ranking; policy/scope.ts narrows it to what the actor may see. */
  'results.list': all(readers, publishedForEnterprise, publishedForExperts),
  'results.read': all(readers, seesEnterprise, publishedForEnterprise, publishedForExperts),
  /** Publication froze the results (and made the rectification tasks from them): no rebuilding them afterwards. */
  'results.rebuild': all(adminOnly, whileRound(beforePublication, 'Rebuilding the results')),
} satisfies Record<string, Rule>;
