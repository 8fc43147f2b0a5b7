// Enterprises enrolled in a round: detection by a page's host, search by name or credit code.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { EnterpriseLookupQuery } from '../../shared/schemas/enterprise';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { lookupEnterprises } from '../queries/enterprises';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

export const enterpriseRoutes = new Hono<AppEnv>().get(
  '/rounds/:roundId/enterprises',
  validate('param', z.object({ roundId: IdParam })),
  validate('query', EnterpriseLookupQuery),
  async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'round.read', { round });
    const items = await lookupEnterprises(db, round.id, enterpriseScope(actor, round.id), c.req.valid('query'));
    return c.json({ items });
  },
);
