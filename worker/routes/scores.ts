// Scoring: an expert's own score of an indicator (optimistic concurrency: a stale version is a 409 with
// the current score), a reviewer's settlement of a disagreement, and the scores of an enterprise.
import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { isApplicable, type ApplicableIndicator } from '../../shared/domain/scoring/applicability';
import { disagrees } from '../../shared/domain/scoring/consensus';
import { rubricLevelFor } from '../../shared/domain/scoring/rubric';
import { IdParam } from '../../shared/schemas/common';
import { ScorePut, SettlementPut } from '../../shared/schemas/score';
import { auditStatement, insertedRowId } from '../audit';
import { abortUnlessChanged, runBatch, runVersionedBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { score, scoreSettlement } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError, invalidField } from '../errors';
import { authorize, namesEvaluators, requireActor } from '../policy/authorize';
import { enterpriseCoverageQuery } from '../queries/assignments';
import { findFramework } from '../queries/frameworks';
import { findEnrolment, panelSubjectQuery, toPanelSubject } from '../queries/panel';
import { findScoredIndicator, pinnedFramework } from '../queries/pinned-framework';
import { foreignEvidence, myScoreQuery, ownScore, slotScoreQueries, slotSettlement, visibleScores, writtenScore, writtenSettlement } from '../queries/scores';
import { enterpriseChange } from '../queries/results-change';
import { settlementStatements } from '../queries/settlements';
import { markPanelChanged } from '../queries/staleness';
import { validate } from '../validate';

const SlotParam = z.object({ roundId: IdParam, enterpriseId: IdParam, indicatorId: IdParam });

/**
 * The round, the enrolled enterprise and the scored indicator a slot path names, from the subject's rows (read
 * in the route's one batch of reads, beside what else the write depends on) and the pinned framework.
 */
async function slotOf(db: Database, subject: Parameters<typeof toPanelSubject>[0], params: z.infer<typeof SlotParam>) {
  const { round, enterprise } = toPanelSubject(subject, params.roundId, params.enterpriseId);
  const indicator = await findScoredIndicator(db, round.framework.id, params.indicatorId);
  return { round, enterprise, indicator, slot: { roundId: round.id, enterpriseId: enterprise.id, indicatorId: indicator.id } };
}

function assertApplicable(indicator: ApplicableIndicator & { code: string }, industry: string) {
  if (!isApplicable(indicator, industry)) throw new ApiError(409, 'indicator_not_applicable', `${indicator.code} does not apply to the ${industry} industry`);
}

