// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Report } from '../../../shared/schemas/report';
import type { Round } from '../../../shared/schemas/round';
import { ReportEditor } from '../../../extension/components/console/tasks/ReportEditor';
import { standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const round = { id: 1, status: 'scoring' } as Round;
const schedule = { id: 4, roundId: 1, period: '2026-H1', opensOn: '2026-06-01', dueOn: '2026-07-15', createdAt: '2026-05-20T08:00:00.000Z' };
const dimensions = [
  { id: 1, parentId: null, level: 1, code: 'STAFF', name: { zh: '员工', en: 'Employees' } },
  { id: 2, parentId: null, level: 1, code: 'ENV', name: { zh: '环境', en: 'Environment' } },
];
const report = (extra: Partial<Report>): Report => ({
  id: 60,
  schedule,
  enterprise: { id: 3, name: 'Huaxin' },
  status: 'draft',
  items: [{ item: 1, dimensionCode: 'ENV', done: 'Solar roof', figures: [{ label: 'kWh', value: '200000' }], links: ['https://huaxin.example/solar'] }],
  adoptions: [],
  submittedAt: null,
  submittedBy: null,
  updatedAt: '2026-06-10T08:00:00.000Z',
  version: 1,
  ...extra,
});

async function show(reports: Report[]) {
  const worker = await standInWorker();
  worker.reply(200, { items: reports });
  worker.reply(200, { items: dimensions });
  const view = render(<ReportEditor round={round} schedule={schedule} enterpriseId={3} />);
  return { worker, ...view };
}

describe('ReportEditor', () => {
  it('offers one part per dimension, saves what is written as the first draft and then submits it', async () => {
    const { worker, container } = await show([]);
    await waitFor(() => expect(container.querySelectorAll('fieldset')).toHaveLength(2));
    expect(screen.getByTestId<HTMLButtonElement>('report-submit').disabled).toBe(true);
    const staff = container.querySelector('fieldset[data-dimension="STAFF"]')!;
    const [done, figures, links] = [...staff.querySelectorAll('textarea')];
    fireEvent.input(done!, { target: { value: 'Safety training' } });
    fireEvent.input(figures!, { target: { value: 'Sessions: 12\nPeople: 480' } });
    fireEvent.input(links!, { target: { value: 'https://huaxin.example/training' } });
    worker.reply(200, report({ items: [{ item: 1, dimensionCode: 'STAFF', done: 'Safety training', figures: [], links: [] }] }));
    fireEvent.click(screen.getByTestId('report-save'));
    await waitFor(() => expect(screen.getByTestId<HTMLButtonElement>('report-submit').disabled).toBe(false));
    expect(worker.sent[2]).toMatchObject({
      method: 'PUT',
      path: '/api/v1/report-schedules/4/reports/3',
      body: { version: 0, items: [{ dimensionCode: 'STAFF', done: 'Safety training', figures: [{ label: 'Sessions', value: '12' }, { label: 'People', value: '480' }], links: ['https://huaxin.example/training'] }] },
    });
    worker.reply(200, report({ status: 'submitted', submittedAt: '2026-06-11T08:00:00.000Z', version: 2 }));
    fireEvent.click(screen.getByTestId('report-submit'));
    await screen.findByTestId('report-submitted');
    expect(worker.sent[3]).toMatchObject({ method: 'POST', path: '/api/v1/report-schedules/4/reports/3/submit', body: { version: 1 } });
  });

  it('fills in a saved draft, and asks to save changes before submitting', async () => {
    const { container } = await show([report({})]);
    await waitFor(() => expect(container.querySelector<HTMLTextAreaElement>('fieldset[data-dimension="ENV"] textarea')!.value).toBe('Solar roof'));
    expect(container.querySelectorAll<HTMLTextAreaElement>('fieldset[data-dimension="ENV"] textarea')[1]!.value).toBe('kWh: 200000');
    expect(screen.getByTestId<HTMLButtonElement>('report-submit').disabled).toBe(false);
    fireEvent.input(container.querySelector('fieldset[data-dimension="STAFF"] textarea')!, { target: { value: 'More' } });
    expect(screen.getByTestId<HTMLButtonElement>('report-submit').disabled).toBe(true);
    expect(screen.getByText(/save the draft before submitting/)).toBeTruthy();
  });

  it('shows a submitted report as sent, its links only http(s), its text as text', async () => {
    const sent = report({ status: 'submitted', submittedAt: '2026-06-11T08:00:00.000Z', items: [{ item: 1, dimensionCode: 'ENV', done: '<i>Solar</i>', figures: [], links: ['javascript:alert(1)', 'https://huaxin.example/solar'] }] });
    const { container } = await show([sent]);
    await screen.findByTestId('report-submitted');
    expect(container.querySelector('textarea')).toBeNull();
    expect(container.textContent).toContain('<i>Solar</i>');
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://huaxin.example/solar']);
  });
});
