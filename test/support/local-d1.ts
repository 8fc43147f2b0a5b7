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

/** Opens the local D1's file, read-only unless asked: the benchmark replays the worker's writes on it, and a test may write while the worker is stopped (to move a schedule's calendar, say). */
export async function openLocalD1(persistTo: string, { readOnly = true } = {}): Promise<DatabaseSync> {
  return new DatabaseSync(await localD1File(persistTo), { readOnly });
}

export async function maxEvidenceId(persistTo: string): Promise<number> {
  const db = await openLocalD1(persistTo);
  const { id } = db.prepare('SELECT coalesce(max(id), 0) AS id FROM evidence').get() as { id: number };
  db.close();
  return id;
}
