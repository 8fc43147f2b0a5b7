// Who may make good-practice cases (the admin, or the coordinator of the enterprise's street, from published
// results), give or record the enterprise's consent, withdraw it, and publish or unpublish a case.
import { all, only, roles, seesEnterprise, whileRound, type Rule } from './common';

/** A case is made of published results and accepted evidence: not before the round is published. */
const resultsPublished = whileRound(['published', 'closed'], 'Making a good-practice case');
const makers = all(roles('coordinator'), seesEnterprise, resultsPublished);

export const caseRules = {
  /** The admin's every case, a coordinator's street, an enterprise's own (to consent); policy/scope.ts narrows the list. */
  'case.read': all(roles('coordinator', 'enterprise'), seesEnterprise),
  'case.write': makers,
  'case.publish': makers,
  /** The enterprise's own staff confirm in the console… */
  'case.consent': all(only('enterprise', 'consent for their enterprise'), seesEnterprise, resultsPublished),
  /** …or the admin or coordinator records a consent given offline, with a note of how. */
  'case.recordConsent': makers,
  /** Consent can always be withdrawn, by the enterprise or for it; the case leaves the public pages with it. */
  'case.withdrawConsent': all(roles('coordinator', 'enterprise'), seesEnterprise),
} satisfies Record<string, Rule>;
