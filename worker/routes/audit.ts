// The audit trail for administrators: every mutation, filtered and paged newest first.
import { Hono } from 'hono';
import { AuditQuery } from '../../shared/schemas/audit';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { listAudit } from '../queries/audit';
import { validate } from '../validate';

export const auditRoutes = new Hono<AppEnv>().get('/audit', validate('query', AuditQuery), async (c) => {
  authorize(c, 'audit.read', {});
  return c.json(await listAudit(database(c.env.DB), c.req.valid('query')));
});
