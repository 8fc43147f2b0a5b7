// Liveness that proves the database answers.
import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { database } from '../db/client';
import type { AppEnv } from '../env';

export const healthRoutes = new Hono<AppEnv>().get('/health', async (c) => {
  const started = Date.now();
  await database(c.env.DB).run(sql`SELECT 1`);
  return c.json({ ok: true as const, db: 'ok' as const, dbMs: Date.now() - started, time: new Date().toISOString() });
});
