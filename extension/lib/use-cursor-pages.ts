// Paging through a list the worker pages with opaque cursors: the cursor of the page shown, and back and
// forward (back by remembering the cursors that led here). Any change of `resetOn` starts again at page 1.
import { useEffect, useState } from 'preact/hooks';

export type CursorPages = ReturnType<typeof useCursorPages>;

export function useCursorPages(resetOn: readonly unknown[]) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  useEffect(() => setCursors([undefined]), resetOn);
  return {
    cursor: cursors.at(-1),
    page: cursors.length,
    hasPrevious: cursors.length > 1,
    previous: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    next: (cursor: string | null | undefined) => cursor && setCursors((c) => [...c, cursor]),
  };
}
