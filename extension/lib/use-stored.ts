// A Preact hook over a kept value (a WXT storage item, or a port's) that re-renders when any context changes it.
import { useEffect, useState } from 'preact/hooks';
import type { StoredValue } from './ports/session';

/** `initial`: the value as a page read it before its first render (undefined: not read yet). */
export function useStored<T>(item: StoredValue<T>, initial?: T): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((next) => setValue(next));
  }, [item]);
  return value;
}
