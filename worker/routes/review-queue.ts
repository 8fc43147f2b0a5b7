// The reviewers' queue of pending evidence across the round: pages (contradicting first, then oldest), facet
// counts, the position the reviewer left off at (kept on the server, so it follows them across browsers) and
// the reasons to reject with. Accepting, rejecting and moving an item are the evidence routes.
import { Hono } from 'hono';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { ownReasons, RECENT_REJECT_REASONS, standardRejectReasons } from '../../shared/domain/reject-reasons';
import { IdParam } from '../../shared/schemas/common';
import { EvidenceQueueFilters, EvidenceQueueQuery, QueuePositionPut } from '../../shared/schemas/queues';
import { auditStatement } from '../audit';
import { runBatch } from '../db/batch';
import { database } from '../db/client';
import { evidence } from '../db/schema';
import type { AppEnv } from '../env';
import { notFound } from '../errors';
import { authorize } from '../policy/authorize';
import { pinnedFramework } from '../queries/pinned-framework';
import { evidenceQueueFacets, evidenceQueuePage, findQueuePosition, queuePositionUpsert, recentRejectReasons } from '../queries/review-queue';
import { findRound } from '../queries/rounds';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });

export const reviewQueueRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/queues/evidence', validate('param', RoundParam), validate('query', EvidenceQueueQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'queue.evidence', { round });
    const { tree } = await pinnedFramework(db, round.framework.id);
    return c.json(await evidenceQueuePage(db, round, tree, c.req.valid('query')));
  })
  .get('/rounds/:roundId/queues/evidence/facets', validate('param', RoundParam), validate('query', EvidenceQueueFilters), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'queue.evidence', { round });
    const { tree } = await pinnedFramework(db, round.framework.id);
    return c.json(await evidenceQueueFacets(db, round, tree, c.req.valid('query')));
  })
  .get('/rounds/:roundId/queues/evidence/position', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'queue.evidence', { round });
    return c.json({ position: await findQueuePosition(db, round.id, actor.userId) });
  })
  .put('/rounds/:roundId/queues/evidence/position', validate('param', RoundParam), validate('json', QueuePositionPut), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'queue.savePosition', { round });
    const position = c.req.valid('json');
    const item = await db
      .select({ id: evidence.id })
      .from(evidence)
      .where(and(eq(evidence.id, position.evidenceId), eq(evidence.roundId, round.id), isNull(evidence.deletedAt)))
      .get();
    if (!item) throw notFound('not_found', `Evidence ${position.evidenceId} is not live evidence of round ${round.id}`);
    await runBatch(db, [
      queuePositionUpsert(db, round.id, actor.userId, position),
      auditStatement(actor, { action: 'queue.position', resourceType: 'queue', resourceId: `evidence:${actor.userId}`, roundId: round.id, after: position }),
    ]);
    return c.json({ position: await findQueuePosition(db, round.id, actor.userId) });
  })
  .get('/rounds/:roundId/queues/evidence/reject-reasons', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'queue.evidence', { round });
    // A few more than offered, so the standard ones filtered out still leave a full list.
    const recent = await recentRejectReasons(db, actor.userId, RECENT_REJECT_REASONS + standardRejectReasons.length);
    return c.json({ standard: [...standardRejectReasons], recent: ownReasons(recent) });
  });
