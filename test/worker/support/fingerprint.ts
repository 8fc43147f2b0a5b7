// The application's tables in this test's D1, and what every one holds, to prove a request changed nothing.
// SQLite's total_changes() cannot: the local D1 counts one change of its own per query. Every table's rows
// are read as text (each column quoted) in one statement, so an UPDATE that keeps the row count shows too.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../worker/db/client';

export type Fingerprint = Record<string, string>;

/** D1's and SQLite's own tables, and the migration log, are not the application's data. */
const INTERNAL = /^(sqlite_|_cf_|d1_migrations$)/;

let statement: SQL | undefined;

/** Every application table with its columns, by table name. */
export async function applicationColumns(db: Database): Promise<Record<string, string[]>> {
  const tables = await db.all<{ name: string }>(sql`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`);
  const named = tables.filter((t) => !INTERNAL.test(t.name));
  const columns = await Promise.all(named.map(async ({ name }) => (await db.all<{ name: string }>(sql`SELECT name FROM pragma_table_info(${name})`)).map((c) => c.name)));
  return Object.fromEntries(named.map(({ name }, i) => [name, columns[i]!]));
}

/** One SELECT with a column per application table: its row count and rows, in rowid order. */
async function fingerprintStatement(db: Database) {
  const columns = Object.entries(await applicationColumns(db)).map(([table, names]) => {
    // json_array, not a chain of ||: SQLite caps an expression's depth at 100, and wide tables would reach it.
    const row = `json_array(${names.map((c) => `quote("${c}")`).join(', ')})`;
    return `(SELECT count(*) || ':' || coalesce(group_concat(${row}, char(10)), '') FROM (SELECT * FROM "${table}" ORDER BY rowid)) AS "${table}"`;
  });
  return sql.raw(`SELECT ${columns.join(',\n')}`);
}

/** Every application table's rows as text, by table name. */
export async function fingerprint(db: Database): Promise<Fingerprint> {
  statement ??= await fingerprintStatement(db);
  return db.get<Fingerprint>(statement);
}

/** The tables whose rows differ between two fingerprints. */
export const changedTables = (before: Fingerprint, after: Fingerprint) => Object.keys(after).filter((table) => before[table] !== after[table]);
