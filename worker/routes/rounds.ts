// Rounds the user takes part in, and the indicator tree each is scored against.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { authorize, requireActor } from '../policy/authorize';
import { roundScope } from '../policy/scope';
import { findRound, listIndicators, listRounds } from '../queries/rounds';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });

export const roundRoutes = new Hono<AppEnv>()
  .get('/rounds', async (c) => {
    const actor = requireActor(c);
    const rounds = await listRounds(database(c.env.DB), roundScope(actor));
    return c.json({ items: rounds });
  })
  .get('/rounds/:roundId', validate('param', RoundParam), async (c) => {
    const round = await findRound(database(c.env.DB), c.req.valid('param').roundId);
    authorize(c, 'round.read', { round });
    return c.json(round);
  })
  .get('/rounds/:roundId/indicators', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'round.read', { round });
    return c.json({ items: await listIndicators(db, round.framework.id) });
  });
