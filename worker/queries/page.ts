// Cursor pagination and text search shared by list queries.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** Cuts the one extra row fetched to tell whether another page follows; the cursor is the last id. */
export function pageFrom<T>(rows: T[], limit: number, idOf: (row: T) => number) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? String(idOf(items.at(-1)!)) : null };
}

/** `column` contains `text` literally: LIKE's wildcards in the user's text are escaped. */
export function containsText(column: AnyColumn, text: string): SQL {
  const escaped = text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return sql`${column} LIKE ${`%${escaped}%`} ESCAPE '\\'`;
}
