// Who may follow a round's progress: everyone evaluating it; coordinators see their street only
// (policy/scope.ts), enterprises not at all.
import { roles, type Rule } from './common';

export const progressRules = {
  'progress.read': roles('reviewer', 'expert', 'coordinator'),
} satisfies Record<string, Rule>;
