// A D1 binding that counts, over every statement it runs, the rows D1 read (meta.rows_read) and the rows
// it returned, and keeps the longest statement (D1's own meta.duration): worker tests hold routes to their
// reading budget with it, and the benchmark reads it through the dev-only meter (middleware/d1-meter.ts,
// jobs/job-database.ts).
import type { D1Database, D1PreparedStatement, D1Result } from '@cloudflare/workers-types';

export type ReadTally = {
  statements: number;
  rowsRead: number;
  rowsReturned: number;
  rowsWritten: number;
  /** The longest single statement, in milliseconds as D1 timed it, and the start of its SQL. */
  longestMs: number;
  longestSql: string;
};

const emptyTally = (): ReadTally => ({ statements: 0, rowsRead: 0, rowsReturned: 0, rowsWritten: 0, longestMs: 0, longestSql: '' });

export function meteredD1(d1: D1Database) {
  const tally = emptyTally();
  const count = (result: D1Result, query: string) => {
    tally.statements += 1;
    tally.rowsRead += result.meta.rows_read;
    tally.rowsWritten += result.meta.rows_written;
    tally.rowsReturned += result.results?.length ?? 0;
    if (result.meta.duration > tally.longestMs) Object.assign(tally, { longestMs: result.meta.duration, longestSql: query.replace(/\s+/g, ' ').trim().slice(0, 120) });
    return result;
  };
  const inner = new WeakMap<object, { statement: D1PreparedStatement; query: string }>();
  const wrap = (statement: D1PreparedStatement, query: string): D1PreparedStatement => {
    const wrapped = {
      bind: (...values: unknown[]) => wrap(statement.bind(...values), query),
      all: async () => count(await statement.all(), query),
      run: async () => count(await statement.run(), query),
      first: async (column?: string) => {
        const row = (count(await statement.all(), query).results[0] ?? null) as Record<string, unknown> | null;
        return column === undefined ? row : (row?.[column] ?? null);
      },
      // raw() hands back no meta: the same read statement runs once more through all() to be counted
      // (never a write, such as an INSERT … RETURNING, which would then be applied twice).
      raw: async (options?: { columnNames?: boolean }) => {
        if (/^\s*(select|with)\b/i.test(query)) count(await statement.all(), query);
        return statement.raw(options as { columnNames: true });
      },
    } as unknown as D1PreparedStatement;
    inner.set(wrapped, { statement, query });
    return wrapped;
  };
  const db = {
    prepare: (query: string) => wrap(d1.prepare(query), query),
    batch: async (statements: D1PreparedStatement[]) => {
      const unwrapped = statements.map((s) => inner.get(s) ?? { statement: s, query: '' });
      const results = await d1.batch(unwrapped.map((u) => u.statement));
      return results.map((result, i) => count(result, unwrapped[i]!.query));
    },
    exec: (query: string) => d1.exec(query),
    withSession: () => db,
    dump: () => d1.dump(),
  } as unknown as D1Database;
  const reset = () => Object.assign(tally, emptyTally());
  return { db, tally, reset };
}
