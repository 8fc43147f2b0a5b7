// A D1 binding over node:sqlite, for running the worker's own code in Node against the benchmark's SQLite
// file: every statement the worker runs for a request is recorded (SQL, parameters, which batch), so the
// raw floor replays exactly that SQL, never a hand-written approximation of it.
import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { D1Database } from '@cloudflare/workers-types';

export type RecordedStatement = { sql: string; params: SQLInputValue[]; batch: number | null };

/** D1 turns booleans into 0/1 and undefined into null; node:sqlite takes neither. */
const bindable = (values: unknown[]): SQLInputValue[] =>
  values.map((v) => (typeof v === 'boolean' ? Number(v) : v === undefined ? null : (v as SQLInputValue)));

/** Runs one statement as D1 would: rows for statements that return columns, the change count otherwise. */
export function execute(statement: StatementSync, params: SQLInputValue[]) {
  if (statement.columns().length > 0) return { rows: statement.all(...params) as Record<string, unknown>[], changes: 0, lastRowId: 0 };
  const { changes, lastInsertRowid } = statement.run(...params);
  return { rows: [] as Record<string, unknown>[], changes: Number(changes), lastRowId: Number(lastInsertRowid) };
}

const d1Result = ({ rows, changes, lastRowId }: ReturnType<typeof execute>) => ({
  success: true,
  results: rows,
  meta: { changes, last_row_id: lastRowId, rows_read: 0, rows_written: changes, duration: 0, changed_db: changes > 0, size_after: 0 },
});

/** A D1Database that runs on `db` and hands every statement it runs to `record`. */
export function sqliteD1(db: DatabaseSync, record: (statement: RecordedStatement) => void): D1Database {
  let batches = 0;
  const prepared = (sql: string, params: SQLInputValue[] = []) => {
    const run = (batch: number | null = null) => {
      record({ sql, params, batch });
      return execute(db.prepare(sql), params);
    };
    return {
      sql,
      params,
      run,
      bind: (...values: unknown[]) => prepared(sql, bindable(values)),
      all: async () => d1Result(run()),
      first: async (column?: string) => {
        const row = run().rows[0] ?? null;
        return column === undefined ? row : (row?.[column] ?? null);
      },
      raw: async (options?: { columnNames?: boolean }) => {
        record({ sql, params, batch: null });
        const statement = db.prepare(sql);
        if (statement.columns().length === 0) return (statement.run(...params), []);
        statement.setReturnArrays(true);
        const rows = statement.all(...params) as unknown as unknown[][];
        return options?.columnNames ? [statement.columns().map((c) => c.name), ...rows] : rows;
      },
    };
  };
  type Prepared = ReturnType<typeof prepared>;
  return {
    prepare: (sql: string) => prepared(sql),
    batch: async (statements: Prepared[]) => {
      const batch = ++batches;
      db.exec('BEGIN');
      try {
        const results = statements.map((s) => d1Result(s.run(batch)));
        db.exec('COMMIT');
        return results;
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    },
    exec: async (sql: string) => (db.exec(sql), { count: 1, duration: 0 }),
    withSession() {
      return this;
    },
    dump: async () => new ArrayBuffer(0),
  } as unknown as D1Database;
}

/** Replays recorded statements as D1 ran them (each batch in one transaction); returns the milliseconds taken. */
export function replay(db: DatabaseSync, statements: readonly RecordedStatement[]): number {
  const started = performance.now();
  let open: number | null = null;
  for (const { sql, params, batch } of statements) {
    if (open !== null && batch !== open) (db.exec('COMMIT'), (open = null));
    if (batch !== null && open === null) (db.exec('BEGIN'), (open = batch));
    execute(db.prepare(sql), params);
  }
  if (open !== null) db.exec('COMMIT');
  return performance.now() - started;
}
