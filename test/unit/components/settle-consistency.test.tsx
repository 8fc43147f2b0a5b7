// @vitest-environment happy-dom
// After a reviewer settles a disagreement, every figure on screen agrees: the header's total and sign-off
// status, the filter chips, the indicator's row and the experts' panel beneath it — through the panel's
// real state flow (the form's PUT, the refresh, the merged state).
import './i18n';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useMemo } from 'preact/hooks';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelContext } from '../../../extension/lib/panel-context';
import { usePanelState } from '../../../extension/lib/use-panel-state';
import { sessionItem } from '../../../extension/lib/storage';
import type { PanelState } from '../../../shared/schemas/panel';
import { PanelBodyAsReader } from './panel-body-as-reader';
import { ids, panelState } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Panel() {
  const { state, refresh, update } = usePanelState({ roundId: 1, enterpriseId: 10 });
  const context = useMemo(() => state && { viewer: state.viewer, roundId: 1, enterpriseId: 10, refresh, update }, [state?.viewer, refresh, update]);
  if (!state || !context) return null;
  return (
    <PanelContext.Provider value={context}>
      <PanelBodyAsReader state={state} />
    </PanelContext.Provider>
  );
}

const before = panelState();
const contracts = before.indicators[0]!;
const settlement = { roundId: 1, enterpriseId: 10, indicatorId: ids.contracts, indicatorCode: 'STAFF.1.1', value: 6, reason: 'Contracts checked on site', settledBy: { id: 9, displayName: 'Zhao' }, settledAt: '2026-11-26T08:00:00.000Z', version: 1 };
const after: PanelState = {
  ...before,
  version: 'W/"v2"',
  result: { ...before.result!, weightedTotal: 78, total: 78, unsettledCount: 0 },
  indicators: [{ ...contracts, outcome: { ...contracts.outcome!, consensus: 6, settled: true, failedMandatory: false, rubricLevel: 1 } }, ...before.indicators.slice(1)],
  settlements: [settlement],
};

/** A stand-in worker by route: the panel's state (as it is now), the tree, the agreement, the settlement's PUT. */
function worker() {
  let current = before;
  vi.stubGlobal('fetch', async (input: string | URL, init: RequestInit = {}) => {
    const path = new URL(String(input)).pathname;
    const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (path.endsWith('/settlement') && init.method === 'PUT') {
      current = after;
      return json(settlement, 201);
    }
    if (path.endsWith('/panel')) {
      const { tree: _, ...body } = current;
      return new Headers(init.headers).get('if-none-match') === current.version ? new Response(null, { status: 304 }) : json(body);
    }
    if (path.endsWith('/indicators')) return json({ items: before.tree });
    if (path.endsWith('/agreement')) return json({ round: { alpha: null, units: 0 }, enterprise: null });
    return json({ error: { code: 'not_found', message: path } }, 404);
  });
}

const chip = (filter: string) => document.querySelector(`[data-filter="${filter}"] .count`)!.textContent;

it('shows the settled value everywhere at once: header, sign-off status, filter chips, the row and the experts’ panel', async () => {
  await sessionItem.setValue({ token: 'test-token-0123456789abcdef', expiresAt: '2099-01-01T00:00:00.000Z', user: { id: 9, login: 'reviewer', displayName: 'Zhao', isAdmin: false, memberships: [] } });
  worker();
  const { container } = render(<Panel />);
  const row = await waitFor(() => {
    const found = container.querySelector<HTMLElement>('section[data-indicator-code="STAFF.1.1"]');
    if (!found) throw new Error('no row yet');
    return found;
  });
  expect(within(row).getByTestId('consensus').textContent).toBe('Consensus 4');
  expect(chip('disagreement')).toBe('1');
  expect(chip('mandatoryFailing')).toBe('1');

  // The row shows first, what lies beneath it at the next idle moment.
  const form = await waitFor(() => within(row).getByTestId('settle-form'));
  fireEvent.input(within(form).getByTestId('settle-value'), { target: { value: '6' } });
  fireEvent.input(within(form).getByTestId('settle-reason'), { target: { value: 'Contracts checked on site' } });
  fireEvent.submit(form);

  await waitFor(() => expect(screen.getByTestId('provisional-grade').textContent).toContain('78'));
  expect(screen.getByTestId('sign-off-status').textContent).toBe('Every applicable indicator is scored and every disagreement settled');
  expect(chip('disagreement')).toBe('0');
  expect(chip('mandatoryFailing')).toBe('0');
  expect(within(row).getByTestId('consensus').textContent).toBe('Consensus 6');
  expect(within(row).getByTestId('disagreement-flag').textContent).toBe('Settled');
  // The experts' own consensus stays visible, and beside it the value that counts.
  expect(within(row).getByTestId('expert-spread').textContent).toBe('Lowest 3 · highest 9 · experts’ consensus 4 · settled at 6, which counts');
  expect(within(row).getByTestId('settlement').textContent).toContain('6');
});
