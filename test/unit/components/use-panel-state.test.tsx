// @vitest-environment happy-dom
import './i18n';
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLL_MS, usePanelState } from '../../../extension/lib/use-panel-state';
import type { PanelState } from '../../../shared/schemas/panel';
import { evidenceItem, ids, panelState, standInWorker } from './panel-fixture';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  setVisibility('visible');
});

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}
const target = { roundId: 1, enterpriseId: 10 };

/** The worker's answer (no tree), then the round's tree the panel asks for once. */
function replyState(worker: Awaited<ReturnType<typeof standInWorker>>, state: PanelState) {
  const { tree, ...body } = state;
  worker.reply(200, body);
  worker.reply(200, { items: tree });
}

describe('usePanelState', () => {
  it('polls with the version on screen; a 304 keeps the state, a newer one keeps what did not change', async () => {
    const worker = await standInWorker();
    const first = panelState();
    replyState(worker, first);
    const { result } = renderHook(() => usePanelState(target));
    await waitFor(() => expect(result.current.state?.version).toBe('W/"v1"'));
    expect(worker.sent[0]!.headers.get('if-none-match')).toBeNull();
    expect(worker.sent[1]!.path).toBe('/api/v1/rounds/1/indicators');
    const shown = result.current.state!;
    expect(shown.tree).toEqual(first.tree);

    worker.reply(304);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(worker.sent[2]!.headers.get('if-none-match')).toBe('W/"v1"');
    expect(result.current.state).toBe(shown);
    expect(result.current.sync.lastSyncedAt).not.toBeNull();

    // A newer state: the tree the panel holds serves it, nobody asks for it again.
    const added = evidenceItem(103, ids.hours);
    const { tree: _, ...body } = first;
    worker.reply(200, { ...body, version: 'W/"v2"', evidence: [...first.evidence, added] });
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await waitFor(() => expect(result.current.state?.version).toBe('W/"v2"'));
    expect(worker.sent).toHaveLength(4);
    expect(result.current.state!.evidence[0]).toBe(shown.evidence[0]);
    expect(result.current.state!.tree).toBe(shown.tree);
    expect(result.current.state!.evidence[2]).toEqual(added);
  });

  it('says it is offline when the worker cannot be reached, keeping the state, and recovers', async () => {
    const worker = await standInWorker();
    replyState(worker, panelState());
    const { result } = renderHook(() => usePanelState(target));
    await waitFor(() => expect(result.current.state).not.toBeNull());
    worker.reply(0);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await waitFor(() => expect(result.current.sync.offline).toBe(true));
    expect(result.current.state).not.toBeNull();
    worker.reply(304);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    await waitFor(() => expect(result.current.sync.offline).toBe(false));
  });

  it('stops polling while the panel is hidden and asks at once when it shows again', async () => {
    const worker = await standInWorker();
    replyState(worker, panelState());
    renderHook(() => usePanelState(target));
    await waitFor(() => expect(worker.sent).toHaveLength(2));
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(POLL_MS * 5);
    expect(worker.sent).toHaveLength(2);
    worker.reply(304);
    setVisibility('visible');
    await waitFor(() => expect(worker.sent).toHaveLength(3));
  });

  it('keeps the framework’s tree on the device: a panel opened again does not ask the worker for it', async () => {
    const worker = await standInWorker();
    const state = panelState();
    replyState(worker, state);
    const first = renderHook(() => usePanelState(target));
    await waitFor(() => expect(first.result.current.state).not.toBeNull());
    first.unmount();
    expect(worker.sent.map((r) => r.path)).toEqual(['/api/v1/rounds/1/enterprises/10/panel', '/api/v1/rounds/1/indicators']);

    const { tree: _, ...body } = state;
    worker.reply(200, body);
    const again = renderHook(() => usePanelState(target));
    await waitFor(() => expect(again.result.current.state).not.toBeNull());
    expect(worker.sent).toHaveLength(3);
    expect(worker.sent[2]!.path).not.toContain('/indicators');
    expect(again.result.current.state!.tree).toEqual(state.tree);
  });
});
