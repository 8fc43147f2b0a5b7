// @vitest-environment happy-dom
import './i18n';
import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PanelAgreement } from '../../../extension/components/PanelAgreement';
import type { RoundAgreement } from '../../../shared/schemas/agreement';
import { COMPLETE_MARK } from '../../../extension/components/IndicatorTree';
import { evidenceItem, ids, panelState, renderInPanel, score, standInWorker } from './panel-fixture';
import { PanelBodyAsReader } from './panel-body-as-reader';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const icc = { single: 0.61, average: 0.82, units: 2, raters: 3 };
const agreement = (alpha: number): RoundAgreement => ({
  roundId: 1,
  metric: 'ordinal',
  computedAt: '2026-11-20T08:00:00.000Z',
  elapsedMs: 3,
  round: { metric: 'ordinal', alpha: 0.7459, units: 120, pairable: 360, icc, intervalAlpha: 0.7312 },
  dimensions: [],
  indicators: [],
  experts: [],
  enterprise: { id: 10, metric: 'ordinal', alpha, units: 2, pairable: 6, icc },
});

describe('PanelAgreement', () => {
  it('asks again when the enterprise’s scores change, not when only its evidence does', async () => {
    const worker = await standInWorker();
    worker.reply(200, agreement(0.5));
    const state = panelState();
    const { rerender } = renderInPanel(<PanelAgreement state={state} />, state);
    await waitFor(() => expect(screen.getByTestId('panel-agreement').textContent).toContain('0.500'));
    expect(worker.sent).toHaveLength(1);
    expect(worker.sent[0]!.path).toBe('/api/v1/rounds/1/agreement');

    // A reviewed evidence item moves the state's version; the round's alpha is not asked for again.
    const reviewed = panelState({ version: 'W/"v2"', evidence: [...state.evidence, evidenceItem(103, ids.hours)] });
    rerender(<PanelAgreement state={reviewed} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(worker.sent).toHaveLength(1);

    // An expert's new score does.
    worker.reply(200, agreement(0.25));
    const rescored = panelState({ version: 'W/"v3"', evidence: reviewed.evidence, scores: [...state.scores, score(204, ids.hours, 2, 5)] });
    rerender(<PanelAgreement state={rescored} />);
    await waitFor(() => expect(screen.getByTestId('panel-agreement').textContent).toContain('0.250'));
    expect(worker.sent).toHaveLength(2);
  });

  it('is asked for once the cards of the open rows are on screen, not while they render', async () => {
    performance.clearMarks();
    const worker = await standInWorker();
    worker.reply(200, agreement(0.5));
    const answer = globalThis.fetch;
    const cardsShownWhenAsked: boolean[] = [];
    vi.stubGlobal('fetch', (input: string | URL, init?: RequestInit) => {
      if (String(input).includes('/agreement')) cardsShownWhenAsked.push(performance.getEntriesByName(COMPLETE_MARK).length > 0);
      return answer(input, init);
    });
    const state = panelState();
    renderInPanel(<PanelBodyAsReader state={state} />, state);
    await screen.findByTestId('indicator-tree');
    expect(cardsShownWhenAsked).toEqual([]);
    await waitFor(() => expect(screen.getByTestId('panel-agreement').textContent).toContain('0.500'));
    expect(cardsShownWhenAsked).toEqual([true]);
  });
});
