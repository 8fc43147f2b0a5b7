import { describe, expect, it } from 'vitest';
import type { Membership } from '../../shared/schemas/auth';
import type { RoundStatus } from '../../shared/schemas/round';
import type { Actor } from '../../worker/policy/actor';
import { decide, type Action, type Subject } from '../../worker/policy/decide';
import { assignmentOwner, enterpriseScope } from '../../worker/policy/scope';

const member = (role: Membership['role'], extra: Partial<Membership> = {}): Actor => ({
  userId: 1,
  login: role,
  displayName: role,
  isAdmin: false,
  memberships: [{ roundId: 1, role, streetId: null, street: null, bureau: null, enterpriseId: null, ...extra }],
});
const actors = {
  admin: { userId: 9, login: 'admin', displayName: 'admin', isAdmin: true, memberships: [] } as Actor,
  expert: member('expert'),
  reviewer: member('reviewer'),
  coordinatorHere: member('coordinator', { streetId: 4, street: '南翔镇' }),
  coordinatorElsewhere: member('coordinator', { streetId: 5, street: '安亭镇' }),
  enterpriseOwn: member('enterprise', { enterpriseId: 7 }),
  enterpriseOther: member('enterprise', { enterpriseId: 8 }),
  otherRound: { ...member('expert'), memberships: [{ roundId: 2, role: 'expert', streetId: null, street: null, bureau: null, enterpriseId: null }] } as Actor,
  anonymous: null,
};
type Who = keyof typeof actors;

const subject = (status: RoundStatus = 'collecting', extra: Partial<Subject> = {}): Subject => ({ round: { id: 1, status }, enterprise: { id: 7, streetId: 4 }, ...extra });

