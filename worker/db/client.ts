// A drizzle handle on the request's D1 binding.
import { drizzle } from 'drizzle-orm/d1';
import type { D1Database } from '@cloudflare/workers-types';
import * as schema from './schema';

const handle = (d1: D1Database) => drizzle(d1, { schema });
export type Database = ReturnType<typeof handle>;

/** One handle per binding: building one digests the whole schema, which every request would repeat. */
const handles = new WeakMap<D1Database, Database>();

export function database(d1: D1Database): Database {
  let db = handles.get(d1);
  if (!db) handles.set(d1, (db = handle(d1)));
  return db;
}
