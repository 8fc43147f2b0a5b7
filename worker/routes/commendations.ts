// Commendations of a round: listed to whoever sees its results, given and withdrawn by the admin.
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { CommendationCreate } from '../../shared/schemas/commendation';
import { IdParam } from '../../shared/schemas/common';
import { auditStatement, insertedRowId } from '../audit';
import { isUniqueViolation, runBatch } from '../db/batch';
import { database } from '../db/client';
import { commendation } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { findCommendation, listCommendations } from '../queries/commendations';
import { findEnrolledEnterprise, findRound } from '../queries/rounds';
import { validate } from '../validate';

const RoundParam = z.object({ roundId: IdParam });

export const commendationRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/commendations', validate('param', RoundParam), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'commendation.read', { round });
    return c.json({ items: await listCommendations(db, round.id, enterpriseScope(actor, round.id)) });
  })
  .post('/rounds/:roundId/commendations', validate('param', RoundParam), validate('json', CommendationCreate), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'commendation.manage', { round });
    const { enterpriseId, title } = c.req.valid('json');
    await findEnrolledEnterprise(db, round.id, enterpriseId);
    const values = { roundId: round.id, enterpriseId, titleZh: title.zh, titleEn: title.en, createdBy: actor.userId };
    let inserted;
    try {
      [inserted] = await runBatch(db, [
        db.insert(commendation).values(values),
        auditStatement(actor, { action: 'commendation.create', resourceType: 'commendation', resourceId: insertedRowId, roundId: round.id, after: values }),
      ]);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ApiError(409, 'conflict', `The enterprise already holds “${title.zh}” in this round`);
      throw err;
    }
    return c.json(await findCommendation(db, round.id, inserted!.meta.last_row_id), 201);
  })
  .delete('/rounds/:roundId/commendations/:id', validate('param', RoundParam.extend({ id: IdParam })), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const current = await findCommendation(db, round.id, c.req.valid('param').id);
    const actor = authorize(c, 'commendation.manage', { round });
    await runBatch(db, [
      db.delete(commendation).where(eq(commendation.id, current.id)),
      auditStatement(actor, { action: 'commendation.delete', resourceType: 'commendation', resourceId: current.id, roundId: round.id, before: current }),
    ]);
    return c.body(null, 204);
  });
