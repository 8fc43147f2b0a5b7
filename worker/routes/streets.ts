// The registry's streets and towns with their enterprise counts, for the console's enrolment and role forms.
import { Hono } from 'hono';
import { asc, count } from 'drizzle-orm';
import { database } from '../db/client';
import { enterprise } from '../db/schema';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';

export const streetRoutes = new Hono<AppEnv>().get('/streets', async (c) => {
  authorize(c, 'registry.read', {});
  const rows = await database(c.env.DB)
    .select({ street: enterprise.street, enterprises: count() })
    .from(enterprise)
    .groupBy(enterprise.street)
    .orderBy(asc(enterprise.street));
  return c.json({ items: rows });
});
