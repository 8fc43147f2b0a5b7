// Who works the round-scale queues: reviewers the pending evidence and the disagreements (bulk settles
// included), experts their slots to score, everyone who clips their clips rejected or moved; and who creates
// enterprise accounts in bulk and reads rectification tasks grouped by enterprise.
import { adminOnly, all, notClosed, only, roles, whileRound, type Rule } from './common';

export const queueRules = {
  /** The round's pending evidence across enterprises (pages, facets, the saved position, reject reasons). */
  'queue.evidence': roles('reviewer'),
  /** Remembering where the reviewer left off is a write: not in a closed round. */
  'queue.savePosition': all(roles('reviewer'), whileRound(notClosed, 'Saving a queue position')),
  /** Every unsettled disagreement with the experts' scores and rationales side by side (reviewers see every score). */
  'queue.disagreements': roles('reviewer'),
  /** A bulk settle as a whole; each item is judged again by score.settle (its enterprise, its sign-off). */
  'score.settleBulk': all(roles('reviewer'), whileRound(['scoring', 'reviewing'], 'Settling disagreements')),
  /** An expert's own slots to score: only experts, in their own name. */
  'queue.toScore': only('expert', 'have slots to score'),
  /** The reader's own clips that were rejected or moved. */
  'queue.myClips': roles('expert', 'reviewer', 'enterprise'),
  /** Enterprise staff accounts and their invitation codes, in bulk from the registry's contacts. */
  'enterpriseAccounts.manage': all(adminOnly, whileRound(notClosed, 'Creating accounts for the round')),
  /** Rectification tasks grouped by enterprise, for whoever chases them (coordinators their street). */
  'rectification.readGrouped': roles('coordinator'),
} satisfies Record<string, Rule>;
