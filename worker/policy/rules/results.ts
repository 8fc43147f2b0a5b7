// Who may read and compute results. Coordinators see their street; enterprises their own and experts
// (blind scoring) only after publication.
import { adminOnly, all, beforePublication, publishedForEnterprise, publishedForExperts, roles, seesEnterprise, whileRound, type Rule } from './common';

const readers = roles('reviewer', 'expert', 'coordinator', 'enterprise');

export const resultRules = {
  /** The ranking; policy/scope.ts narrows it to what the actor may see. */
  'results.list': all(readers, publishedForEnterprise, publishedForExperts),
  'results.read': all(readers, seesEnterprise, publishedForEnterprise, publishedForExperts),
  /** Publication froze the results (and made the rectification tasks from them): no recomputing them afterwards. */
  'results.compute': all(adminOnly, whileRound(beforePublication, 'Recomputing the results')),
} satisfies Record<string, Rule>;