export const scoreRoutes = new Hono<AppEnv>()
  .put('/rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/my-score', validate('param', SlotParam), validate('json', ScorePut), async (c) => {
    const db = database(c.env.DB);
    const params = c.req.valid('param');
    const actor = requireActor(c);
    // Reads are round trips, and a write waits on each: one batch holds everything the write depends on.
    const [subject, covered, own] = await db.batch([
      panelSubjectQuery(db, params.roundId, params.enterpriseId, actor.userId),
      enterpriseCoverageQuery(db, params.roundId, actor.userId, params.enterpriseId),
      myScoreQuery(db, params, actor),
    ]);
    const { round, enterprise, indicator, slot } = await slotOf(db, subject, params);
    const assignments = [{ indicatorIds: covered.map((node) => node.indicatorId), enterpriseIds: [] }];
    authorize(c, 'score.write', { round, enterprise, indicator, assignments });
    assertApplicable(indicator, enterprise.industry);

    const body = c.req.valid('json');
    if (body.value > indicator.maxScore) throw invalidField('value', 'score_above_max', `The most ${indicator.code} can score is ${indicator.maxScore}`, { maximum: indicator.maxScore, indicator: indicator.code });
    const rubricLevel = rubricLevelFor(indicator.rubric, body.value);
    if (body.rubricLevel !== undefined && body.rubricLevel !== rubricLevel) {
      throw invalidField('rubricLevel', 'rubric_level_mismatch', `${body.value} is in rubric level ${rubricLevel} (${indicator.rubric[rubricLevel]!.label.en}), not ${body.rubricLevel}`, { value: body.value, levelZh: indicator.rubric[rubricLevel]!.label.zh, levelEn: indicator.rubric[rubricLevel]!.label.en });
    }
    const foreign = await foreignEvidence(db, round.id, enterprise.id, body.evidenceIds);
    if (foreign.length > 0) throw invalidField('evidenceIds', 'evidence_foreign', `Not evidence of this enterprise in this round: ${foreign.join(', ')}`, { values: foreign.map(String) });

    const current = ownScore(own, indicator.code, actor);
    const values = { value: body.value, rubricLevel, rationale: body.rationale, evidenceIds: body.evidenceIds };
    const updatedAt = body.version === 0 ? null : new Date().toISOString();
    const audit = (resourceId: number | typeof insertedRowId) =>
      auditStatement(actor, { action: 'score.put', resourceType: 'score', resourceId, roundId: round.id, before: current, after: { ...slot, ...values } });
    const write =
      body.version === 0
        ? [db.insert(score).values({ ...slot, expertId: actor.userId, ...values }).onConflictDoNothing(), abortUnlessChanged, audit(insertedRowId)]
        : [
            db
              .update(score)
              .set({ ...values, version: body.version + 1, updatedAt })
              .where(and(eq(score.id, current?.id ?? 0), eq(score.version, body.version))),
            abortUnlessChanged,
            audit(current?.id ?? 0),
          ];
    const change = await enterpriseChange(db, round, enterprise.id, { scores: true });
    // The batch reads the row back last (its id and creation time): the answer needs no further round trip.
    const results = await runVersionedBatch(db, [...write, ...change.statements, markPanelChanged(db, round.id, enterprise.id), myScoreQuery(db, slot, actor)], 'Your score', async () =>
      ownScore(await myScoreQuery(db, slot, actor), indicator.code, actor),
    );
    await change.schedule(c.env, results);
    const written = results.at(-1)!.results[0] as { id: number; created_at: string };
    return c.json(writtenScore({ ...slot, expertId: actor.userId, ...values, updatedAt, version: body.version + 1 }, written, indicator.code, actor), body.version === 0 ? 201 : 200);
  })
  .get('/rounds/:roundId/enterprises/:enterpriseId/scores', validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })), async (c) => {
    const db = database(c.env.DB);
    const { round, enterprise } = await findEnrolment(db, c.req.valid('param').roundId, c.req.valid('param').enterpriseId);
    const actor = authorize(c, 'score.read', { round, enterprise });
    const { settings } = await findFramework(db, round.framework.id);
    const evaluatorNames = namesEvaluators(c, round, settings);
    return c.json(await visibleScores(db, actor, round, enterprise.id, { evaluatorNames }));
  })
  .put('/rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/settlement', validate('param', SlotParam), validate('json', SettlementPut), async (c) => {
    const db = database(c.env.DB);
    const params = c.req.valid('param');
    const [subject, scores, settled] = await db.batch([panelSubjectQuery(db, params.roundId, params.enterpriseId, requireActor(c).userId), ...slotScoreQueries(db, params)]);
    const { round, enterprise, indicator, slot } = await slotOf(db, subject, params);
    const actor = authorize(c, 'score.settle', { round, enterprise });
    assertApplicable(indicator, enterprise.industry);
    const body = c.req.valid('json');
    if (body.value > indicator.maxScore) throw invalidField('value', 'score_above_max', `The most ${indicator.code} can score is ${indicator.maxScore}`, { maximum: indicator.maxScore, indicator: indicator.code });

    const { consensus } = (await pinnedFramework(db, round.framework.id)).settings;
    const values = scores.map((s) => s.value);
    if (!disagrees(values, indicator.maxScore, consensus.disagreementThreshold)) {
      throw new ApiError(409, 'no_disagreement', `The experts' scores of ${indicator.code} (${values.join(', ') || 'none'}) do not disagree`);
    }
    const current = slotSettlement(settled, indicator.code);
    const settlement = { value: body.value, reason: body.reason, settledBy: actor.userId, settledAt: new Date().toISOString() };
    const reread = async () => slotSettlement(await slotScoreQueries(db, slot)[1], indicator.code);
    const change = await enterpriseChange(db, round, enterprise.id);
    const results = await runVersionedBatch(db, settlementStatements(db, actor, { slot, settled: settlement, version: body.version, before: current }, change.statements), 'The settlement', reread);
    await change.schedule(c.env, results);
    return c.json(writtenSettlement(slot, indicator.code, settlement, body.version + 1, actor), body.version === 0 ? 201 : 200);
  })
  .delete('/rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/settlement', validate('param', SlotParam), async (c) => {
    const db = database(c.env.DB);
    const params = c.req.valid('param');
    const { round, enterprise, indicator } = await slotOf(db, await panelSubjectQuery(db, params.roundId, params.enterpriseId, requireActor(c).userId), params);
    const actor = authorize(c, 'score.settle', { round, enterprise });
    const change = await enterpriseChange(db, round, enterprise.id);
    const results = await runBatch(db, [
      db.delete(scoreSettlement).where(and(eq(scoreSettlement.roundId, round.id), eq(scoreSettlement.enterpriseId, enterprise.id), eq(scoreSettlement.indicatorId, indicator.id))),
      auditStatement(actor, { action: 'score.unsettle', resourceType: 'settlement', resourceId: `${enterprise.id}/${indicator.id}`, roundId: round.id }),
      ...change.statements,
      markPanelChanged(db, round.id, enterprise.id),
    ]);
    await change.schedule(c.env, results);
    return c.body(null, 204);
  });
