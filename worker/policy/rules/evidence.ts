// Who may read, add, change, withdraw and re-anchor evidence.
import { membershipIn } from '../actor';
import { all, allow, collectingStates, deny, inRound, notClosed, roles, seesEnterprise, whileRound, type Rule } from './common';

/** Only the person who captured the evidence changes it, while the round still collects, and while they may see it. */
const authorWhileCollecting: Rule = all(
  whileRound(collectingStates, 'Changing evidence'),
  (actor, subject) => (subject.evidence?.capturedBy === actor.userId ? allow : deny('Only the person who captured this evidence may change it')),
  seesEnterprise,
);

/** Four eyes: nobody accepts or rejects what they captured themselves. */
const notTheCapturer: Rule = (actor, { evidence }) => {
  if (!evidence) return deny('Reviewing concerns a piece of evidence');
  return evidence.capturedBy === actor.userId ? deny('Evidence is reviewed by someone other than the person who captured it') : allow;
};

/** The evidence's recorded state is the evaluators' to set; anyone keeps it for what they captured themselves. */
const recordsEvaluation: Rule = (actor, subject) => {
  const role = subject.round ? membershipIn(actor, subject.round.id)?.role : undefined;
  if (actor.isAdmin || subject.evidence?.capturedBy === actor.userId || (role !== 'enterprise' && role !== 'coordinator')) return allow;
  return deny('Enterprise staff and coordinators flag a source as not reachable; the recorded state is the evaluators’');
};

const onlyStaffOrCoordinator: Rule = inRound((actor, { round }) => {
  const role = membershipIn(actor, round.id)?.role;
  return role === 'enterprise' || role === 'coordinator' ? allow : deny('Only enterprise staff and coordinators flag a source as not reachable');
});

export const evidenceRules = {
  'evidence.read': seesEnterprise,
  'evidence.create': all(
    whileRound(collectingStates, 'Adding evidence'),
    inRound((actor, { round }) => {
      const member = membershipIn(actor, round.id);
      return !member || member.role === 'coordinator' ? deny('Only experts, reviewers and enterprise staff add evidence') : allow;
    }),
    seesEnterprise,
  ),
  'evidence.update': authorWhileCollecting,
  'evidence.attachScreenshot': authorWhileCollecting,
  /** Accepted evidence may already count in scores: it stays, and a reviewer would reject it instead. */
  'evidence.withdraw': (actor, subject) =>
    subject.evidence?.status === 'accepted' ? deny('Accepted evidence cannot be withdrawn') : authorWhileCollecting(actor, subject),
  /**
   * A misfiled clip moves to another indicator: a reviewer moves any live evidence, its author only their own
   * while it is still pending (once reviewed, the reviewer's verdict was about the indicator it was filed under).
   */
  'evidence.move': (actor, subject) => {
    const asReviewer = all(roles('reviewer'), whileRound(collectingStates, 'Moving evidence'), seesEnterprise)(actor, subject);
    if (asReviewer.allow || subject.evidence?.capturedBy !== actor.userId) return asReviewer;
    return subject.evidence.status === 'pending' ? authorWhileCollecting(actor, subject) : deny('Reviewed evidence is moved by a reviewer');
  },
  /** Reviewers accept or reject evidence while it is collected and scored. */
  'evidence.review': all(roles('reviewer'), whileRound(collectingStates, 'Reviewing evidence'), seesEnterprise, notTheCapturer),
  /** The round's list of evidence whose validity ends soon; coordinators get their street's (policy/scope.ts). */
  'evidence.readExpiring': roles('reviewer', 'coordinator'),
  /**
   * Whether its quote is still on the source is recorded by evaluators (and whoever captured it), until the round
   * is closed; enterprise staff and coordinators flag an evaluator's source as not reachable instead.
   */
  'evidence.reportAnchoring': all(whileRound(notClosed, 'Reporting on evidence'), seesEnterprise, recordsEvaluation),
  /** Enterprise staff (their own enterprise) and coordinators (their street) tell the reviewers a source cannot be opened. */
  'evidence.flagSource': all(whileRound(notClosed, 'Flagging a source'), onlyStaffOrCoordinator, seesEnterprise),
  /** The flags of a round are for its reviewers. */
  'evidence.readSourceFlags': roles('reviewer'),
} satisfies Record<string, Rule>;
