// A list's filters, sorting and page kept in the URL's query string (through preact-iso's location), so a link, a
// bookmark, a reload or a new tab shows the same view, and back and forward walk through deliberate changes.
import { useLocation } from 'preact-iso/router';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { z } from 'zod';
import { useDebounced } from './use-debounced';

/** One schema per query key, each answering undefined with its default (`.optional()` or `.default(…)`); a constant of the module. */
export type QueryShape = Record<string, z.ZodType>;
export type QueryValues<S extends QueryShape> = { [K in keyof S]: z.output<S[K]> };
export type SetQuery<S extends QueryShape> = (change: Partial<QueryValues<S>>, how?: { replace?: boolean }) => void;

const fallback = (schema: z.ZodType) => schema.safeParse(undefined).data;

/** The values of the query: a missing or bad value (a hand-edited link) is the key's default, never an error. */
export function readQuery<S extends QueryShape>(shape: S, query: Record<string, string>): QueryValues<S> {
  const values: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const parsed = key in query ? schema.safeParse(query[key]) : undefined;
    values[key] = parsed?.success ? parsed.data : fallback(schema);
  }
  return values as QueryValues<S>;
}

/** The query with a change written in: a default value is left out (short links), other keys are kept. */
export function writeQuery<S extends QueryShape>(shape: S, query: Record<string, string>, change: Partial<QueryValues<S>>): Record<string, string> {
  const next = { ...query };
  for (const [key, value] of Object.entries(change)) {
    const schema = shape[key];
    if (!schema) continue;
    const fallen = fallback(schema);
    if (value === undefined || value === null || value === '' || (fallen !== undefined && String(value) === String(fallen))) delete next[key];
    else next[key] = String(value);
  }
  return next;
}

/** The values of the query's keys, and a setter: a new history entry for a deliberate change, `replace` for typing. */
export function useQueryState<S extends QueryShape>(shape: S): [QueryValues<S>, SetQuery<S>] {
  const { path, query, route } = useLocation();
  if (!query) throw new Error('useQueryState needs a location: render the console inside LocationProvider');
  const key = JSON.stringify(Object.keys(shape).map((k) => query[k]));
  // The same values object until one of its keys changes, so it can be a hook's input.
  const values = useMemo(() => readQuery(shape, query), [key]);
  const set: SetQuery<S> = (change, how) => {
    const search = new URLSearchParams(writeQuery(shape, query, change)).toString();
    // A change that changes nothing adds no history entry.
    if (search !== new URLSearchParams(query).toString()) route(search ? `${path}?${search}` : path, how?.replace ?? false);
  };
  return [values, set];
}

/**
 * A search box bound to a query key: the typed text shows at once and goes into the URL once typing pauses, in place
 * of the current entry (a word typed is not a step back); back and forward bring their own search into the box.
 */
export function useQueryText(current: string | undefined, write: (text: string | undefined) => void): [string, (text: string) => void] {
  const [text, setText] = useState(current ?? '');
  const settled = useDebounced(text.trim(), 150);
  useEffect(() => {
    if (settled !== (current ?? '')) write(settled || undefined);
  }, [settled]);
  useEffect(() => {
    if ((current ?? '') !== text.trim()) setText(current ?? '');
  }, [current]);
  return [text, setText];
}
