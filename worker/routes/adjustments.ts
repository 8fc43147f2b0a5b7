// Adjustments of an enterprise: its bonus and deduction items with their state, a proposal by an expert or
// reviewer (an item of the framework, occurrences, the evidence behind it), a reviewer's confirmation or
// rejection, and the proposer's withdrawal. Confirmed items change the results: they are marked stale.
import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AdjustmentCreate, AdjustmentDecision } from '../../shared/schemas/adjustment';
import { IdParam } from '../../shared/schemas/common';
import { auditStatement, insertedRowId } from '../audit';
import { abortUnlessChanged, runBatch, runVersionedBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { adjustment } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError, invalidField } from '../errors';
import { authorize } from '../policy/authorize';
import { enterpriseAdjustmentsQuery, findAdjustment, toAdjustment, toEnterpriseAdjustments } from '../queries/adjustments';
import { pinnedFramework } from '../queries/pinned-framework';
import { findEnrolment } from '../queries/panel';
import { foreignEvidence } from '../queries/scores';
import { enterpriseChange } from '../queries/results-change';
import { markPanelChanged } from '../queries/staleness';
import { validate } from '../validate';

const EnterpriseParam = z.object({ roundId: IdParam, enterpriseId: IdParam });
const AdjustmentParam = z.object({ id: IdParam });

/** The adjustment with the round, enterprise and framework settings the policy and the answer need. */
async function loadAdjustment(db: Database, id: number) {
  const found = await findAdjustment(db, id);
  const { round, enterprise } = await findEnrolment(db, found.row.roundId, found.row.enterpriseId);
  const { settings } = await pinnedFramework(db, round.framework.id);
  return { found, round, enterprise, settings, subject: { round, enterprise, adjustment: { proposedBy: found.row.proposedBy } } };
}

export const adjustmentRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/enterprises/:enterpriseId/adjustments', validate('param', EnterpriseParam), async (c) => {
    const db = database(c.env.DB);
    const { round, enterprise } = await findEnrolment(db, c.req.valid('param').roundId, c.req.valid('param').enterpriseId);
    authorize(c, 'adjustment.read', { round, enterprise });
    const [{ settings }, rows] = await Promise.all([pinnedFramework(db, round.framework.id), enterpriseAdjustmentsQuery(db, round.id, enterprise.id)]);
    return c.json(toEnterpriseAdjustments(rows, settings));
  })
  .post('/rounds/:roundId/enterprises/:enterpriseId/adjustments', validate('param', EnterpriseParam), validate('json', AdjustmentCreate), async (c) => {
    const db = database(c.env.DB);
    const { round, enterprise } = await findEnrolment(db, c.req.valid('param').roundId, c.req.valid('param').enterpriseId);
    const actor = authorize(c, 'adjustment.propose', { round, enterprise });
    const body = c.req.valid('json');
    const { settings } = await pinnedFramework(db, round.framework.id);
    if (!settings.adjustments.some((a) => a.code === body.code)) throw invalidField('code', 'adjustment_unknown', `${body.code} is not an adjustment item of this round's framework`, { value: body.code });
    const foreign = await foreignEvidence(db, round.id, enterprise.id, body.evidenceIds);
    if (foreign.length > 0) throw invalidField('evidenceIds', 'evidence_foreign', `Not evidence of this enterprise in this round: ${foreign.join(', ')}`, { values: foreign.map(String) });
    const values = { roundId: round.id, enterpriseId: enterprise.id, code: body.code, occurrences: body.occurrences, evidenceIds: body.evidenceIds, note: body.note || null, proposedBy: actor.userId };
    const [inserted] = await runBatch(db, [
      db.insert(adjustment).values(values).returning({ id: adjustment.id }),
      auditStatement(actor, { action: 'adjustment.propose', resourceType: 'adjustment', resourceId: insertedRowId, roundId: round.id, after: values }),
      markPanelChanged(db, round.id, enterprise.id),
    ]);
    return c.json(toAdjustment(await findAdjustment(db, (inserted!.results[0] as { id: number }).id), settings), 201);
  })
  .post('/adjustments/:id/decision', validate('param', AdjustmentParam), validate('json', AdjustmentDecision), async (c) => {
    const db = database(c.env.DB);
    const { found, round, enterprise, settings, subject } = await loadAdjustment(db, c.req.valid('param').id);
    const actor = authorize(c, 'adjustment.decide', subject);
    const { decision, comment, version } = c.req.valid('json');
    const status = decision === 'confirm' ? ('confirmed' as const) : ('rejected' as const);
    if (found.row.status === status) throw new ApiError(409, 'adjustment_state', `The adjustment is ${status} already`);
    const decided = { status, decidedBy: actor.userId, decidedAt: new Date().toISOString(), decisionComment: comment || null };
    const change = await enterpriseChange(db, round, enterprise.id);
    const results = await runVersionedBatch(
      db,
      [
        db.update(adjustment).set({ ...decided, version: version + 1 }).where(and(eq(adjustment.id, found.row.id), eq(adjustment.version, version))),
        abortUnlessChanged,
        auditStatement(actor, { action: 'adjustment.decide', resourceType: 'adjustment', resourceId: found.row.id, roundId: round.id, before: { status: found.row.status, version: found.row.version }, after: decided }),
        ...change.statements,
        markPanelChanged(db, round.id, enterprise.id),
      ],
      'The adjustment',
      async () => toAdjustment(await findAdjustment(db, found.row.id), settings),
    );
    await change.schedule(c.env, results);
    return c.json(toAdjustment(await findAdjustment(db, found.row.id), settings));
  })
  .delete('/adjustments/:id', validate('param', AdjustmentParam), async (c) => {
    const db = database(c.env.DB);
    const { found, round, enterprise, settings, subject } = await loadAdjustment(db, c.req.valid('param').id);
    const actor = authorize(c, 'adjustment.withdraw', subject);
    // A confirmed adjustment already counts: a reviewer rejects it instead.
    if (found.row.status === 'confirmed') throw new ApiError(409, 'adjustment_state', 'A confirmed adjustment is rejected by a reviewer, not withdrawn');
    // A reviewer's decision in between bumps the version: the withdrawal then aborts (no false audit row) with a 409.
    await runVersionedBatch(
      db,
      [
        db.delete(adjustment).where(and(eq(adjustment.id, found.row.id), eq(adjustment.version, found.row.version))),
        abortUnlessChanged,
        auditStatement(actor, { action: 'adjustment.withdraw', resourceType: 'adjustment', resourceId: found.row.id, roundId: round.id, before: found.row }),
        markPanelChanged(db, round.id, enterprise.id),
      ],
      'The adjustment',
      async () => toAdjustment(await findAdjustment(db, found.row.id), settings),
    );
    return c.body(null, 204);
  });
