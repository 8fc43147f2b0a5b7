// Evidence freshness: the checked evidence of a round that no longer simply stands on its source (reviewers
// all of it, coordinators their street's), and a run of the job by hand for administrators.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { FreshnessListQuery, FreshnessRunRequest } from '../../shared/schemas/freshness';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { runFreshness } from '../jobs/freshness';
import { freshnessSettings } from '../jobs/freshness-settings';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { lastFinishedRun, roundFreshness } from '../queries/freshness';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

export const freshnessRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/freshness', validate('param', z.object({ roundId: IdParam })), validate('query', FreshnessListQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'freshness.read', { round });
    const [found, lastRun] = await Promise.all([roundFreshness(db, round.id, enterpriseScope(actor, round.id), c.req.valid('query').status), lastFinishedRun(db)]);
    return c.json({ ...found, lastRun });
  })
  .post('/freshness/runs', validate('json', FreshnessRunRequest), async (c) => {
    const actor = authorize(c, 'freshness.run', {});
    const run = await runFreshness(database(c.env.DB), freshnessSettings(c.env), { kind: 'manual', actor, maxItems: c.req.valid('json').maxItems });
    if (!run) throw new ApiError(409, 'freshness_running', 'A freshness check is already running');
    return c.json(run, 201);
  });
