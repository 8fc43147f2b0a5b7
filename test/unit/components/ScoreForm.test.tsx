// @vitest-environment happy-dom
import './i18n';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ScoreForm } from '../../../extension/components/ScoreForm';
import { evidenceItem, ids, panelState, renderInPanel, score, standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const state = panelState({ viewer: { userId: 2, role: 'expert', seesScores: true, seesResults: true, maySignOff: false, mayProposeAdjustment: false } });
const node = state.tree.find((n) => n.id === ids.contracts)!;
const evidence = [evidenceItem(101, ids.contracts), evidenceItem(102, ids.contracts, { quote: 'Every employee has a written contract' })];
const mine = score(201, ids.contracts, 2, 7, { rationale: 'Contracts for all staff', evidenceIds: [102], version: 3 });
const show = (myScore = mine, onSaved = vi.fn()) => ({ ...renderInPanel(<ScoreForm node={node} myScore={myScore} evidence={evidence} onSaved={onSaved} onClose={() => {}} />, state), onSaved });
const type = (testId: string, value: string) => fireEvent.input(screen.getByTestId(testId), { target: { value } });
const checked = (testId: string) => screen.getByTestId<HTMLInputElement>(testId).checked;
const valueOf = (testId: string) => screen.getByTestId<HTMLInputElement>(testId).value;

describe('ScoreForm', () => {
  it('offers the rubric levels with their descriptions, the one the value is in chosen', () => {
    show();
    expect(screen.getByText('Policy in place and applied')).toBeTruthy();
    expect(screen.getByText('Beyond the requirement')).toBeTruthy();
    expect(checked('score-level-1')).toBe(true);
    fireEvent.click(screen.getByTestId('score-level-2'));
    expect(valueOf('score-value')).toBe('9');
    type('score-value', '2.5');
    expect(checked('score-level-0')).toBe(true);
  });

  it('saves value, rationale and the evidence cited against the version it started from', async () => {
    const worker = await standInWorker();
    const { onSaved } = show();
    expect(checked('score-cite-102')).toBe(true);
    fireEvent.click(screen.getByTestId('score-cite-101'));
    type('score-value', '8.5');
    type('score-rationale', 'Contracts and a union agreement');
    worker.reply(200, { ...mine, value: 8.5, rationale: 'Contracts and a union agreement', evidenceIds: [102, 101], version: 4 });
    fireEvent.click(screen.getByTestId('score-save'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(worker.sent[0]).toMatchObject({
      method: 'PUT',
      path: `/api/v1/rounds/1/enterprises/10/indicators/${ids.contracts}/my-score`,
      body: { value: 8.5, rationale: 'Contracts and a union agreement', evidenceIds: [102, 101], version: 3 },
    });
    expect(screen.getByTestId('score-saved').textContent).toBe('Saved (version 4)');
  });

  it('refuses a value above the max or without a rationale', () => {
    show(null as never);
    type('score-value', '11');
    type('score-rationale', 'x');
    expect(screen.getByText('The score is between 0 and 10')).toBeTruthy();
    expect(screen.getByTestId<HTMLButtonElement>('score-save').disabled).toBe(true);
  });

  it('on a 409 shows the newer score beside what was typed; keeping mine saves it over the newer version', async () => {
    const worker = await standInWorker();
    show();
    type('score-value', '5');
    type('score-rationale', 'Temporary staff lack contracts');
    const newer = { ...mine, value: 9, rubricLevel: 2, rationale: 'Audited by the labour bureau', version: 4 };
    worker.reply(409, { error: { code: 'conflict', message: 'Your score was changed meanwhile', details: { current: newer } } });
    fireEvent.click(screen.getByTestId('score-save'));
    await screen.findByTestId('conflict-choice');
    expect(screen.getByTestId('conflict-newer').textContent).toContain('9 · Excellent');
    expect(screen.getByText('Audited by the labour bureau')).toBeTruthy();
    expect(screen.getByTestId('conflict-yours').textContent).toBe('Yours: 5');
    expect(valueOf('score-rationale')).toBe('Temporary staff lack contracts');
    worker.reply(200, { ...newer, value: 5, rationale: 'Temporary staff lack contracts', version: 5 });
    fireEvent.click(screen.getByTestId('conflict-keep-mine'));
    await screen.findByTestId('score-saved');
    expect(worker.sent[1]!.body).toMatchObject({ value: 5, rationale: 'Temporary staff lack contracts', version: 4 });
  });

  it('taking the newer score keeps what was typed one click away', async () => {
    const worker = await standInWorker();
    show();
    type('score-rationale', 'My own careful reasoning');
    worker.reply(409, { error: { code: 'conflict', message: 'changed', details: { current: { ...mine, value: 9, rationale: 'Theirs', version: 4 } } } });
    fireEvent.click(screen.getByTestId('score-save'));
    fireEvent.click(await screen.findByTestId('conflict-take-newer'));
    expect(valueOf('score-value')).toBe('9');
    expect(valueOf('score-rationale')).toBe('Theirs');
    fireEvent.click(screen.getByTestId('restore-draft'));
    expect(valueOf('score-rationale')).toBe('My own careful reasoning');
    expect(valueOf('score-value')).toBe('7');
  });

  it('follows a newer version from the worker while nothing is typed, and only hints at it once something is', () => {
    const { rerender } = show();
    const newer = { ...mine, value: 9, rationale: 'Updated elsewhere', version: 4 };
    rerender(<ScoreForm node={node} myScore={newer} evidence={evidence} onSaved={vi.fn()} onClose={() => {}} />);
    expect(valueOf('score-value')).toBe('9');
    type('score-rationale', 'Typing now');
    rerender(<ScoreForm node={node} myScore={{ ...newer, version: 5, value: 2 }} evidence={evidence} onSaved={vi.fn()} onClose={() => {}} />);
    expect(valueOf('score-rationale')).toBe('Typing now');
    expect(valueOf('score-value')).toBe('9');
    expect(screen.getByTestId('score-newer-hint')).toBeTruthy();
  });
});
