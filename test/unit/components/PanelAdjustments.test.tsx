// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelAdjustments } from '../../../extension/components/PanelAdjustments';
import type { PanelAdjustment } from '../../../shared/schemas/panel';
import { evidenceItem, ids, panelState, renderInPanel, standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const award = { code: 'AWARD_CITY', name: { zh: '市级荣誉', en: 'City honour' }, guidance: { zh: '证书', en: 'Certificate' }, direction: 'bonus' as const, points: 2, capPerEnterprise: 4 };
const proposal = (extra: Partial<PanelAdjustment> = {}): PanelAdjustment => ({
  id: 5,
  roundId: 1,
  enterpriseId: 10,
  code: 'AWARD_CITY',
  item: { name: award.name, direction: 'bonus', points: 2, capPerEnterprise: 4 },
  occurrences: 1,
  evidenceIds: [101],
  note: null,
  status: 'proposed',
  proposedBy: { id: 2, displayName: 'Li' },
  proposedAt: '2026-11-20T08:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  decisionComment: null,
  version: 1,
  may: { decide: true, withdraw: false },
  ...extra,
});

describe('PanelAdjustments', () => {
  it('confirms a proposal at its version, and rejects only with a comment', async () => {
    const worker = await standInWorker();
    worker.reply(200, {});
    const state = panelState({ adjustments: [proposal()] });
    const { context } = renderInPanel(<PanelAdjustments state={state} />, state);
    expect(screen.getByTestId('panel-adjustments').textContent).toContain('City honour × 1');
    expect((screen.getByRole('button', { name: 'Reject' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(context.refresh).toHaveBeenCalled());
    expect(worker.sent[0]).toMatchObject({ method: 'POST', path: '/api/v1/adjustments/5/decision', body: { decision: 'confirm', version: 1 } });
  });

  it('builds the proposal form once opened, and proposes an item of the framework with the evidence ticked', async () => {
    const worker = await standInWorker();
    worker.reply(201, {});
    const state = panelState({ viewer: { userId: 2, role: 'expert', seesScores: true, seesResults: false, maySignOff: false, mayProposeAdjustment: true }, adjustmentItems: [award], evidence: [evidenceItem(101, ids.contracts)] });
    const { context, container } = renderInPanel(<PanelAdjustments state={state} />, state);
    const details = container.querySelector('details')!;
    expect(container.querySelector('form')).toBeNull();
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(container.querySelector('form')).not.toBeNull());
    fireEvent.change(container.querySelector('select')!, { target: { value: 'AWARD_CITY' } });
    fireEvent.click(container.querySelector('input[type="checkbox"]')!);
    fireEvent.submit(container.querySelector('form')!);
    await waitFor(() => expect(context.refresh).toHaveBeenCalled());
    expect(worker.sent[0]).toMatchObject({ path: `/api/v1/rounds/1/enterprises/10/adjustments`, body: { code: 'AWARD_CITY', occurrences: 1, evidenceIds: [101] } });
  });

  it('shows nothing to a reader who may neither see nor propose any', () => {
    const state = panelState();
    renderInPanel(<PanelAdjustments state={state} />, state);
    expect(screen.queryByTestId('panel-adjustments')).toBeNull();
  });
});
