// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndicatorTree } from '../../../extension/components/IndicatorTree';
import { indicatorSlices, type PanelFilter } from '../../../extension/lib/panel-view';
import { ids, panelState, renderInPanel } from './panel-fixture';

afterEach(cleanup);

const state = panelState();
const show = (filter: PanelFilter = 'all') => renderInPanel(<IndicatorTree tree={state.tree} slices={indicatorSlices(state)} filter={filter} />, state);
const indicator = (container: Element, code: string) => container.querySelector<HTMLElement>(`section[data-indicator-code="${code}"]`)!;
const row = (container: Element, id: number) => container.querySelector<HTMLButtonElement>(`[data-tree-row="${id}"]`)!;

describe('IndicatorTree', () => {
  it('shows dimensions, groups and indicators with each indicator’s facts', () => {
    const { container } = show();
    expect([...container.querySelectorAll('[data-tree-row]')].map((r) => r.textContent?.match(/[A-Z]+(\.\d+)*/)?.[0])).toEqual([
      'STAFF', 'STAFF.1', 'STAFF.1.1', 'STAFF.1.2', 'ENV', 'ENV.1', 'ENV.1.2',
    ]);
    const contracts = within(indicator(container, 'STAFF.1.1'));
    expect(contracts.getByText('Mandatory')).toBeTruthy();
    expect(contracts.getByTestId('evidence-counts').textContent).toBe('2 evidence · 1 accepted');
    expect(contracts.getByText('1 contradicting')).toBeTruthy();
    expect(contracts.getByTestId('consensus').textContent).toBe('Consensus 4');
    expect(contracts.getByTestId('disagreement-flag').textContent).toBe('Disagreement');
    expect(within(indicator(container, 'STAFF.1.2')).getByTestId('rectification').textContent).toBe('Rectification: Submitted');
    expect(within(indicator(container, 'ENV.1.2')).getByTestId('not-applicable')).toBeTruthy();
  });

  it('shows the evidence and the experts’ scores side by side beneath an indicator, contradicting evidence first', async () => {
    const { container } = show();
    const contracts = indicator(container, 'STAFF.1.1');
    // The rows show first; what is beneath them follows at the next idle moment.
    expect(contracts.querySelectorAll('article.evidence-card')).toHaveLength(0);
    await waitFor(() => expect([...contracts.querySelectorAll('article.evidence-card')].map((a) => a.getAttribute('data-evidence-id'))).toEqual(['101', '102']));
    const experts = within(contracts).getAllByTestId('expert-score');
    expect(experts.map((e) => e.querySelector('.score-value')?.textContent)).toEqual(['9', '3', '4']);
    expect(within(contracts).getByTestId('expert-spread').textContent).toBe('Lowest 3 · highest 9 · consensus 4');
    expect(within(contracts).getByTestId('settle-form')).toBeTruthy();
  });

  it.each([
    ['pending', ['STAFF.1.1']],
    ['missingEvidence', ['STAFF.1.2']],
    ['disagreement', ['STAFF.1.1']],
    ['mandatoryFailing', ['STAFF.1.1']],
    ['mineToScore', []],
  ] as const)('filters to %s, hiding empty branches', (filter, codes) => {
    const { container } = show(filter);
    const visible = [...container.querySelectorAll<HTMLElement>('section.indicator')].filter((s) => !s.closest('[hidden]')).map((s) => s.dataset.indicatorCode);
    expect(visible).toEqual(codes);
    expect(container.querySelector<HTMLElement>('section[data-node-code="ENV"]')!.hidden).toBe(true);
    if (codes.length === 0) expect(screen.getByText('No indicator matches the filter')).toBeTruthy();
  });

  it('moves with the arrow keys, opens and closes with → ← and with Enter (the row is a button)', () => {
    const { container } = show();
    const first = row(container, ids.staff);
    expect(first.tabIndex).toBe(0);
    expect(row(container, ids.staff1).tabIndex).toBe(-1);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row(container, ids.staff1));
    expect(row(container, ids.staff1).tabIndex).toBe(0);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(row(container, ids.staff1).getAttribute('aria-expanded')).toBe('false');
    expect(indicator(container, 'STAFF.1.1').closest('[hidden]')).not.toBeNull();
    // Closed: ↓ skips the hidden indicators and lands on the next dimension.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row(container, ids.env));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(row(container, ids.dust));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(row(container, ids.dust).getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(row(container, ids.env1));
    fireEvent.click(row(container, ids.staff1));
    expect(row(container, ids.staff1).getAttribute('aria-expanded')).toBe('true');
  });

  it('collapses and expands everything at once', () => {
    const { container } = show();
    fireEvent.click(screen.getByTestId('collapse-all'));
    expect([...container.querySelectorAll('[data-tree-row]')].every((r) => r.getAttribute('aria-expanded') === 'false')).toBe(true);
    fireEvent.click(screen.getByTestId('expand-all'));
    expect(indicator(container, 'STAFF.1.1').closest('[hidden]')).toBeNull();
  });

  it('opens only the indicators that wait for the reader; the dimensions and groups stay open', () => {
    const { container } = show();
    // STAFF.1.1: evidence pending this reviewer may review, a disagreement to settle, a mandatory indicator failing.
    expect(row(container, ids.contracts).getAttribute('aria-expanded')).toBe('true');
    expect(row(container, ids.hours).getAttribute('aria-expanded')).toBe('false');
    expect(row(container, ids.dust).getAttribute('aria-expanded')).toBe('false');
    expect([ids.staff, ids.staff1, ids.env, ids.env1].map((id) => row(container, id).getAttribute('aria-expanded'))).toEqual(['true', 'true', 'true', 'true']);
    expect(container.querySelector('[data-testid="open-cards"]')!.getAttribute('data-count')).toBe('2');
  });

  it('follows the rows the reader opened or closed before, and reports each change to be remembered', () => {
    const onRowsChange = vi.fn();
    const { container } = renderInPanel(
      <IndicatorTree tree={state.tree} slices={indicatorSlices(state)} filter="all" rows={{ [ids.contracts]: false, [ids.hours]: true }} onRowsChange={onRowsChange} />,
      state,
    );
    expect(row(container, ids.contracts).getAttribute('aria-expanded')).toBe('false');
    expect(row(container, ids.hours).getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(row(container, ids.contracts));
    expect(row(container, ids.contracts).getAttribute('aria-expanded')).toBe('true');
    expect(onRowsChange).toHaveBeenLastCalledWith({ [ids.contracts]: true });
  });

  it('keeps a row open after the last thing it waited for was done', () => {
    const { container, rerender } = show();
    const done = panelState({ evidence: state.evidence.map((e) => ({ ...e, status: 'accepted' as const })), indicators: state.indicators.map((i) => ({ ...i, may: { ...i.may, settle: false } })) });
    rerender(<IndicatorTree tree={done.tree} slices={indicatorSlices(done)} filter="all" />);
    expect(row(container, ids.contracts).getAttribute('aria-expanded')).toBe('true');
  });
});

