// Who may see and change expert assignments and the coverage report.
import { adminOnly, all, beforePublication, roles, whileRound, type Rule } from './common';

export const assignmentRules = {
  /** Experts see their own assignments only (policy/scope.ts narrows the list). */
  'assignment.read': roles('reviewer', 'expert'),
  'assignment.manage': all(adminOnly, whileRound(beforePublication, 'Changing assignments')),
  'coverage.read': roles('reviewer'),
} satisfies Record<string, Rule>;
