// Rectification tasks: listed for a round (coordinators see their street, enterprises their own), grouped by
// enterprise for chasing at scale, read, answered by the enterprise (plan, evidence, submission) and followed up by the coordinator.
import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { rectificationProblem, rectificationSide } from '../../shared/domain/rectification-flow';
import { IdParam } from '../../shared/schemas/common';
import { RectificationGroupQuery, RectificationListQuery, RectificationPatch } from '../../shared/schemas/rectification';
import { auditStatement } from '../audit';
import { abortUnlessChanged, runVersionedBatch } from '../db/batch';
import { database } from '../db/client';
import { rectification } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError, invalidField } from '../errors';
import { authorize } from '../policy/authorize';
import { enterpriseScope } from '../policy/scope';
import { pinnedFramework } from '../queries/pinned-framework';
import { rectificationGroups } from '../queries/rectification-groups';
import { findRectification, listRectifications } from '../queries/rectifications';
import { findEnrolment } from '../queries/panel';
import { findRound } from '../queries/rounds';
import { markPanelChanged } from '../queries/staleness';
import { foreignEvidence } from '../queries/scores';
import { today } from '../today';
import { validate } from '../validate';

const TaskParam = z.object({ id: IdParam });

/** The task with the round and enterprise the policy judges it by. */
async function loadTask(db: ReturnType<typeof database>, id: number) {
  const task = await findRectification(db, id);
  const { round, enterprise } = await findEnrolment(db, task.roundId, task.enterprise.id);
  return { task, round, enterprise };
}

export const rectificationRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/rectifications', validate('param', z.object({ roundId: IdParam })), validate('query', RectificationListQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'rectification.read', { round });
    return c.json(await listRectifications(db, round.id, enterpriseScope(actor, round.id), c.req.valid('query')));
  })
  .get('/rounds/:roundId/rectifications/by-enterprise', validate('param', z.object({ roundId: IdParam })), validate('query', RectificationGroupQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'rectification.readGrouped', { round });
    const { tree } = await pinnedFramework(db, round.framework.id);
    return c.json(await rectificationGroups(db, round.id, tree, enterpriseScope(actor, round.id), c.req.valid('query'), today()));
  })
  .get('/rectifications/:id', validate('param', TaskParam), async (c) => {
    const { task, round, enterprise } = await loadTask(database(c.env.DB), c.req.valid('param').id);
    authorize(c, 'rectification.read', { round, enterprise });
    return c.json(task);
  })
  .patch('/rectifications/:id', validate('param', TaskParam), validate('json', RectificationPatch), async (c) => {
    const db = database(c.env.DB);
    const { task, round, enterprise } = await loadTask(db, c.req.valid('param').id);
    const patch = c.req.valid('json');
    const side = rectificationSide(patch);
    if (side === null || side === 'mixed') {
      throw side ? invalidField('', 'rectification_mixed_edit', 'One edit is either the enterprise’s answer or the follow-up, not both') : invalidField('', 'nothing_to_change', 'Nothing to change');
    }
    const actor = authorize(c, side === 'enterprise' ? 'rectification.answer' : 'rectification.follow_up', { round, enterprise });
    const problem = rectificationProblem(task, patch);
    if (problem) throw new ApiError(409, 'rectification_state', problem);
    // Evidence cited in an answer may come from any round of the same enterprise.
    const foreign = await foreignEvidence(db, null, enterprise.id, patch.evidenceIds ?? []);
    if (foreign.length > 0) throw invalidField('evidenceIds', 'evidence_foreign', `Not evidence of this enterprise: ${foreign.join(', ')}`, { values: foreign.map(String) });

    const { version, ...changes } = patch;
    await runVersionedBatch(
      db,
      [
        db
          .update(rectification)
          .set({ ...changes, version: version + 1, updatedAt: new Date().toISOString() })
          .where(and(eq(rectification.id, task.id), eq(rectification.version, version))),
        abortUnlessChanged,
        auditStatement(actor, { action: `rectification.${side}`, resourceType: 'rectification', resourceId: task.id, roundId: round.id, before: task, after: changes }),
        markPanelChanged(db, round.id, enterprise.id),
      ],
      'The task',
      () => findRectification(db, task.id),
    );
    return c.json(await findRectification(db, task.id));
  });

