// Statistics over a round's results (dimension medians, the distribution of totals, grade counts) for
// whoever may read its ranking; the figures are aggregates of the whole round.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { findFramework } from '../queries/frameworks';
import { ensureFreshResults } from '../queries/results';
import { resultStatistics } from '../queries/result-statistics';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

export const resultStatisticsRoutes = new Hono<AppEnv>().get('/rounds/:roundId/results/statistics', validate('param', z.object({ roundId: IdParam })), async (c) => {
  const db = database(c.env.DB);
  const round = await findRound(db, c.req.valid('param').roundId);
  authorize(c, 'results.list', { round });
  await ensureFreshResults(db, round);
  const { settings } = await findFramework(db, round.framework.id);
  return c.json(await resultStatistics(db, round.id, round.framework.id, settings));
});
