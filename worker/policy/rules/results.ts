// Who may read and compute results. Coordinators see their street, enterprises their own, after publication.
import { adminOnly, all, publishedForEnterprise, roles, seesEnterprise, type Rule } from './common';

const readers = roles('reviewer', 'expert', 'coordinator', 'enterprise');

export const resultRules = {
  /** The ranking; policy/scope.ts narrows it to what the actor may see. */
  'results.list': all(readers, publishedForEnterprise),
  'results.read': all(readers, seesEnterprise, publishedForEnterprise),
  'results.compute': adminOnly,
} satisfies Record<string, Rule>;
