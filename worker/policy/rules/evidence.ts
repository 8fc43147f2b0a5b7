// Who may read and add evidence.
import type { RoundStatus } from '../../../shared/schemas/round';
import { membershipIn } from '../actor';
import { deny, seesEnterprise, type Rule } from './common';

/** Round states in which evidence may be collected. */
const collectingStates: RoundStatus[] = ['collecting', 'scoring', 'reviewing'];

export const evidenceRules = {
  'evidence.read': seesEnterprise,
  'evidence.create': (actor, subject) => {
    if (!collectingStates.includes(subject.round.status)) return deny(`Evidence cannot be added while the round is ${subject.round.status}`);
    const member = membershipIn(actor, subject.round.id);
    if (!member || member.role === 'coordinator') return deny('Only experts, reviewers and enterprise staff add evidence');
    return seesEnterprise(actor, subject);
  },
} satisfies Record<string, Rule>;
