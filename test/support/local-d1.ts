// Reads the SQLite file behind a local D1 directly, so browser tests can check what really landed.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/** Read-only unless asked: a test writes only while the worker is stopped (to move a schedule's calendar, say). */
export async function openLocalD1(persistTo: string, { readOnly = true } = {}): Promise<DatabaseSync> {
  const dir = join(persistTo, 'v3', 'd1', 'miniflare-D1DatabaseObject');
  const file = (await readdir(dir)).find((name) => name.endsWith('.sqlite') && name !== 'metadata.sqlite');
  if (!file) throw new Error(`No D1 database under ${dir}`);
  return new DatabaseSync(join(dir, file), { readOnly });
}

export async function maxEvidenceId(persistTo: string): Promise<number> {
  const db = await openLocalD1(persistTo);
  const { id } = db.prepare('SELECT coalesce(max(id), 0) AS id FROM evidence').get() as { id: number };
  db.close();
  return id;
}
