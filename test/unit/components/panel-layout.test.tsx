// @vitest-environment happy-dom
// The side panel's layout is the reader's: rows opened or closed by hand and unfolded rationales come back for
// the same user (per enterprise), and another user of the same browser starts from the defaults.
import './i18n';
import { cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { withRows } from '../../../extension/lib/panel-layout';
import { panelLayoutOf } from '../../../extension/lib/storage';
import { REMEMBERED_ENTERPRISES } from '../../../shared/schemas/values';
import { PanelBodyAsReader } from './panel-body-as-reader';
import { ids, panelState, renderInPanel, standInWorker } from './panel-fixture';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const asUser = (userId: number) => panelState({ viewer: { userId, role: 'reviewer', seesScores: true, seesResults: true, maySignOff: false, mayProposeAdjustment: false } });
const rowOf = (container: Element, id: number) => container.querySelector<HTMLButtonElement>(`[data-tree-row="${id}"]`);

async function showPanel(userId: number) {
  const worker = await standInWorker();
  // PanelAgreement asks for the round's agreement.
  worker.reply(200, { round: { alpha: null, units: 0 }, enterprise: null });
  const state = asUser(userId);
  const view = renderInPanel(<PanelBodyAsReader state={state} />, state);
  await waitFor(() => expect(rowOf(view.container, ids.hours)).not.toBeNull());
  return view;
}

describe('the side panel’s layout, per user', () => {
  it('brings back the rows a user opened and the rationales they unfolded; another user gets the defaults', async () => {
    let view = await showPanel(9);
    expect(rowOf(view.container, ids.hours)!.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(rowOf(view.container, ids.hours)!);
    // What lies beneath a row shows at the next idle moment after the row.
    fireEvent.click(await waitFor(() => view.getByTestId('rationales-toggle')));
    await waitFor(async () => expect((await panelLayoutOf(9).getValue()).rationalesOpen).toBe(true));
    expect((await panelLayoutOf(9).getValue()).rows).toEqual({ '1:10': { [ids.hours]: true } });
    cleanup();

    view = await showPanel(10);
    expect(rowOf(view.container, ids.hours)!.getAttribute('aria-expanded')).toBe('false');
    expect((await waitFor(() => view.getByTestId('rationales-toggle'))).getAttribute('aria-pressed')).toBe('false');
    cleanup();

    view = await showPanel(9);
    expect(rowOf(view.container, ids.hours)!.getAttribute('aria-expanded')).toBe('true');
    expect((await waitFor(() => view.getByTestId('rationales-toggle'))).getAttribute('aria-pressed')).toBe('true');
  });

  it('offers the pending filter with its count', async () => {
    const view = await showPanel(9);
    const pending = view.container.querySelector('[data-filter="pending"]')!;
    expect(pending.textContent).toBe('Pending review 1');
    fireEvent.click(pending);
    expect([...view.container.querySelectorAll<HTMLElement>('section.indicator')].filter((s) => !s.closest('[hidden]')).map((s) => s.dataset.indicatorCode)).toEqual(['STAFF.1.1']);
  });
});

describe('withRows', () => {
  it('keeps the most recent enterprises only, the one just changed last', () => {
    let layout = { rationalesOpen: false, rows: {} as Record<string, Record<string, boolean>> };
    for (let i = 0; i < REMEMBERED_ENTERPRISES + 5; i++) layout = withRows(layout, `1:${i}`, { 7: true });
    layout = withRows(layout, '1:10', { 8: false });
    const keys = Object.keys(layout.rows);
    expect(keys).toHaveLength(REMEMBERED_ENTERPRISES);
    expect(keys[0]).toBe('1:5');
    expect(keys.at(-1)).toBe('1:10');
    expect(layout.rows['1:10']).toEqual({ 7: true, 8: false });
  });
});
