// The experts' queues across the round: the slots of their assignment still to score, ready ones first
// (accepted evidence there), with counts; and their clips a reviewer rejected or moved, so nothing is lost.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { MyClipsQuery, ToScoreQuery } from '../../shared/schemas/queues';
import { database, type Database } from '../db/client';
import { expertScopes } from '../domain/expert-coverage';
import { frameworkIndex } from '../domain/framework-index';
import type { AppEnv } from '../env';
import { authorize } from '../policy/authorize';
import { expertCoverage } from '../queries/assignments';
import { myClipsPage, toScoreCounts, toScorePage } from '../queries/expert-queue';
import { pinnedFramework } from '../queries/pinned-framework';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });

/** The round, the acting expert and what their assignments cover. */
async function expertQueue(c: Context<AppEnv>, db: Database, roundId: number) {
  const round = await findRound(db, roundId);
  const actor = authorize(c, 'queue.toScore', { round });
  const { tree } = await pinnedFramework(db, round.framework.id);
  const scopes = expertScopes(frameworkIndex(tree), await expertCoverage(db, round.id, actor.userId));
  return { round, actor, tree, scopes };
}

export const expertQueueRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/queues/to-score', validate('param', RoundParam), validate('query', ToScoreQuery), async (c) => {
    const db = database(c.env.DB);
    const { round, actor, tree, scopes } = await expertQueue(c, db, c.req.valid('param').roundId);
    return c.json(await toScorePage(db, round, tree, actor.userId, scopes, c.req.valid('query')));
  })
  .get('/rounds/:roundId/queues/to-score/counts', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const { round, actor, tree, scopes } = await expertQueue(c, db, c.req.valid('param').roundId);
    return c.json(await toScoreCounts(db, round, tree, actor.userId, scopes));
  })
  .get('/rounds/:roundId/queues/my-clips', validate('param', RoundParam), validate('query', MyClipsQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'queue.myClips', { round });
    const { tree } = await pinnedFramework(db, round.framework.id);
    return c.json(await myClipsPage(db, round, tree, actor.userId, c.req.valid('query')));
  });
