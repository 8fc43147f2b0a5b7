// Where an enterprise stands with a reporting schedule, the order coordinators chase in, and what a report
// item becomes as evidence.
import { describe, expect, it } from 'vitest';
import { adoptionEvidence, byChaseOrder, reportStanding, type Standing } from '../../shared/domain/reporting';

const schedule = { opensOn: '2026-07-01', dueOn: '2026-07-31' };

describe('reportStanding', () => {
  it.each([
    ['before it opens, nothing is expected', null, '2026-06-30', { state: 'not_open', lateSince: null, daysLate: null }],
    ['open from the opening day', null, '2026-07-01', { state: 'open', lateSince: null, daysLate: null }],
    ['the whole due day still counts', null, '2026-07-31', { state: 'open', lateSince: null, daysLate: null }],
    ['late from the day after', null, '2026-08-01', { state: 'late', lateSince: '2026-08-01', daysLate: 1 }],
    ['late for as many days as it is past due', null, '2026-08-30', { state: 'late', lateSince: '2026-08-01', daysLate: 30 }],
    ['submitted on the due day: on time', '2026-07-31T23:59:00.000Z', '2026-09-01', { state: 'on_time', lateSince: null, daysLate: null }],
    ['submitted early: on time', '2026-06-20T08:00:00.000Z', '2026-06-21', { state: 'on_time', lateSince: null, daysLate: null }],
    ['submitted after the due day: late, by how much', '2026-08-03T02:00:00.000Z', '2026-09-01', { state: 'submitted_late', lateSince: '2026-08-01', daysLate: 3 }],
  ] as const)('%s', (_, submittedAt, today, expected) => {
    expect(reportStanding(schedule, submittedAt ? { submittedAt } : null, today)).toEqual(expected);
  });
});

describe('byChaseOrder', () => {
  const row = (name: string, state: Standing['state'], daysLate: number | null = null) => ({ enterprise: { name }, state, lateSince: null, daysLate });
  it('puts the longest late first, then the open, then the submitted', () => {
    const rows = [row('丙', 'on_time'), row('乙', 'open'), row('甲', 'late', 2), row('丁', 'late', 9), row('戊', 'submitted_late', 4), row('己', 'not_open')];
    expect(rows.sort(byChaseOrder).map((r) => r.enterprise.name)).toEqual(['丁', '甲', '乙', '己', '戊', '丙']);
  });
});

describe('adoptionEvidence', () => {
  const report = { id: 7, period: '2026-H1' };
  it.each([
    [
      'an item with links: a link to the first, the others in the note',
      { item: 2, dimensionCode: 'ENV', done: '建成光伏屋顶', figures: [{ label: '装机', value: '2 MW' }], links: ['https://a.cn/1', 'https://a.cn/2'] },
      { kind: 'link', url: 'https://a.cn/1', title: '2026-H1 定期报告 · ENV', quote: '建成光伏屋顶\n装机:2 MW', note: '定期报告 #7 第 2 项 / regular report #7, item 2\nhttps://a.cn/2' },
    ],
    [
      'an item without links: the enterprise’s statement',
      { item: 1, dimensionCode: 'STAFF', done: '新增职工书屋', figures: [], links: [] },
      { kind: 'statement', url: null, title: '2026-H1 定期报告 · STAFF', quote: '新增职工书屋', note: '定期报告 #7 第 1 项 / regular report #7, item 1' },
    ],
  ] as const)('%s', (_, item, expected) => {
    expect(adoptionEvidence(report, { ...item, figures: [...item.figures], links: [...item.links] })).toEqual(expected);
  });
});
