// @vitest-environment happy-dom
// Buttons that wait for something say what: a score without its rationale, a rejection without its reason, a
// settlement without its reason. And other experts' rationales are folded to a line until the reader unfolds them.
import './i18n';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DisagreementView } from '../../../extension/components/DisagreementView';
import { ReviewActions } from '../../../extension/components/ReviewActions';
import { ScoreForm } from '../../../extension/components/ScoreForm';
import { RationalesContext } from '../../../extension/lib/panel-layout';
import { evidenceItem, ids, panelState, renderInPanel, score } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const button = (testId: string) => screen.getByTestId<HTMLButtonElement>(testId);
/** The text a button points to with aria-describedby. */
const describedBy = (testId: string) => document.getElementById(button(testId).getAttribute('aria-describedby') ?? '')?.textContent ?? null;

describe('reasons for a disabled button', () => {
  it('a score: asks for a value, then for the rationale, and says nothing once it can be saved', () => {
    const expert = panelState({ viewer: { userId: 2, role: 'expert', seesScores: true, seesResults: true, maySignOff: false, mayProposeAdjustment: false } });
    const node = expert.tree.find((n) => n.id === ids.contracts)!;
    renderInPanel(<ScoreForm node={node} myScore={null} evidence={[]} onSaved={vi.fn()} onClose={vi.fn()} />, expert);
    expect(button('score-save').disabled).toBe(true);
    expect(describedBy('score-save')).toBe('Choose a rubric level or enter a score');
    fireEvent.click(screen.getByTestId('score-level-1'));
    expect(button('score-save').disabled).toBe(true);
    expect(describedBy('score-save')).toBe('Write the rationale to save: why this score, citing evidence where you can');
    fireEvent.input(screen.getByTestId('score-rationale'), { target: { value: 'Contracts for all staff' } });
    expect(button('score-save').disabled).toBe(false);
    expect(button('score-save').getAttribute('aria-describedby')).toBeNull();
  });

  it('a rejection: waits for the reason and says so; an acceptance needs none', () => {
    const state = panelState();
    renderInPanel(<ReviewActions evidence={evidenceItem(101, ids.contracts)} onReviewed={vi.fn()} />, state);
    fireEvent.click(screen.getByTestId('review-reject'));
    expect(button('review-confirm').disabled).toBe(true);
    expect(describedBy('review-confirm')).toBe('Write why it is rejected to confirm');
    fireEvent.input(screen.getByTestId('review-comment'), { target: { value: 'Not about this enterprise' } });
    expect(button('review-confirm').disabled).toBe(false);
    expect(screen.queryByTestId('review-missing')).toBeNull();
  });

  it('a settlement: waits for the reason and says so', () => {
    const state = panelState();
    const node = state.tree.find((n) => n.id === ids.contracts)!;
    renderInPanel(<DisagreementView node={node} scores={state.scores} outcome={state.indicators[0]!.outcome} settlement={null} maySettle />, state);
    expect(button('settle-save').disabled).toBe(true);
    expect(describedBy('settle-save')).toBe('Write the reason for the settlement to save');
  });
});

describe('other experts’ rationales', () => {
  const expert = panelState({ viewer: { userId: 2, role: 'expert', seesScores: true, seesResults: true, maySignOff: false, mayProposeAdjustment: false } });
  const node = expert.tree.find((n) => n.id === ids.contracts)!;
  const scores = [score(201, ids.contracts, 2, 9), score(202, ids.contracts, 3, 3)];
  const rationale = (expertId: number) => screen.getAllByTestId('expert-score').find((e) => e.dataset.expertId === String(expertId))!;

  it('are folded to a line, the reader’s own never; the toggle unfolds them all', () => {
    const setOpen = vi.fn();
    renderInPanel(
      <RationalesContext.Provider value={{ open: false, setOpen }}>
        <DisagreementView node={node} scores={scores} outcome={null} settlement={null} maySettle={false} />
      </RationalesContext.Provider>,
      expert,
    );
    expect(within(rationale(3)).getByTestId('rationale').classList.contains('folded')).toBe(true);
    expect(within(rationale(2)).getByTestId('rationale').classList.contains('folded')).toBe(false);
    fireEvent.click(screen.getByTestId('rationales-toggle'));
    expect(setOpen).toHaveBeenCalledWith(true);
  });

  it('show in full once unfolded', () => {
    renderInPanel(
      <RationalesContext.Provider value={{ open: true, setOpen: vi.fn() }}>
        <DisagreementView node={node} scores={scores} outcome={null} settlement={null} maySettle={false} />
      </RationalesContext.Provider>,
      expert,
    );
    expect(within(rationale(3)).getByTestId('rationale').classList.contains('folded')).toBe(false);
    expect(screen.getByTestId('rationales-toggle').textContent).toBe('Fold the experts’ rationales');
  });
});
