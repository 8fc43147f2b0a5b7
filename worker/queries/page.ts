// Cursor pagination and text search shared by list queries.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { searchForm } from '../../shared/domain/search-text';

/** Cuts the one extra row fetched to tell whether another page follows; the cursor is the last id. */
export function pageFrom<T>(rows: T[], limit: number, idOf: (row: T) => number) {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? String(idOf(items.at(-1)!)) : null };
}

/**
 * The record's search key (`column`, shared/domain/search-text.ts) contains the query's search form. instr(),
 * not LIKE: D1 refuses LIKE patterns over 50 bytes (17 Chinese characters), and the query needs no escaping.
 */
export function matchesSearch(column: AnyColumn, query: string): SQL {
  return sql`instr(${column}, ${searchForm(query)}) > 0`;
}

/**
 * Enterprises whose names or credit code hold the query. The key is read from its index (enterprise_search),
 * a third of the table's bytes: at 10,000 enterprises a search looks at every key, which this keeps quick.
 */
export function enterpriseMatches(id: AnyColumn, query: string): SQL {
  return sql`${id} IN (SELECT id FROM enterprise INDEXED BY enterprise_search WHERE instr(search_key, ${searchForm(query)}) > 0)`;
}
