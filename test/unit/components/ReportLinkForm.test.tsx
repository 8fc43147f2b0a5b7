// @vitest-environment happy-dom
// The enterprise attaches a report link by address and title to one of the round's indicators: evidence of kind report.
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { IndicatorNode, Round } from '../../../shared/schemas/round';
import { ReportLinkForm } from '../../../extension/components/console/my-enterprise/ReportLinkForm';
import { standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const indicators = [
  { id: 1, level: 1, code: 'STAFF', name: { zh: '员工权益', en: 'Staff' } },
  { id: 7, level: 3, code: 'STAFF.1.1', name: { zh: '劳动合同', en: 'Labour contracts' } },
] as IndicatorNode[];

function fill() {
  fireEvent.change(screen.getByLabelText('Indicator'), { target: { value: '7' } });
  fireEvent.input(screen.getByLabelText('Address of the report or page'), { target: { value: ' https://huaxin.example/csr-2025.pdf ' } });
  fireEvent.input(screen.getByLabelText('Title'), { target: { value: '2025年度社会责任报告' } });
}

describe('ReportLinkForm', () => {
  it('offers the leaf indicators and saves the link as report evidence of the chosen one', async () => {
    const worker = await standInWorker();
    const onSaved = vi.fn();
    render(<ReportLinkForm round={{ id: 5 } as Round} enterpriseId={3} indicators={indicators} onSaved={onSaved} />);
    expect(screen.queryByRole('option', { name: /^STAFF / })).toBeNull();
    fill();
    worker.reply(201, { id: 99 });
    fireEvent.click(screen.getByRole('button', { name: 'Attach the link' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(worker.sent.at(-1)).toMatchObject({
      method: 'POST',
      path: '/api/v1/evidence',
      body: { roundId: 5, enterpriseId: 3, indicatorId: 7, kind: 'report', url: 'https://huaxin.example/csr-2025.pdf', title: '2025年度社会责任报告' },
    });
  });

  it('keeps what was typed and shows why when the worker refuses', async () => {
    const worker = await standInWorker();
    const onSaved = vi.fn();
    render(<ReportLinkForm round={{ id: 5 } as Round} enterpriseId={3} indicators={indicators} onSaved={onSaved} />);
    fill();
    worker.reply(409, { error: { code: 'round_not_collecting', message: 'Adding evidence is closed in this round' } });
    fireEvent.click(screen.getByRole('button', { name: 'Attach the link' }));
    await waitFor(() => expect(screen.getByRole('alert')).toBeTruthy());
    expect(onSaved).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('2025年度社会责任报告');
  });
});
