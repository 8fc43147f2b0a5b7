// The pure parts of the round-scale queues: the framework index, assignment coverage in slots, enterprise
// accounts' names and plans, the sign-off's confirmation rule, reject reasons and an enterprise's task state.
import { describe, expect, it } from 'vitest';
import { enterpriseTaskState } from '../../shared/domain/rectification-flow';
import { ownReasons, standardRejectReasons } from '../../shared/domain/reject-reasons';
import { needsConfirmation } from '../../shared/domain/sign-off';
import { accountPlan, enterpriseAccountName, enterpriseLogin, invitationSheet, invitationTable } from '../../worker/domain/enterprise-accounts';
import { coveredSlotCount, expertScopes } from '../../worker/domain/expert-coverage';
import { frameworkIndex, indicatorFilter, leavesUnder, type FrameworkRowLike } from '../../worker/domain/framework-index';

const row = (id: number, parentId: number | null, level: number, position: number, code: string, extra: Partial<FrameworkRowLike> = {}): FrameworkRowLike => ({
  id, parentId, level, position, code, nameZh: code, nameEn: code, kind: level === 3 ? 'voluntary' : null, industries: [], maxScore: level === 3 ? 10 : null, rubric: level === 3 ? [] : null, validity: null, ...extra,
});
// Two dimensions; ENV's group lists its indicators out of id order.
const tree = [
  row(1, null, 1, 1, 'STAFF'),
  row(2, null, 1, 2, 'ENV'),
  row(3, 1, 2, 1, 'STAFF.1'),
  row(4, 2, 2, 1, 'ENV.1'),
  row(5, 3, 3, 1, 'STAFF.1.1'),
  row(6, 3, 3, 2, 'STAFF.1.2'),
  row(8, 4, 3, 1, 'ENV.1.1'),
  row(7, 4, 3, 2, 'ENV.1.2', { kind: 'special', industries: ['construction'] }),
];

describe('frameworkIndex', () => {
  const index = frameworkIndex(tree);
  it('knows each scored indicator’s group and dimension and each dimension’s indicators in reading order', () => {
    expect(index.leaves.get(7)).toMatchObject({ code: 'ENV.1.2', groupId: 4, dimensionId: 2 });
    expect(index.dimensions.get(2)!.leafIds).toEqual([8, 7]);
    expect(frameworkIndex(tree)).toBe(index);
  });

  it.each([
    [{}, { ids: null }],
    [{ dimensionId: 2 }, { ids: [8, 7] }],
    [{ indicatorId: 6 }, { ids: [6] }],
    [{ dimensionId: 2, indicatorId: 6 }, { ids: [] }],
    [{ dimensionId: 5 }, { unknown: 'dimensionId' }],
    [{ indicatorId: 3 }, { unknown: 'indicatorId' }],
  ])('indicatorFilter %j → %j', (filters, expected) => expect(indicatorFilter(index, filters)).toEqual(expected));

  it('expands an assignment’s nodes to the scored indicators under them', () => {
    expect(leavesUnder(index, [1])).toEqual([5, 6]);
    expect(leavesUnder(index, [4, 5])).toEqual([5, 8, 7]);
  });
});

describe('coveredSlotCount', () => {
  const index = frameworkIndex(tree);
  const byIndustry = new Map([['manufacturing', 2], ['construction', 1]]);
  it('counts applicable slots: special indicators only where they apply', () => {
    expect(coveredSlotCount(index, expertScopes(index, [{ indicatorIds: [2], enterpriseIds: [] }]), byIndustry, [])).toBe(2 * 1 + 1 * 2);
  });
  it('adds a subset’s extra indicators once per enterprise in it, never twice what an unrestricted assignment covers', () => {
    const scopes = expertScopes(index, [
      { indicatorIds: [1], enterpriseIds: [] },
      { indicatorIds: [4, 5], enterpriseIds: [31] },
    ]);
    expect(coveredSlotCount(index, scopes, byIndustry, [{ id: 31, industry: 'construction' }])).toBe(3 * 2 + 2);
  });
});

describe('enterprise accounts', () => {
  it('logs in as ent- and the credit code, named after the contact and the enterprise within 80 characters', () => {
    expect(enterpriseLogin('91310114MA1GT35K7H')).toBe('ent-91310114ma1gt35k7h');
    expect(enterpriseAccountName('上海华鑫', ' 张三 ')).toBe('张三(上海华鑫)');
    expect(enterpriseAccountName('上海华鑫', null)).toBe('上海华鑫');
    expect(enterpriseAccountName('长'.repeat(100), '张三')).toHaveLength(80);
  });

  it.each([
    [{ hasStaff: true, loginUser: null }, 'skip'],
    [{ hasStaff: false, loginUser: null }, 'create'],
    [{ hasStaff: false, loginUser: { id: 1, inRound: false, isAdmin: false } }, 'give_role'],
    [{ hasStaff: false, loginUser: { id: 1, inRound: true, isAdmin: false } }, 'skip'],
    [{ hasStaff: false, loginUser: { id: 1, inRound: false, isAdmin: true } }, 'skip'],
  ])('%j → %s', (candidate, plan) => expect(accountPlan({ enterpriseId: 1, ...candidate })).toBe(plan));

  it('sorts the sheet by street and name and lays it out as a table', () => {
    const line = (name: string, street: string) => ({ enterprise: { id: 1, name, creditCode: 'C', street }, contactName: null, contactPhone: null, login: 'l', code: 'X', link: 'https://csr.example/invite#X' });
    const sheet = invitationSheet([line('乙', '南翔镇'), line('甲', '南翔镇'), line('丙', '安亭镇')], '2026-12-14T00:00:00.000Z');
    expect(sheet.streets.map((s) => [s.street, s.items.map((i) => i.enterprise.name)])).toEqual([
      ['南翔镇', ['甲', '乙']],
      ['安亭镇', ['丙']],
    ].sort(([a], [b]) => (a as string).localeCompare(b as string, 'zh')));
    expect(invitationTable(sheet).rows).toHaveLength(3);
    expect(invitationTable(sheet).rows[0]).toContain('https://csr.example/invite#X');
  });
});

describe('needsConfirmation', () => {
  const none = { pendingEvidence: 0, contradictingUnreviewed: 0, completeness: 0.9, completenessThreshold: 0.8 };
  it.each([
    [{}, false],
    [{ pendingEvidence: 1 }, true],
    [{ contradictingUnreviewed: 1 }, true],
    [{ completeness: 0.79 }, true],
    [{ completeness: 0.8 }, false],
    [{ completeness: null }, false],
  ])('%j → %s', (change, expected) => expect(needsConfirmation({ ...none, ...change })).toBe(expected));
});

describe('ownReasons', () => {
  it('drops the standard reasons in either language and keeps at most eight', () => {
    const recent = [standardRejectReasons[0]!.label.zh, '截图不清', standardRejectReasons[1]!.label.en, ...Array.from({ length: 10 }, (_, i) => `理由${i}`)];
    expect(ownReasons(recent)).toEqual(['截图不清', ...Array.from({ length: 7 }, (_, i) => `理由${i}`)]);
  });
});

describe('enterpriseTaskState', () => {
  it.each([
    [{ verified: 1, waived: 2 }, 0, 'done'],
    [{ open: 1, submitted: 1 }, 1, 'overdue'],
    [{ open: 1, submitted: 1 }, 0, 'to_verify'],
    [{ planned: 2 }, 0, 'in_progress'],
  ] as const)('%j with %i overdue → %s', (byStatus, overdue, state) => expect(enterpriseTaskState(byStatus, overdue)).toBe(state));
});
