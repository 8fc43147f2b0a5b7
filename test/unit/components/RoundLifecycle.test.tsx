// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Round } from '../../../shared/schemas/round';
import { RoundLifecycle } from '../../../extension/components/console/rounds/RoundLifecycle';
import { standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const round = (status: Round['status']): Round => ({
  id: 4,
  name: { zh: '2027年度测评', en: '2027' },
  year: 2027,
  status,
  framework: { id: 1, code: 'csr', version: 1 },
  statusChangedAt: null,
  resultsStale: true,
  resultsComputedAt: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  version: 1,
});

describe('RoundLifecycle', () => {
  it('shows what a start would lack with the counts and starts on a reason, which it sends', async () => {
    const worker = await standInWorker();
    const onChanged = vi.fn();
    render(<RoundLifecycle round={round('preparing')} onChanged={onChanged} />);
    worker.reply(409, {
      error: {
        code: 'round_start_needs_confirmation',
        message: 'confirm',
        details: { warnings: ['no_experts', 'uncovered_indicators'], counts: { assignedExperts: 0, reviewers: 1, indicators: 64, uncoveredIndicators: 64 } },
      },
    });
    fireEvent.click(screen.getByTestId('move-collecting'));
    const warnings = await screen.findByTestId('start-warnings');
    expect(warnings.textContent).toContain('any expert with an assignment');
    expect(warnings.textContent).toContain('an assignment for 64 of the 64 indicators');
    expect(warnings.textContent).not.toContain('a reviewer');
    const confirm = screen.getByTestId('start-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.input(screen.getByTestId('start-reason'), { target: { value: '专家下周确定' } });
    worker.reply(200, round('collecting'));
    fireEvent.click(confirm);
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(worker.sent.at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/rounds/4/transitions', body: { to: 'collecting', confirm: { reason: '专家下周确定' } } });
    expect(screen.queryByTestId('start-warnings')).toBeNull();
  });

  it('counts the enterprises not signed off per street when publication is refused', async () => {
    const worker = await standInWorker();
    render(<RoundLifecycle round={round('reviewing')} onChanged={vi.fn()} />);
    worker.reply(409, {
      error: {
        code: 'round_state',
        message: '2 enrolled enterprise(s) are not signed off by a reviewer',
        details: { problems: [{ code: 'not_signed_off', message: '2 not signed off' }], notSignedOff: { count: 3, byStreet: [{ street: '安亭镇', count: 2 }, { street: '南翔镇', count: 1 }], enterprises: [], truncated: false } },
      },
    });
    fireEvent.click(screen.getByTestId('move-published'));
    fireEvent.click(await screen.findByTestId('move-published-confirm'));
    expect((await screen.findByTestId('unsigned-by-street')).textContent).toBe('安亭镇: 2 · 南翔镇: 1');
  });
});
