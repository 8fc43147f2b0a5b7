// Whether signing an enterprise off must be confirmed: evidence still pending (contradicting evidence
// unreviewed among it) or completeness below the framework's floor. Unscored indicators and unsettled
// disagreements are not in this list: they refuse a sign-off outright (scores must be final).
import type { SignOffOpenItems } from '../schemas/round';

export const needsConfirmation = (items: SignOffOpenItems) =>
  items.pendingEvidence > 0 || items.contradictingUnreviewed > 0 || (items.completeness !== null && items.completeness < items.completenessThreshold);
