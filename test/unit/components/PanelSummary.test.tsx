// @vitest-environment happy-dom
import './i18n';
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PanelSummary } from '../../../extension/components/PanelSummary';
import type { PanelResult } from '../../../shared/schemas/panel';
import { panelState, renderInPanel } from './panel-fixture';

afterEach(cleanup);

const withResult = (extra: Partial<PanelResult>) => {
  const state = panelState();
  return { ...state, result: { ...state.result!, ...extra } };
};
const award = { code: 'AWARD_CITY', name: { zh: '市级荣誉', en: 'City honour' }, direction: 'bonus' as const, occurrences: 2, points: 4, capped: true };
const fine = { code: 'FINE', name: { zh: '行政处罚', en: 'Administrative fine' }, direction: 'deduction' as const, occurrences: 1, points: -3, capped: false };

describe('PanelSummary', () => {
  it('shows the confirmed adjustment lines and the total after them, below the provisional grade', () => {
    const state = withResult({ weightedTotal: 72.5, adjustments: [award, fine], adjustmentTotal: 1, total: 73.5 });
    renderInPanel(<PanelSummary state={state} />, state);
    expect(screen.getByTestId('provisional-grade').textContent).toContain('Provisional grade A · 73.5 points');
    const adjusted = screen.getByTestId('provisional-adjustments');
    expect(adjusted.textContent).toContain('Weighted total 72.5 · confirmed adjustments +1 · total after adjustments 73.5');
    expect([...adjusted.querySelectorAll('li')].map((li) => [li.dataset.code, li.textContent])).toEqual([
      ['AWARD_CITY', 'City honour × 2: +4'],
      ['FINE', 'Administrative fine × 1: -3'],
    ]);
  });

  it('shows a net deduction with its sign and a missing weighted total as a dash', () => {
    const state = withResult({ weightedTotal: null, adjustments: [fine], adjustmentTotal: -3, total: null, grade: null });
    renderInPanel(<PanelSummary state={state} />, state);
    expect(screen.getByTestId('provisional-adjustments').textContent).toContain('Weighted total — · confirmed adjustments -3 · total after adjustments —');
  });

  it('shows no adjustment lines when none is confirmed, nor to readers who may not see the result', () => {
    const none = withResult({ adjustments: [], adjustmentTotal: 0 });
    const { rerender } = renderInPanel(<PanelSummary state={none} />, none);
    expect(screen.getByTestId('provisional-grade')).toBeTruthy();
    expect(screen.queryByTestId('provisional-adjustments')).toBeNull();
    rerender(<PanelSummary state={{ ...none, result: null }} />);
    expect(screen.queryByTestId('provisional-grade')).toBeNull();
    expect(screen.queryByTestId('adjustment-lines')).toBeNull();
  });
});
