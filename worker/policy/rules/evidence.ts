// Who may read, add, change, withdraw and re-anchor evidence.
import type { RoundStatus } from '../../../shared/schemas/round';
import { membershipIn } from '../actor';
import { allow, deny, seesEnterprise, type Rule } from './common';

/** Round states in which evidence may be collected. */
const collectingStates: RoundStatus[] = ['collecting', 'scoring', 'reviewing'];

const roundCollects =
  (what: string): Rule =>
  (_actor, { round }) =>
    collectingStates.includes(round.status) ? allow : deny(`Evidence cannot be ${what} while the round is ${round.status}`);

/** Only the person who captured the evidence changes it, while the round still collects, and while they may see it. */
const authorWhileCollecting: Rule = (actor, subject) => {
  const collecting = roundCollects('changed')(actor, subject);
  if (!collecting.allow) return collecting;
  if (subject.evidence?.capturedBy !== actor.userId) return deny('Only the person who captured this evidence may change it');
  return seesEnterprise(actor, subject);
};

export const evidenceRules = {
  'evidence.read': seesEnterprise,
  'evidence.create': (actor, subject) => {
    const collecting = roundCollects('added')(actor, subject);
    if (!collecting.allow) return collecting;
    const member = membershipIn(actor, subject.round.id);
    if (!member || member.role === 'coordinator') return deny('Only experts, reviewers and enterprise staff add evidence');
    return seesEnterprise(actor, subject);
  },
  'evidence.update': authorWhileCollecting,
  'evidence.attachScreenshot': authorWhileCollecting,
  /** Accepted evidence may already count in scores: it stays, and a reviewer would reject it instead. */
  'evidence.withdraw': (actor, subject) =>
    subject.evidence?.status === 'accepted' ? deny('Accepted evidence cannot be withdrawn') : authorWhileCollecting(actor, subject),
  /** Anyone who may read the evidence may report whether its quote is still on the source. */
  'evidence.reportAnchoring': seesEnterprise,
} satisfies Record<string, Rule>;
