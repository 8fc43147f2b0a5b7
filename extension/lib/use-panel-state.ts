// The side panel's state of one enterprise, kept live: asked again every few seconds with the version on
// screen (the worker answers 304 while nothing changed), paused while the panel is hidden and asked at
// once when it shows again or the network returns. A newer state is merged into the one on screen, so
// what did not change keeps its identity and nothing the user is typing into is rebuilt. The indicator
// tree comes apart from the state, once per framework (indicator-trees.ts), asked for beside the state when the
// round's framework is known. The first state may have been asked for as the page loaded (panel-start.ts).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PanelState } from '../../shared/schemas/panel';
import type { IndicatorNode, Round } from '../../shared/schemas/round';
import { panelAnswer, panelTree } from './panel-start';
import type { Failure, Result } from './result';
import { shareUnchanged } from './structural-sharing';

export const POLL_MS = 3_000;

export type PanelSync = {
  /** When the worker last answered (200 or 304). */
  lastSyncedAt: Date | null;
  /** The worker could not be reached the last time it was asked. */
  offline: boolean;
  /** The worker refused (403, 404, …); the state on screen stays. */
  error: Failure | null;
};

/** `framework`: the round's, when known before the state arrives (its tree is then asked for beside the state). */
export type PanelTarget = { roundId: number; enterpriseId: number; framework?: Round['framework'] };

const idle: PanelSync = { lastSyncedAt: null, offline: false, error: null };

export function usePanelState(target: PanelTarget | null) {
  const [state, setState] = useState<PanelState | null>(null);
  const [sync, setSync] = useState<PanelSync>(idle);
  const refreshRef = useRef<() => Promise<void>>(async () => {});
  /** Trees by framework id, asked for or kept, for as long as the panel is open. */
  const trees = useRef(new Map<number, Promise<Result<IndicatorNode[]>>>());

  useEffect(() => {
    setState(null);
    setSync(idle);
    if (!target) return;
    let version: string | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight: Promise<void> | null = null;

    const schedule = () => {
      clearTimeout(timer);
      if (!stopped && document.visibilityState === 'visible') timer = setTimeout(() => void poll(), POLL_MS);
    };
    const failed = (error: Failure) => {
      const offline = error.code === 'network';
      setSync((s) => ({ ...s, offline, error: offline ? null : error }));
    };
    /** One ask per framework; a failed one is asked again next time. */
    const treeOf = (framework: Round['framework']) => {
      const known = trees.current.get(framework.id);
      if (known) return known;
      const asked = panelTree(target.roundId, framework).then((tree) => {
        if (!tree.ok) trees.current.delete(framework.id);
        return tree;
      });
      trees.current.set(framework.id, asked);
      return asked;
    };
    if (target.framework) void treeOf(target.framework);
    const ask = async () => {
      const answer = await panelAnswer(target.roundId, target.enterpriseId, version);
      if (stopped) return;
      if (!answer.ok) return failed(answer.error);
      if (answer.value) {
        const body = answer.value;
        const tree = await treeOf(body.round.framework);
        if (stopped) return;
        if (!tree.ok) return failed(tree.error);
        const next: PanelState = { ...body, tree: tree.value };
        version = next.version;
        setState((prev) => shareUnchanged(prev, next));
      }
      setSync({ lastSyncedAt: new Date(), offline: false, error: null });
    };
    // One request at a time: a refresh asked for during a poll waits for it, then asks again.
    const poll = async (): Promise<void> => {
      clearTimeout(timer);
      if (inFlight) return inFlight.then(() => poll());
      inFlight = ask().finally(() => {
        inFlight = null;
        schedule();
      });
      return inFlight;
    };
    const onVisibility = () => (document.visibilityState === 'visible' ? void poll() : clearTimeout(timer));
    const onOnline = () => void poll();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', onOnline);
    refreshRef.current = poll;
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', onOnline);
    };
  }, [target?.roundId, target?.enterpriseId]);

  /** Asks the worker now, after a change the user made. */
  const refresh = useCallback(() => refreshRef.current(), []);
  /** Shows a change the worker already confirmed before the next state arrives. */
  const update = useCallback((change: (state: PanelState) => PanelState) => setState((s) => s && change(s)), []);
  return { state, sync, refresh, update };
}
