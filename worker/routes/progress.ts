// A round's progress per street and per expert, computed in SQL; coordinators get their street's figures only.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import type { RoundProgress } from '../../shared/schemas/progress';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { membershipIn } from '../policy/actor';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { roundProgress } from '../queries/progress';
import { ensureFreshResults } from '../queries/results';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

export const progressRoutes = new Hono<AppEnv>().get('/rounds/:roundId/progress', validate('param', z.object({ roundId: IdParam })), async (c) => {
  const db = database(c.env.DB);
  const round = await findRound(db, c.req.valid('param').roundId);
  const actor = authorize(c, 'progress.read', { round });
  const scope = enterpriseScope(actor, round.id);
  const streetId = scope.kind === 'street' ? scope.streetId : null;
  await ensureFreshResults(db, round);
  const street = streetId === null ? null : (membershipIn(actor, round.id)?.street ?? null);
  const body: RoundProgress = { roundId: round.id, street, streetId, ...(await roundProgress(db, round, streetId)) };
  return c.json(body);
});
