// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Round } from '../../../shared/schemas/round';
import { CaseForm } from '../../../extension/components/console/results/CaseForm';
import { evidenceItem, standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const round = { id: 1, status: 'published' } as Round;
const indicators = [
  { id: 8, parentId: null, level: 3, code: 'STAFF.1.1', name: { zh: '劳动合同', en: 'Labour contracts' } },
  { id: 9, parentId: null, level: 3, code: 'ENV.1.1', name: { zh: '排放', en: 'Emissions' } },
];
const evidence = [
  evidenceItem(70, 8, { status: 'accepted', title: 'Contracts page' }),
  evidenceItem(71, 8, { status: 'rejected', title: 'Rejected page' }),
  evidenceItem(72, 9, { status: 'accepted', title: 'Emissions report' }),
  evidenceItem(73, 8, { status: 'accepted', title: 'Training page' }),
];

describe('CaseForm', () => {
  it('offers the chosen enterprise’s accepted evidence as sources and makes the case of the indicators they stand on', async () => {
    const worker = await standInWorker();
    worker.reply(200, { items: [{ id: 3, name: 'Huaxin' }], nextCursor: null });
    const onCreated = vi.fn();
    const { container } = render(<CaseForm round={round} onCreated={onCreated} />);
    const select = await screen.findByTestId('round-enterprise');
    worker.reply(200, { items: evidence });
    worker.reply(200, { items: indicators });
    fireEvent.change(select, { target: { value: '3' } });
    await waitFor(() => expect(container.querySelectorAll('input[type="checkbox"]')).toHaveLength(3));
    expect(container.textContent).not.toContain('Rejected page');
    fireEvent.click(container.querySelector('input[data-evidence-id="70"]')!);
    fireEvent.click(container.querySelector('input[data-evidence-id="73"]')!);
    fireEvent.input(container.querySelector('input[name="titleZh"]')!, { target: { value: '全员劳动合同' } });
    fireEvent.input(container.querySelector('textarea[name="summaryZh"]')!, { target: { value: '全员签订并公开' } });
    worker.reply(201, {});
    fireEvent.submit(screen.getByTestId('case-form'));
    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(worker.sent[3]).toMatchObject({
      method: 'POST',
      path: '/api/v1/rounds/1/cases',
      body: { enterpriseId: 3, title: { zh: '全员劳动合同' }, summary: { zh: '全员签订并公开' }, indicatorIds: [8], evidenceIds: [70, 73] },
    });
    expect(worker.sent[3]!.body).not.toHaveProperty('title.en');
  });
});
