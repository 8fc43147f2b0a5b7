// A Preact hook that loads one API result for the current inputs and reloads on demand; a newer load
// replaces an older one that answers late, and `loading` is true from the very render the inputs change.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Failure, Result } from './result';

export type Loaded<T> = { value: T | undefined; error: Failure | null; loading: boolean; reload: () => void };

type State<T> = { value: T | undefined; error: Failure | null; loading: boolean; loadedFor: string | null };

export function useLoad<T>(load: () => Promise<Result<T>>, inputs: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<State<T>>({ value: undefined, error: null, loading: true, loadedFor: null });
  const latest = useRef(0);
  const key = JSON.stringify(inputs);
  const run = useCallback(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    void load().then((result) => {
      if (ticket !== latest.current) return;
      setState(result.ok ? { value: result.value, error: null, loading: false, loadedFor: key } : { value: undefined, error: result.error, loading: false, loadedFor: key });
    });
  }, inputs);
  useEffect(run, [run]);
  return { value: state.value, error: state.error, loading: state.loading || state.loadedFor !== key, reload: run };
}
