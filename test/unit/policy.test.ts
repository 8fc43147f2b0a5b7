import { describe, expect, it } from 'vitest';
import type { Membership } from '../../shared/schemas/auth';
import type { RoundStatus } from '../../shared/schemas/round';
import type { Actor } from '../../worker/policy/actor';
import { decide, type Action } from '../../worker/policy/decide';
import { enterpriseScope } from '../../worker/policy/scope';

const member = (role: Membership['role'], extra: Partial<Membership> = {}): Actor => ({
  userId: 1,
  login: role,
  displayName: role,
  isAdmin: false,
  memberships: [{ roundId: 1, role, street: null, bureau: null, enterpriseId: null, ...extra }],
});
const actors = {
  admin: { userId: 9, login: 'admin', displayName: 'admin', isAdmin: true, memberships: [] } as Actor,
  expert: member('expert'),
  reviewer: member('reviewer'),
  coordinatorHere: member('coordinator', { street: '南翔镇' }),
  coordinatorElsewhere: member('coordinator', { street: '安亭镇' }),
  enterpriseOwn: member('enterprise', { enterpriseId: 7 }),
  enterpriseOther: member('enterprise', { enterpriseId: 8 }),
  otherRound: { ...member('expert'), memberships: [{ roundId: 2, role: 'expert', street: null, bureau: null, enterpriseId: null }] } as Actor,
  anonymous: null,
};
type Who = keyof typeof actors;

const subject = (status: RoundStatus = 'collecting') => ({ round: { id: 1, status }, enterprise: { id: 7, street: '南翔镇' } });

const table: [Action, RoundStatus, Who[]][] = [
  ['round.read', 'collecting', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere', 'enterpriseOwn', 'enterpriseOther']],
  ['enterprise.read', 'collecting', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'enterpriseOwn']],
  ['evidence.read', 'collecting', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'enterpriseOwn']],
  ['evidence.create', 'collecting', ['expert', 'reviewer', 'enterpriseOwn']],
  ['evidence.create', 'scoring', ['expert', 'reviewer', 'enterpriseOwn']],
  ['evidence.create', 'preparing', []],
  ['evidence.create', 'published', []],
  ['evidence.create', 'closed', []],
];

describe('decide', () => {
  for (const [action, status, allowed] of table) {
    it.each(Object.keys(actors) as Who[])(`${action} in a ${status} round: %s`, (who) => {
      const decision = decide(actors[who], action, subject(status));
      expect(decision.allow).toBe(allowed.includes(who));
      if (!decision.allow) {
        expect(decision.status).toBe(who === 'anonymous' ? 401 : 403);
        expect(decision.reason.length).toBeGreaterThan(0);
      }
    });
  }
});

describe('decide on one piece of evidence', () => {
  // Every member above is user 1, so authoredBy(1) is their own evidence; the admin is user 9.
  const authoredBy = (capturedBy: number, status: 'pending' | 'accepted' = 'pending', round: RoundStatus = 'collecting') => ({
    ...subject(round),
    evidence: { capturedBy, status },
  });
  it.each([
    ['evidence.update', 'expert', authoredBy(1), true],
    ['evidence.update', 'expert', authoredBy(2), false],
    ['evidence.update', 'admin', authoredBy(2), false],
    ['evidence.update', 'expert', authoredBy(1, 'pending', 'published'), false],
    ['evidence.update', 'enterpriseOther', authoredBy(1), false],
    ['evidence.attachScreenshot', 'expert', authoredBy(1), true],
    ['evidence.attachScreenshot', 'reviewer', authoredBy(2), false],
    ['evidence.withdraw', 'enterpriseOwn', authoredBy(1), true],
    ['evidence.withdraw', 'expert', authoredBy(1, 'accepted'), false],
    ['evidence.withdraw', 'expert', authoredBy(1, 'pending', 'closed'), false],
    ['evidence.reportAnchoring', 'reviewer', authoredBy(2), true],
    ['evidence.reportAnchoring', 'coordinatorHere', authoredBy(2, 'accepted', 'published'), true],
    ['evidence.reportAnchoring', 'coordinatorElsewhere', authoredBy(2), false],
    ['evidence.reportAnchoring', 'anonymous', authoredBy(2), false],
  ] as [Action, Who, ReturnType<typeof authoredBy>, boolean][])('%s by %s (case %#)', (action, who, on, allowed) => {
    expect(decide(actors[who], action, on).allow).toBe(allowed);
  });
});

describe('enterpriseScope', () => {
  it.each([
    ['admin', { kind: 'all' }],
    ['expert', { kind: 'all' }],
    ['reviewer', { kind: 'all' }],
    ['coordinatorHere', { kind: 'street', street: '南翔镇' }],
    ['enterpriseOwn', { kind: 'one', enterpriseId: 7 }],
    ['otherRound', { kind: 'none' }],
  ] as const)('%s', (who, scope) => expect(enterpriseScope(actors[who]!, 1)).toEqual(scope));
});
