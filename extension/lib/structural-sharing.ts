// Merging a newer server state into the one on screen: whatever did not change keeps its identity (so
// memoised components skip it), and lists of records are matched by id, not by position, so an item
// added at the top does not make every item below it look new.

type Keyed = { id?: unknown; indicatorId?: unknown };
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
const keyOf = (item: unknown) => (isPlainObject(item) ? ((item as Keyed).id ?? (item as Keyed).indicatorId) : undefined);

function shareArray(prev: readonly unknown[], next: readonly unknown[]): unknown[] {
  const keyed = next.every((item) => keyOf(item) !== undefined) && prev.every((item) => keyOf(item) !== undefined);
  const previous = keyed ? new Map(prev.map((item) => [keyOf(item), item])) : null;
  const merged = next.map((item, i) => shareUnchanged(previous ? previous.get(keyOf(item)) : prev[i], item));
  const same = merged.length === prev.length && merged.every((item, i) => item === prev[i]);
  return same ? (prev as unknown[]) : merged;
}

/** `next`, with every part equal to the same part of `prev` (by id in lists of records) replaced by `prev`'s. */
export function shareUnchanged<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (Array.isArray(prev) && Array.isArray(next)) return shareArray(prev, next) as T;
  if (!isPlainObject(prev) || !isPlainObject(next)) return next;
  const keys = Object.keys(next);
  const merged: Record<string, unknown> = {};
  let same = keys.length === Object.keys(prev).length;
  for (const key of keys) {
    merged[key] = shareUnchanged(prev[key], next[key]);
    if (!(key in prev) || merged[key] !== prev[key]) same = false;
  }
  return (same ? prev : merged) as T;
}