// Indicator 111 in group 11 of dimension 1; the expert's assignment covers dimension 1 or only dimension 2.
const indicator = { id: 111, groupId: 11, dimensionId: 1 };
const covering = { indicator, assignments: [{ indicatorIds: [1], enterpriseIds: [] }] };
const elsewhere = { indicator, assignments: [{ indicatorIds: [2], enterpriseIds: [] }] };
const signedIn: Who[] = ['admin', 'expert', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere', 'enterpriseOwn', 'enterpriseOther', 'otherRound'];

const table: [Action, RoundStatus, Who[], Partial<Subject>?][] = [
  ['round.read', 'collecting', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere', 'enterpriseOwn', 'enterpriseOther']],
  ['enterprise.read', 'collecting', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'enterpriseOwn']],
  ['evidence.read', 'collecting', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'enterpriseOwn']],
  ['evidence.create', 'collecting', ['expert', 'reviewer', 'enterpriseOwn']],
  ['evidence.create', 'scoring', ['expert', 'reviewer', 'enterpriseOwn']],
  ['evidence.create', 'preparing', []],
  ['evidence.create', 'published', []],
  ['evidence.create', 'closed', []],
  ['round.create', 'preparing', ['admin'], { round: undefined }],
  ['round.update', 'collecting', ['admin']],
  ['round.update', 'closed', []],
  ['round.transition', 'reviewing', ['admin']],
  ['round.transition', 'closed', []],
  ['round.enrol', 'preparing', ['admin']],
  ['round.enrol', 'collecting', ['admin']],
  ['round.enrol', 'scoring', []],
  ['round.sign_off', 'reviewing', ['admin', 'reviewer']],
  ['round.sign_off', 'scoring', []],
  ['registry.read', 'collecting', ['admin'], { round: undefined }],
  ['registry.write', 'collecting', ['admin'], { round: undefined }],
  ['framework.read', 'collecting', signedIn, { round: undefined, framework: { status: 'published' } }],
  ['framework.read', 'collecting', ['admin'], { round: undefined, framework: { status: 'draft' } }],
  ['framework.create', 'collecting', ['admin'], { round: undefined }],
  ['framework.edit', 'collecting', ['admin'], { round: undefined, framework: { status: 'draft' } }],
  ['framework.edit', 'collecting', [], { round: undefined, framework: { status: 'published' } }],
  ['framework.publish', 'collecting', ['admin'], { round: undefined, framework: { status: 'draft' } }],
  ['framework.publish', 'collecting', [], { round: undefined, framework: { status: 'published' } }],
  ['assignment.read', 'collecting', ['admin', 'expert', 'reviewer']],
  ['assignment.manage', 'scoring', ['admin']],
  ['assignment.manage', 'published', []],
  ['coverage.read', 'collecting', ['admin', 'reviewer']],
  ['score.write', 'scoring', ['expert'], covering],
  ['score.write', 'reviewing', ['expert'], covering],
  ['score.write', 'scoring', [], elsewhere],
  ['score.write', 'scoring', [], { ...covering, assignments: [{ indicatorIds: [1], enterpriseIds: [8] }] }],
  ['score.write', 'collecting', [], covering],
  ['score.write', 'published', [], covering],
  ['score.read', 'scoring', ['admin', 'expert', 'reviewer']],
  ['score.read', 'published', ['admin', 'expert', 'reviewer', 'enterpriseOwn']],
  ['score.settle', 'scoring', ['admin', 'reviewer']],
  ['score.settle', 'reviewing', ['admin', 'reviewer']],
  ['score.settle', 'published', []],
  ['results.list', 'scoring', ['admin', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere'], { enterprise: undefined }],
  ['results.list', 'published', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere', 'enterpriseOwn', 'enterpriseOther'], { enterprise: undefined }],
  ['results.read', 'scoring', ['admin', 'reviewer', 'coordinatorHere']],
  ['results.read', 'published', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'enterpriseOwn']],
  ['results.read', 'closed', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'enterpriseOwn']],
  ['results.rebuild', 'scoring', ['admin']],
  ['results.rebuild', 'reviewing', ['admin']],
  // Publication froze the results and made the rectification tasks from them; a closed round is read-only.
  ['results.rebuild', 'published', []],
  ['results.rebuild', 'closed', []],
  ['rectification.read', 'published', ['admin', 'reviewer', 'coordinatorHere', 'enterpriseOwn']],
  ['rectification.answer', 'published', ['enterpriseOwn']],
  ['rectification.answer', 'closed', []],
  ['rectification.follow_up', 'published', ['admin', 'coordinatorHere']],
  ['rectification.follow_up', 'closed', []],
  ['progress.read', 'scoring', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere'], { enterprise: undefined }],
  ['commendation.read', 'reviewing', ['admin', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere'], { enterprise: undefined }],
  ['commendation.read', 'published', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere', 'enterpriseOwn', 'enterpriseOther'], { enterprise: undefined }],
  ['commendation.manage', 'reviewing', ['admin']],
  ['commendation.manage', 'published', ['admin']],
  ['commendation.manage', 'scoring', []],
  ['commendation.manage', 'closed', []],
  ['export.results', 'scoring', ['admin', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere'], { enterprise: undefined }],
  ['export.scores', 'scoring', ['admin', 'expert', 'reviewer'], { enterprise: undefined }],
  ['export.scores', 'published', ['admin', 'expert', 'reviewer', 'enterpriseOwn', 'enterpriseOther'], { enterprise: undefined }],
  ['export.evidence', 'collecting', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere', 'enterpriseOwn', 'enterpriseOther'], { enterprise: undefined }],
  ['score.readEvaluatorNames', 'published', ['admin', 'expert', 'reviewer', 'coordinatorHere', 'coordinatorElsewhere', 'otherRound'], { framework: { status: 'published', showExpertNames: false } }],
  ['score.readEvaluatorNames', 'published', signedIn, { framework: { status: 'published', showExpertNames: true } }],
];

describe('decide', () => {
  for (const [action, status, allowed, extra] of table) {
    it.each(Object.keys(actors) as Who[])(`${action} in a ${status} round ${extra ? JSON.stringify(Object.keys(extra)) : ''}: %s`, (who) => {
      const decision = decide(actors[who], action, subject(status, extra));
      expect(decision.allow).toBe(allowed.includes(who));
      if (!decision.allow) {
        expect(decision.status).toBe(who === 'anonymous' ? 401 : 403);
        expect(decision.reason.length).toBeGreaterThan(0);
      }
    });
  }

  it('denies a round action whose subject names no round', () => {
    expect(decide(actors.admin, 'round.update', {})).toMatchObject({ allow: false, reason: 'This action concerns a round' });
  });
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
    // Coordinators and enterprise staff flag an evaluator's source as not reachable; its recorded state is not theirs.
    ['evidence.reportAnchoring', 'coordinatorHere', authoredBy(2, 'accepted', 'published'), false],
    ['evidence.reportAnchoring', 'enterpriseOwn', authoredBy(2), false],
    ['evidence.reportAnchoring', 'enterpriseOwn', authoredBy(1), true],
    ['evidence.flagSource', 'coordinatorHere', authoredBy(2, 'accepted', 'published'), true],
    ['evidence.flagSource', 'enterpriseOwn', authoredBy(2), true],
    ['evidence.flagSource', 'coordinatorElsewhere', authoredBy(2), false],
    ['evidence.flagSource', 'reviewer', authoredBy(2), false],
    ['evidence.reportAnchoring', 'coordinatorElsewhere', authoredBy(2), false],
    ['evidence.reportAnchoring', 'anonymous', authoredBy(2), false],
    // A closed round is read-only for everyone, its evidence's anchoring state included.
    ['evidence.reportAnchoring', 'reviewer', authoredBy(2, 'accepted', 'closed'), false],
    ['evidence.reportAnchoring', 'admin', authoredBy(2, 'pending', 'closed'), false],
    ['evidence.reportAnchoring', 'enterpriseOwn', authoredBy(1, 'pending', 'closed'), false],
  ] as [Action, Who, ReturnType<typeof authoredBy>, boolean][])('%s by %s (case %#)', (action, who, on, allowed) => {
    expect(decide(actors[who], action, on).allow).toBe(allowed);
  });
});

describe('enterpriseScope', () => {
  it.each([
    ['admin', { kind: 'all' }],
    ['expert', { kind: 'all' }],
    ['reviewer', { kind: 'all' }],
    ['coordinatorHere', { kind: 'street', streetId: 4 }],
    ['enterpriseOwn', { kind: 'one', enterpriseId: 7 }],
    ['otherRound', { kind: 'none' }],
  ] as const)('%s', (who, scope) => expect(enterpriseScope(actors[who]!, 1)).toEqual(scope));
});

describe('score.readEvaluatorNames', () => {
  // Enterprises learn who evaluated them only after publication, and only where the framework shows experts' names.
  it.each([
    ['admin', 'scoring', false, true],
    ['expert', 'published', false, true],
    ['reviewer', 'reviewing', false, true],
    ['coordinatorHere', 'collecting', false, true],
    ['enterpriseOwn', 'published', false, false],
    ['enterpriseOwn', 'published', true, true],
    ['enterpriseOwn', 'closed', true, true],
    ['enterpriseOwn', 'collecting', true, false],
    ['enterpriseOwn', 'scoring', true, false],
    ['enterpriseOwn', 'reviewing', true, false],
  ] as const)('%s, round %s, names shown by the framework: %s', (who, status, shown, sees) =>
    expect(decide(actors[who], 'score.readEvaluatorNames', { round: { id: 1, status }, framework: { status: 'published', showExpertNames: shown } }).allow).toBe(sees),
  );
});

describe('assignmentOwner', () => {
  it.each([
    ['admin', null],
    ['expert', 1],
    ['reviewer', null],
  ] as const)('%s', (who, owner) => expect(assignmentOwner(actors[who]!, 1)).toBe(owner));
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
