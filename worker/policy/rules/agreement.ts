// Who may read inter-rater agreement: reviewers (and admins), who settle disagreements and judge the experts'
// reliability. Experts do not (per-indicator figures are made of other experts' scores: blind scoring), nor
// enterprises, nor coordinators, whose work is chasing enterprises, not weighing evaluators.
import { roles, type Rule } from './common';

export const agreementRules = {
  'agreement.read': roles('reviewer'),
} satisfies Record<string, Rule>;
