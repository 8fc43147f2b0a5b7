// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReportStanding, StandingRow } from '../../../shared/schemas/report';
import { ReportStandingTable } from '../../../extension/components/console/tasks/ReportStandingTable';
import { standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const schedule = { id: 4, roundId: 1, period: '2026-H1', opensOn: '2026-06-01', dueOn: '2026-07-15', createdAt: '2026-05-20T08:00:00.000Z' };
const row = (id: number, name: string, state: StandingRow['state'], extra: Partial<StandingRow> = {}): StandingRow => ({
  enterprise: { id, name, street: '安亭镇' },
  contact: { name: 'Chen', phone: '021-1', email: null },
  state,
  draft: false,
  submittedAt: null,
  lateSince: null,
  daysLate: null,
  reminders: { count: 0, lastAt: null, lastBy: null },
  ...extra,
});
const standing = (items: StandingRow[]): ReportStanding => ({ schedule, today: '2026-08-01', street: '安亭镇', items });
const late = row(11, '<b>Late Ltd</b>', 'late', { lateSince: '2026-07-16', daysLate: 17, draft: true });
const onTime = row(12, 'Huaxin', 'on_time', { submittedAt: '2026-07-10T02:00:00.000Z' });

describe('ReportStandingTable', () => {
  it('shows each enterprise’s state, how late, a saved draft, the street and counts the late ones; names stay text', async () => {
    const worker = await standInWorker();
    worker.reply(200, standing([late, onTime]));
    const { container } = render(<ReportStandingTable schedule={schedule} />);
    await waitFor(() => expect(container.querySelectorAll('tbody tr')).toHaveLength(2));
    expect(worker.sent[0]!.path).toBe('/api/v1/report-schedules/4/standing');
    expect(screen.getByText('Reports: 1 of 2 enterprises late')).toBeTruthy();
    expect(screen.getByText('Only your street: 安亭镇')).toBeTruthy();
    const [first, second] = [...container.querySelectorAll('tbody tr')];
    expect(first!.getAttribute('data-state')).toBe('late');
    expect(first!.textContent).toContain('<b>Late Ltd</b>');
    expect(container.querySelector('b')).toBeNull();
    for (const text of ['Late', '17 days late', 'Draft saved', 'Record a reminder']) expect(first!.textContent).toContain(text);
    expect(second!.textContent).toContain('On time');
    expect(second!.querySelector('button')).toBeNull();
  });

  it('records a reminder for a late enterprise and shows it counted', async () => {
    const worker = await standInWorker();
    worker.reply(200, standing([late, onTime]));
    const { container } = render(<ReportStandingTable schedule={schedule} />);
    const remind = await screen.findByRole('button', { name: 'Record a reminder' });
    worker.reply(201, { id: 1, scheduleId: 4, enterpriseId: 11, remindedBy: 9, note: null, state: 'late' });
    worker.reply(200, standing([{ ...late, reminders: { count: 1, lastAt: '2026-08-01T09:00:00.000Z', lastBy: 'Coordinator' } }, onTime]));
    fireEvent.click(remind);
    await waitFor(() => expect(container.querySelector('tr[data-enterprise-id="11"]')!.textContent).toContain('1 times'));
    expect(worker.sent[1]).toMatchObject({ method: 'POST', path: '/api/v1/report-schedules/4/reminders', body: { enterpriseId: 11 } });
  });

  it('says what went wrong when the reminder is refused', async () => {
    const worker = await standInWorker();
    worker.reply(200, standing([late]));
    render(<ReportStandingTable schedule={schedule} />);
    const remind = await screen.findByRole('button', { name: 'Record a reminder' });
    worker.reply(409, { error: { code: 'report_state', message: 'already submitted' } });
    fireEvent.click(remind);
    await screen.findByText(/The report's state does not allow this/);
  });
});
