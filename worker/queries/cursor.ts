// Opaque keyset cursors: the sort key of the last row of a page, and the SQL that starts after it.
import { sql, type SQL } from 'drizzle-orm';
import { invalidField } from '../errors';

export type CursorKey = (string | number)[];

export const encodeCursor = (key: CursorKey) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(key))));

export function decodeCursor(cursor: string | undefined, length: number): CursorKey | null {
  if (cursor === undefined) return null;
  try {
    const key = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(cursor), (c) => c.charCodeAt(0)))) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((v) => typeof v === 'string' || typeof v === 'number')) return key;
  } catch {
    // answered below
  }
  throw invalidField('cursor', 'cursor_invalid', 'The cursor is not one this list handed out');
}

/** Rows after `key` in the order of `columns` (all ascending or all descending). */
export const afterKey = (columns: SQL[], key: CursorKey, order: 'asc' | 'desc' = 'asc') =>
  sql`(${sql.join(columns, sql`, `)}) ${order === 'asc' ? sql`>` : sql`<`} (${sql.join(key.map((v) => sql`${v}`), sql`, `)})`;

/** Takes one row more than the page to know whether another page follows. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? encodeCursor(keyOf(items.at(-1)!)) : null };
}
