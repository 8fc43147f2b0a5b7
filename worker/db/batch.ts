// Runs drizzle-built statements and raw SQL as one D1 batch (one transaction). drizzle's own batch
// cannot carry raw SQL with parameters, and this one hands back D1's meta (rows changed) per statement.
import { is, sql, SQL } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import type { D1Result } from '@cloudflare/workers-types';
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
 * A WHERE condition that holds only when the batch's previous statement changed a row. Inside one batch
 * (one transaction) it chains statements: a claim that lost a race makes everything after it a no-op.
 */
export const previousStatementChanged = sql`changes() > 0`;

export const isUniqueViolation = (err: unknown) =>
  err instanceof Error && /UNIQUE constraint failed/i.test(String(err.message) + String(err.cause ?? ''));
