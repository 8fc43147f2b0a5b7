// A Preact hook that loads one API result for the current inputs and reloads on demand; a newer load
// replaces an older one that answers late, and `loading` is true from the very render the inputs change.
// Figures the worker is still computing off the request path (figures_pending, ADR 001) are asked again
// after the wait it names, a bounded number of times, showing as loading meanwhile rather than as an error;
// figures that say newer changes are on their way (`freshness.pending`) are shown and asked again until current.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Failure, Result } from './result';

export type Loaded<T> = { value: T | undefined; error: Failure | null; loading: boolean; reload: () => void };

type State<T> = { value: T | undefined; error: Failure | null; loading: boolean; loadedFor: string | null };

/** How often figures still being computed are asked again before the wait shows as an error. */
const PENDING_TRIES = 24;
const pendingWaitMs = (error: Failure) => {
  const seconds = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 2;
  return Math.min(5, Math.max(1, seconds)) * 1000;
};

/** How often figures that are still catching up are asked again. */
const PENDING_POLL_MS = 2_000;
const isPending = (value: unknown) => (value as { freshness?: { pending?: unknown } } | null)?.freshness?.pending === true;

export function useLoad<T>(load: () => Promise<Result<T>>, inputs: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<State<T>>({ value: undefined, error: null, loading: true, loadedFor: null });
  const latest = useRef(0);
  const key = JSON.stringify(inputs);
  const run = useCallback(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    const attempt = (tries: number) =>
      void load().then((result) => {
        if (ticket !== latest.current) return;
        if (!result.ok && result.error.code === 'figures_pending' && tries < PENDING_TRIES) {
          setTimeout(() => ticket === latest.current && attempt(tries + 1), pendingWaitMs(result.error));
          return;
        }
        if (result.ok && isPending(result.value) && tries < PENDING_TRIES) {
          setTimeout(() => ticket === latest.current && attempt(tries + 1), PENDING_POLL_MS);
        }
        setState(result.ok ? { value: result.value, error: null, loading: false, loadedFor: key } : { value: undefined, error: result.error, loading: false, loadedFor: key });
      });
    attempt(0);
  }, inputs);
  useEffect(run, [run]);
  // A page left while its figures were being followed asks no more.
  useEffect(() => () => void latest.current++, []);
  return { value: state.value, error: state.error, loading: state.loading || state.loadedFor !== key, reload: run };
}
