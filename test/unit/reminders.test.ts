import { describe, expect, it } from 'vitest';
import type { Rectification } from '../../shared/schemas/rectification';
import { daysUntil, reminders } from '../../extension/lib/reminders';

const task = (id: number, dueOn: string, status: Rectification['status'] = 'open'): Rectification => ({
  id,
  roundId: 1,
  enterprise: { id: 1, name: '甲', street: '南翔镇' },
  indicator: { id: 1, code: 'STAFF.1.1', name: { zh: '合同', en: 'Contracts' } },
  reason: 'veto',
  requiredAction: '整改',
  dueOn,
  status,
  plan: null,
  evidenceIds: [],
  evidenceLinks: [],
  followUp: null,
  createdAt: '2026-01-01',
  updatedAt: null,
  version: 1,
});

describe('daysUntil', () => {
  it.each([
    ['2026-03-10', '2026-03-01', 9],
    ['2026-02-27', '2026-03-01', -2],
    ['2026-03-01', '2026-03-01', 0],
  ])('%s from %s is %i days', (date, today, days) => {
    expect(daysUntil(date, today)).toBe(days);
  });
});

describe('reminders', () => {
  it('lists unanswered tasks that are overdue or due within a fortnight, soonest first', () => {
    const list = reminders([task(1, '2026-03-20'), task(2, '2026-02-20'), task(3, '2026-03-05', 'planned'), task(4, '2026-02-01', 'submitted'), task(5, '2026-02-01', 'closed')], '2026-03-01');
    expect(list.map((r) => [r.task.id, r.overdue, r.days])).toEqual([
      [2, true, -9],
      [3, false, 4],
    ]);
  });
});
