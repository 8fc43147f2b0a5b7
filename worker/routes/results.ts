// Results of a round: the ranking (overall, by street or by industry), one enterprise's full result with its
// previous round, where the round's derived state stands, and an administrator's full rebuild. Results are
// kept current as inputs change (ADR 001); every answer says how fresh they are.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import type { ResultsState } from '../../shared/schemas/derived';
import { ResultsQuery } from '../../shared/schemas/result';
import { auditStatement } from '../audit';
import { runBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { rebuildRequestStatements, scheduleDerived } from '../queries/results-change';
import { enterpriseResultDetail } from '../queries/results-detail';
import { listResults } from '../queries/results-read';
import { nudgeDerived, readState, resultsFreshness } from '../queries/results-state';
import { findEnrolment } from '../queries/panel';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });

/** The round's freshness, after nudging whatever its state needs sent. */
async function freshness(db: Database, env: AppEnv['Bindings'], roundId: number) {
  const state = await readState(db, roundId);
  await nudgeDerived(db, env, state);
  return resultsFreshness(state);
}

export const resultRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/results', validate('param', RoundParam), validate('query', ResultsQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'results.list', { round });
    const [page, fresh] = await Promise.all([listResults(db, round.id, enterpriseScope(actor, round.id), c.req.valid('query')), freshness(db, c.env, round.id)]);
    return c.json({ roundId: round.id, freshness: fresh, ...page });
  })
  .get('/rounds/:roundId/results/state', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'results.list', { round });
    const body: ResultsState = { roundId: round.id, freshness: await freshness(db, c.env, round.id) };
    return c.json(body);
  })
  .get('/rounds/:roundId/results/enterprises/:enterpriseId', validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })), async (c) => {
    const db = database(c.env.DB);
    const { round, enterprise } = await findEnrolment(db, c.req.valid('param').roundId, c.req.valid('param').enterpriseId);
    authorize(c, 'results.read', { round, enterprise });
    const [detail, fresh] = await Promise.all([enterpriseResultDetail(db, round, enterprise.id), freshness(db, c.env, round.id)]);
    return c.json({ roundId: round.id, freshness: fresh, ...detail });
  })
  .post('/rounds/:roundId/results/rebuild', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'results.rebuild', { round });
    const now = new Date().toISOString();
    const results = await runBatch(db, [
      ...rebuildRequestStatements(round.id, 'requested by an administrator', now),
      auditStatement(actor, { action: 'results.rebuild', resourceType: 'round', resourceId: round.id, roundId: round.id }),
    ]);
    await scheduleDerived(c.env, results);
    const body: ResultsState = { roundId: round.id, freshness: resultsFreshness(await readState(db, round.id)) };
    return c.json(body, 202);
  });
