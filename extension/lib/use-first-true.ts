// A promise, the same for the component's life, that resolves the first time a condition holds on a render:
// for work that should wait until something happened once (the side panel's first state) without re-running effects.
import { useEffect, useRef } from 'preact/hooks';

export function useFirstTrue(condition: boolean): Promise<void> {
  const once = useRef<{ promise: Promise<void>; resolve: () => void }>();
  if (!once.current) {
    let resolve = () => {};
    const promise = new Promise<void>((r) => (resolve = r));
    once.current = { promise, resolve };
  }
  useEffect(() => {
    if (condition) once.current!.resolve();
  }, [condition]);
  return once.current.promise;
}
