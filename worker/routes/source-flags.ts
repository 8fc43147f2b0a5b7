// "Source not reachable": enterprise staff and coordinators flag an evaluator's evidence whose source they cannot
// open, for the reviewers, who list a round's flags; the evidence's recorded state is left as it was.
import { Hono } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { SourceFlagCreate } from '../../shared/schemas/source-flags';
import { auditStatement } from '../audit';
import { runBatch } from '../db/batch';
import { database } from '../db/client';
import { evidenceSourceFlag } from '../db/schema';
import type { AppEnv } from '../env';
import { membershipIn } from '../policy/actor';
import { authorize } from '../policy/authorize';
import { loadEvidenceSubject } from '../queries/evidence';
import { findRound } from '../queries/rounds';
import { findSourceFlag, roundSourceFlags } from '../queries/source-flags';
import { validate } from '../validate';

export const sourceFlagRoutes = new Hono<AppEnv>()
  .post('/evidence/:id/source-flags', validate('param', z.object({ id: IdParam })), validate('json', SourceFlagCreate), async (c) => {
    const { id } = c.req.valid('param');
    const db = database(c.env.DB);
    const { item, subject } = await loadEvidenceSubject(db, id);
    const actor = authorize(c, 'evidence.flagSource', subject);
    // Flagging again is the same flag: the first one stands, with its time and note.
    const existing = await findSourceFlag(db, id, actor.userId);
    if (existing) return c.json(existing, 200);
    const flag = {
      evidenceId: id,
      roundId: item.roundId,
      enterpriseId: item.enterpriseId,
      flaggedBy: actor.userId,
      // The rule let only these two roles through.
      role: membershipIn(actor, item.roundId)!.role as 'enterprise' | 'coordinator',
      note: c.req.valid('json').note,
    };
    await runBatch(db, [
      db.insert(evidenceSourceFlag).values(flag).onConflictDoNothing(),
      auditStatement(actor, { action: 'evidence.flagSource', resourceType: 'evidence', resourceId: id, roundId: item.roundId, after: { role: flag.role, note: flag.note } }),
    ]);
    return c.json((await findSourceFlag(db, id, actor.userId))!, 201);
  })
  .get('/rounds/:roundId/source-flags', validate('param', z.object({ roundId: IdParam })), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'evidence.readSourceFlags', { round });
    return c.json({ items: await roundSourceFlags(db, round.id) }, 200);
  });
