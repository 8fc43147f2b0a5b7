// A Preact hook that loads one API result for the current inputs and reloads on demand; a newer load
// replaces an older one that answers late.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Failure, Result } from './result';

export type Loaded<T> = { value: T | undefined; error: Failure | null; loading: boolean; reload: () => void };

export function useLoad<T>(load: () => Promise<Result<T>>, inputs: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<{ value: T | undefined; error: Failure | null; loading: boolean }>({ value: undefined, error: null, loading: true });
  const latest = useRef(0);
  const run = useCallback(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    void load().then((result) => {
      if (ticket !== latest.current) return;
      setState(result.ok ? { value: result.value, error: null, loading: false } : { value: undefined, error: result.error, loading: false });
    });
  }, inputs);
  useEffect(run, [run]);
  return { ...state, reload: run };
}
