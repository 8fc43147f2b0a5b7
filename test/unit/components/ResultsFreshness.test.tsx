// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Me } from '../../../shared/schemas/auth';
import type { ResultsFreshness as Freshness, RebuildState } from '../../../shared/schemas/derived';
import { ResultsFreshness } from '../../../extension/components/console/results/ResultsFreshness';
import { panelState, standInWorker } from './panel-fixture';

const admin = { id: 1, login: 'admin', displayName: 'Admin', isAdmin: true, memberships: [] } as unknown as Me;
const at = '2026-12-06T08:00:00.000Z';
const state = (rebuild: Partial<RebuildState>, ranksPending = false): { roundId: number; freshness: Freshness } => ({
  roundId: 1,
  freshness: {
    results: { asOf: at, pending: rebuild.status === 'queued' || rebuild.status === 'running' },
    ranks: { asOf: at, pending: ranksPending },
    rebuild: { status: 'idle', reason: null, done: 0, total: 0, requestedAt: null, startedAt: null, finishedAt: null, error: null, ...rebuild },
  },
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ResultsFreshness', () => {
  it('says when results and ranks were brought up to date, and follows a rebuild an administrator asks for until it is done', async () => {
    const worker = await standInWorker();
    worker.reply(200, state({ finishedAt: at }));
    render(<ResultsFreshness round={panelState().round} me={admin} />);
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toMatch(/^Results as of .+, ranks as of .+ · last full rebuild finished at /));

    worker.reply(202, state({ status: 'queued', requestedAt: at }));
    worker.reply(200, state({ status: 'running', done: 250, total: 10_000, requestedAt: at }));
    worker.reply(200, state({ status: 'idle', done: 10_000, total: 10_000, requestedAt: at, finishedAt: at }, true));
    worker.reply(200, state({ status: 'idle', done: 10_000, total: 10_000, requestedAt: at, finishedAt: at }));
    fireEvent.click(screen.getByTestId('results-rebuild'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('a full rebuild is queued'));
    expect(worker.sent.at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/rounds/1/results/rebuild' });
    expect(screen.getByTestId('results-rebuild').hasAttribute('disabled')).toBe(true);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('rebuilding: 250 of 10000 enterprises'));
    // Asked again every two seconds while something is on its way.
    const later = (check: () => void) => waitFor(check, { timeout: 5_000 });
    await later(() => expect(screen.getByRole('status').textContent).toContain('ranks and figures are being refreshed'));
    await later(() => expect(screen.getByRole('status').textContent).not.toContain('refreshed'));
    expect(screen.getByTestId('results-rebuild').hasAttribute('disabled')).toBe(false);
    expect(worker.sent.filter((r) => r.path === '/api/v1/rounds/1/results/state')).toHaveLength(4);
  }, 15_000);

  it('tells why a rebuild failed, and offers no rebuild to anyone but administrators', async () => {
    const worker = await standInWorker();
    worker.reply(200, state({ status: 'failed', error: 'D1_ERROR: too many SQL variables' }));
    render(<ResultsFreshness round={panelState().round} me={{ ...admin, isAdmin: false }} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('the full rebuild failed: D1_ERROR: too many SQL variables'));
    expect(screen.queryByTestId('results-rebuild')).toBeNull();
  });
});
