// Reads the SQLite file behind a local D1 directly, so browser tests can check what really landed.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** The SQLite file behind the local D1 of `persistTo`. */
export async function localD1File(persistTo: string): Promise<string> {
  const dir = join(persistTo, 'v3', 'd1', 'miniflare-D1DatabaseObject');
  const file = (await readdir(dir)).find((name) => name.endsWith('.sqlite') && name !== 'metadata.sqlite');
  if (!file) throw new Error(`No D1 database under ${dir}`);
  return join(dir, file);
}

const LOCK_WAIT_MS = 15_000;

/**
 * Opens the local D1's file, read-only unless asked: the benchmark replays the worker's writes on it, and a test may
 * write while the worker is stopped (to move a schedule's calendar, say). The worker's background jobs may hold the
 * write lock for a moment, so a statement waits for it (busy timeout) instead of failing with "database is locked".
 */
export async function openLocalD1(persistTo: string, { readOnly = true } = {}): Promise<DatabaseSync> {
  const db = new DatabaseSync(await localD1File(persistTo), { readOnly });
  db.exec(`PRAGMA busy_timeout = ${LOCK_WAIT_MS}`);
  return db;
}

export async function maxEvidenceId(persistTo: string): Promise<number> {
  const db = await openLocalD1(persistTo);
  const { id } = db.prepare('SELECT coalesce(max(id), 0) AS id FROM evidence').get() as { id: number };
  db.close();
  return id;
}
