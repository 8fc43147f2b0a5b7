// Results of a round: the ranking (overall, by street or by industry), one enterprise's full result with
// its previous round, and a recomputation on demand. Reads recompute a stale round first.
import { Hono } from 'hono';
import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { ResultsQuery } from '../../shared/schemas/result';
import { auditStatement } from '../audit';
import { database } from '../db/client';
import { roundEnterprise } from '../db/schema';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { computeResults, ensureFreshResults } from '../queries/results';
import { enterpriseResultDetail } from '../queries/results-detail';
import { listResults } from '../queries/results-read';
import { findEnrolledEnterprise, findRound, type RoundRecord } from '../queries/rounds';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });

/** When the results were computed, and whether they are stale (only a closed round's can stay so). */
const meta = (round: RoundRecord, fresh: RoundRecord) => ({ roundId: round.id, computedAt: fresh.resultsComputedAt, stale: fresh.resultsStale });

export const resultRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/results', validate('param', RoundParam), validate('query', ResultsQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'results.list', { round });
    await ensureFreshResults(db, round);
    const page = await listResults(db, round.id, enterpriseScope(actor, round.id), c.req.valid('query'));
    return c.json({ ...meta(round, await findRound(db, round.id)), ...page });
  })
  .get('/rounds/:roundId/results/enterprises/:enterpriseId', validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const enterprise = await findEnrolledEnterprise(db, round.id, c.req.valid('param').enterpriseId);
    authorize(c, 'results.read', { round, enterprise });
    await ensureFreshResults(db, round);
    const detail = await enterpriseResultDetail(db, round, enterprise.id);
    return c.json({ ...meta(round, await findRound(db, round.id)), ...detail });
  })
  .post('/rounds/:roundId/results/compute', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'results.compute', { round });
    const elapsedMs = await computeResults(db, round, [
      auditStatement(actor, { action: 'results.compute', resourceType: 'round', resourceId: round.id, roundId: round.id }),
    ]);
    const fresh = await findRound(db, round.id);
    const enrolled = await db.select({ n: count() }).from(roundEnterprise).where(eq(roundEnterprise.roundId, round.id)).get();
    return c.json({ roundId: round.id, computedAt: fresh.resultsComputedAt!, enterprises: enrolled!.n, elapsedMs });
  });
