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

describe('decide for accounts, round roles and the audit trail', () => {
  const self = (who: Who) => ({ user: { id: actors[who]?.userId ?? 0 } });
  const someoneElse = { user: { id: 42 } };
  const everyone = Object.keys(actors) as Who[];
  const signedIn = everyone.filter((who) => who !== 'anonymous');
  const rows: [string, (who: Who) => boolean][] = [
    ['user.list', (who) => decide(actors[who], 'user.list', {}).allow],
    ['user.create', (who) => decide(actors[who], 'user.create', {}).allow],
    ['user.read of someone else', (who) => decide(actors[who], 'user.read', someoneElse).allow],
    ['user.read of oneself', (who) => decide(actors[who], 'user.read', self(who)).allow],
    ['user.update of someone else', (who) => decide(actors[who], 'user.update', { ...someoneElse, change: { disabled: true } }).allow],
    ['user.update disabling oneself', (who) => decide(actors[who], 'user.update', { ...self(who), change: { disabled: true } }).allow],
    ['user.update renaming oneself', (who) => decide(actors[who], 'user.update', { ...self(who), change: {} }).allow],
    ['user.invite', (who) => decide(actors[who], 'user.invite', someoneElse).allow],
    ['user.revokeSessions of someone else', (who) => decide(actors[who], 'user.revokeSessions', someoneElse).allow],
    ['user.revokeSessions of oneself', (who) => decide(actors[who], 'user.revokeSessions', self(who)).allow],
    ['user.changePassword of someone else', (who) => decide(actors[who], 'user.changePassword', someoneElse).allow],
    ['user.changePassword of oneself', (who) => decide(actors[who], 'user.changePassword', self(who)).allow],
    ['member.read', (who) => decide(actors[who], 'member.read', subject()).allow],
    ['member.manage in a collecting round', (who) => decide(actors[who], 'member.manage', subject()).allow],
    ['member.manage in a closed round', (who) => decide(actors[who], 'member.manage', subject('closed')).allow],
    ['audit.read', (who) => decide(actors[who], 'audit.read', {}).allow],
  ];
  const expected: Record<string, Who[]> = {
    'user.list': ['admin'],
    'user.create': ['admin'],
    'user.read of someone else': ['admin'],
    'user.read of oneself': signedIn,
    'user.update of someone else': ['admin'],
    'user.update disabling oneself': [],
    'user.update renaming oneself': ['admin'],
    'user.invite': ['admin'],
    'user.revokeSessions of someone else': ['admin'],
    'user.revokeSessions of oneself': signedIn,
    'user.changePassword of someone else': [],
    'user.changePassword of oneself': signedIn,
    'member.read': ['admin'],
    'member.manage in a collecting round': ['admin'],
    'member.manage in a closed round': [],
    'audit.read': ['admin'],
  };
  for (const [name, judge] of rows) {
    it.each(everyone)(`${name}: %s`, (who) => expect(judge(who)).toBe(expected[name]!.includes(who)));
  }
});
