// Runs drizzle-built statements and raw SQL as one D1 batch (one transaction). drizzle's own batch
// cannot carry raw SQL with parameters, and this one hands back D1's meta (rows changed) per statement.
import { is, sql, SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { D1Result } from '@cloudflare/workers-types';
import { ApiError } from '../errors';
import type { Database } from './client';

const dialect = new SQLiteAsyncDialect();

export type Statement = SQL | { toSQL(): { sql: string; params: unknown[] } };

export async function runBatch(db: Database, statements: Statement[]): Promise<D1Result[]> {
  const d1 = db.$client;
  const prepared = statements.map((statement) => {
    const query = is(statement, SQL) ? dialect.sqlToQuery(statement) : statement.toSQL();
    return d1.prepare(query.sql).bind(...query.params);
  });
  return prepared.length === 0 ? [] : d1.batch(prepared);
}

/**
 * Placed right after an `UPDATE … WHERE version = ?`, aborts the whole batch (a transaction) when that
 * update changed nothing, so the statements after it never run on a stale version. SQLite has no RAISE
 * outside triggers; json() of invalid text is the error it throws here, recognised by isStaleWrite.
 */
export const abortUnlessChanged = sql`SELECT json(CASE WHEN changes() = 0 THEN 'stale write' ELSE 'null' END)`;

export const isStaleWrite = (err: unknown) => err instanceof Error && /malformed JSON/i.test(`${err.message} ${String(err.cause ?? '')}`);

/**
 * Runs a batch whose versioned UPDATE is followed by abortUnlessChanged; a stale version (or a lost race
 * to create) becomes a 409 that carries the current value, so the client can show it and retry.
 */
export async function runVersionedBatch(db: Database, statements: Statement[], what: string, current: () => Promise<unknown>) {
  try {
    return await runBatch(db, statements);
  } catch (err) {
    if (isStaleWrite(err)) throw new ApiError(409, 'conflict', `${what} was changed meanwhile`, { current: await current() });
    throw err;
  }
}

/**
 * A WHERE condition that holds only when the batch's previous statement changed a row. Inside one batch
 * (one transaction) it chains statements: a claim that lost a race makes everything after it a no-op.
 */
export const previousStatementChanged = sql`changes() > 0`;

/** A UNIQUE (or primary key) constraint refused the write. */
export const isUniqueViolation = (err: unknown) => err instanceof Error && /UNIQUE constraint failed/i.test(`${err.message} ${String(err.cause ?? '')}`);

/**
 * Raw SELECTs in one D1 batch (one round trip), each answering the rows its `sql<Row>` names (columns as
 * aliased in the SQL). drizzle's own batch takes query builders only, not raw SQL.
 */
export async function selectBatch<T extends unknown[]>(db: Database, statements: [...{ [K in keyof T]: SQL<T[K]> }]): Promise<{ [K in keyof T]: T[K][] }> {
  const results = await runBatch(db, statements as SQL[]);
  return results.map((r) => r.results) as { [K in keyof T]: T[K][] };
}
