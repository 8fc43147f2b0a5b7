// Statistics over a round's results (dimension medians, the distribution of totals, grade counts) for
// whoever may read its ranking: whole-round aggregates, computed on the queue after changes and served
// from their cache with how fresh they are (ADR 001).
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import type { ResultStatistics } from '../../shared/schemas/result-statistics';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { cachedFigures } from '../queries/results-state';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

export const resultStatisticsRoutes = new Hono<AppEnv>().get('/rounds/:roundId/results/statistics', validate('param', z.object({ roundId: IdParam })), async (c) => {
  const db = database(c.env.DB);
  const round = await findRound(db, c.req.valid('param').roundId);
  authorize(c, 'results.list', { round });
  const { body, freshness } = await cachedFigures(db, c.env, round.id, 'statistics');
  return c.json({ ...(body as ResultStatistics), freshness });
});
