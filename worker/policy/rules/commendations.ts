// Who may see commendations (whoever sees the results) and choose them (the admin, from reviewing on).
import { adminOnly, all, whileRound, type Rule } from './common';
import { resultRules } from './results';

export const commendationRules = {
  /** policy/scope.ts narrows the list to the enterprises the actor may see. */
  'commendation.read': resultRules['results.list'],
  'commendation.manage': all(adminOnly, whileRound(['reviewing', 'published'], 'Choosing commendations')),
} satisfies Record<string, Rule>;
