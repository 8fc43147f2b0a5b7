// A round's progress from its maintained counters: per street and per expert (rollups refreshed after
// changes), and per enterprise by how far behind it is (the coordinator's drill-down). Coordinators get
// their street's figures only.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { EnterpriseProgressQuery, type EnterpriseProgressPage, type RoundProgress } from '../../shared/schemas/progress';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { membershipIn } from '../policy/actor';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { enterpriseProgress, progressOf, type ProgressRollup } from '../queries/progress';
import { cachedFigures, nudgeDerived, readState, resultsFreshness } from '../queries/results-state';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });

export const progressRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/progress', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'progress.read', { round });
    const scope = enterpriseScope(actor, round.id);
    const streetId = scope.kind === 'street' ? scope.streetId : null;
    const street = streetId === null ? null : (membershipIn(actor, round.id)?.street ?? null);
    const { body, freshness } = await cachedFigures(db, c.env, round.id, 'progress');
    const answer: RoundProgress = { roundId: round.id, street, streetId, ...progressOf(body as ProgressRollup, streetId), freshness };
    return c.json(answer);
  })
  .get('/rounds/:roundId/progress/enterprises', validate('param', RoundParam), validate('query', EnterpriseProgressQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'progress.read', { round });
    const scope = enterpriseScope(actor, round.id);
    const [page, state] = await Promise.all([enterpriseProgress(db, round.id, scope, c.req.valid('query')), readState(db, round.id)]);
    await nudgeDerived(db, c.env, state);
    // The counters move with every change; the slot figures are those of the live results.
    const street = scope.kind === 'street' ? (membershipIn(actor, round.id)?.street ?? null) : null;
    const answer: EnterpriseProgressPage = { roundId: round.id, street, ...page, freshness: resultsFreshness(state).results };
    return c.json(answer);
  });
