// The evidence finder: the reports it read for an enterprise and the round's counts, the suggested passages
// per indicator and an expert's indicators with suggestions and no evidence, an expert's confirmation of one into ordinary evidence or its dismissal (both audited), and
// reading reports again on an administrator's request.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { IdParam } from '../../shared/schemas/common';
import { ReindexRequest, SuggestionConfirm, SuggestionDismiss, FinderSummaryQuery, SuggestionsQuery } from '../../shared/schemas/finder';
import { auditStatement } from '../audit';
import { isUniqueViolation, runBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import type { AppEnv } from '../env';
import { ApiError, notFound } from '../errors';
import { indexJobs, sendFromRequest } from '../finder/jobs';
import { confirmationStatements, findSuggestedPassage } from '../finder/confirm';
import { loadFinderState, suggest } from '../finder/suggest';
import { authorize, requireActor } from '../policy/authorize';
import { expertCoverage } from '../queries/assignments';
import { findEvidenceByKey } from '../queries/evidence';
import { decrementUnreviewed, findReport, queuedReports, registerSourcesStatement, reportsOf, requeueStatement } from '../queries/finder';
import { countStatuses, roundSummary, toFinderReport, unevidencedSuggestions } from '../queries/finder-reads';
import { findEnrolment } from '../queries/panel';
import { findEnrolledEnterprise, findRound } from '../queries/rounds';
import { findScoredIndicator } from '../queries/pinned-framework';
import { finderDecision } from '../db/schema';
import { markPanelChanged } from '../queries/staleness';
import { validate } from '../validate';

const EnterpriseParam = z.object({ roundId: IdParam, enterpriseId: IdParam });
const RoundParam = z.object({ roundId: IdParam });

const loadEnterprise = (db: Database, params: z.infer<typeof EnterpriseParam>) => findEnrolment(db, params.roundId, params.enterpriseId);

/** The round, enterprise and indicator of a decision, authorised for the acting expert's assignment. */
async function loadDecision(c: Context<AppEnv>, db: Database, params: z.infer<typeof EnterpriseParam>, indicatorId: number, action: 'finder.confirm' | 'finder.dismiss') {
  const { round, enterprise } = await loadEnterprise(db, params);
  const indicator = await findScoredIndicator(db, round.framework.id, indicatorId);
  const assignments = await expertCoverage(db, round.id, requireActor(c).userId);
  const actor = authorize(c, action, { round, enterprise, indicator, assignments });
  return { round, enterprise, indicator, actor };
}

const decided = () => new ApiError(409, 'passage_decided', 'This passage was already confirmed or dismissed for this indicator');

export const finderRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/enterprises/:enterpriseId/finder/reports', validate('param', EnterpriseParam), async (c) => {
    const db = database(c.env.DB);
    const { round, enterprise } = await loadEnterprise(db, c.req.valid('param'));
    authorize(c, 'finder.readReports', { round, enterprise });
    const [rows, summary] = await Promise.all([reportsOf(db, round.id, enterprise.id), db.query.finderSummary.findFirst({ where: (s, { and, eq }) => and(eq(s.roundId, round.id), eq(s.enterpriseId, enterprise.id)) })]);
    const items = rows.map(toFinderReport);
    return c.json({ items, counts: countStatuses(items), unreviewed: summary?.unreviewed ?? 0 }, 200);
  })
  .get('/rounds/:roundId/finder/summary', validate('param', RoundParam), validate('query', FinderSummaryQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    authorize(c, 'finder.readSummary', { round });
    const { cursor, limit } = c.req.valid('query');
    return c.json(await roundSummary(db, round.id, Number(cursor ?? 0), limit), 200);
  })
  .get('/rounds/:roundId/finder/unevidenced', validate('param', RoundParam), validate('query', FinderSummaryQuery), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const actor = authorize(c, 'finder.readUnevidenced', { round });
    const { cursor, limit } = c.req.valid('query');
    return c.json(await unevidencedSuggestions(db, round.id, actor.userId, Number(cursor ?? 0), limit), 200);
  })
  .get('/rounds/:roundId/enterprises/:enterpriseId/finder/suggestions', validate('param', EnterpriseParam), validate('query', SuggestionsQuery), async (c) => {
    const db = database(c.env.DB);
    const { round, enterprise } = await loadEnterprise(db, c.req.valid('param'));
    authorize(c, 'finder.readSuggestions', { round, enterprise });
    const { indicatorId } = c.req.valid('query');
    if (indicatorId !== undefined) await findScoredIndicator(db, round.framework.id, indicatorId);
    const state = await loadFinderState(db, round, enterprise.id);
    const reports = state.reports.map((r) => ({ id: r.id, url: r.url, title: r.title, format: r.format, sha256: r.sha256, pageCount: r.pageCount }));
    return c.json({ reports, indicators: suggest(state, { indicatorId }) }, 200);
  })
  .post('/rounds/:roundId/enterprises/:enterpriseId/finder/confirmations', validate('param', EnterpriseParam), validate('json', SuggestionConfirm), async (c) => {
    const body = c.req.valid('json');
    const db = database(c.env.DB);
    const { round, enterprise, indicator, actor } = await loadDecision(c, db, c.req.valid('param'), body.indicatorId, 'finder.confirm');
    // A retried confirmation (same key) gets the first evidence back, never a second one.
    const existing = await findEvidenceByKey(db, actor.userId, body.idempotencyKey);
    if (existing) return c.json(existing, 200);
    const found = await findSuggestedPassage(db, round.id, enterprise.id, body.reportId, body.passageKey);
    try {
      await runBatch(db, await confirmationStatements(db, { actor, roundId: round.id, enterpriseId: enterprise.id, indicatorId: indicator.id, body, ...found }));
    } catch (err) {
      if (isUniqueViolation(err)) throw decided();
      throw err;
    }
    return c.json((await findEvidenceByKey(db, actor.userId, body.idempotencyKey))!, 201);
  })
  .post('/rounds/:roundId/enterprises/:enterpriseId/finder/dismissals', validate('param', EnterpriseParam), validate('json', SuggestionDismiss), async (c) => {
    const body = c.req.valid('json');
    const db = database(c.env.DB);
    const { round, enterprise, indicator, actor } = await loadDecision(c, db, c.req.valid('param'), body.indicatorId, 'finder.dismiss');
    await findSuggestedPassage(db, round.id, enterprise.id, body.reportId, body.passageKey);
    const decision = { roundId: round.id, enterpriseId: enterprise.id, indicatorId: indicator.id, reportId: body.reportId, passageKey: body.passageKey, decision: 'dismissed' as const, decidedBy: actor.userId };
    try {
      await runBatch(db, [
        db.insert(finderDecision).values(decision),
        auditStatement(actor, { action: 'finder.dismiss', resourceType: 'finder_report', resourceId: body.reportId, roundId: round.id, after: decision }),
        decrementUnreviewed(db, round.id, enterprise.id),
        markPanelChanged(db, round.id, enterprise.id),
      ]);
    } catch (err) {
      if (isUniqueViolation(err)) throw decided();
      throw err;
    }
    return c.json({ indicatorId: indicator.id, reportId: body.reportId, passageKey: body.passageKey, decidedAt: new Date().toISOString() }, 201);
  })
  .post('/rounds/:roundId/finder/reindex', validate('param', RoundParam), validate('json', ReindexRequest), async (c) => {
    const db = database(c.env.DB);
    const round = await findRound(db, c.req.valid('param').roundId);
    const body = c.req.valid('json');
    const report = body.reportId === undefined ? undefined : await findReport(db, body.reportId);
    if (body.reportId !== undefined && (!report || report.roundId !== round.id)) throw notFound('finder_report_not_found', `Report ${body.reportId} is not read by the finder in round ${round.id}`);
    const enterpriseId = report?.enterpriseId ?? body.enterpriseId;
    const enterprise = enterpriseId === undefined ? undefined : await findEnrolledEnterprise(db, round.id, enterpriseId);
    const actor = authorize(c, 'finder.reindex', { round, enterprise });
    const results = await runBatch(db, [
      ...(enterprise && !report ? [registerSourcesStatement(round.id, enterprise.id)] : []),
      requeueStatement(round.id, { enterpriseId, reportId: report?.id }),
      auditStatement(actor, { action: 'finder.reindex', resourceType: 'round', resourceId: round.id, roundId: round.id, after: { enterpriseId: enterpriseId ?? null, reportId: report?.id ?? null } }),
    ]);
    const requeued = results.at(-2)!.meta.changes;
    if (enterprise) await sendFromRequest(c.env, indexJobs(await queuedReports(db, round.id, enterprise.id)));
    else await sendFromRequest(c.env, [{ kind: 'finder.sweep', roundId: round.id, after: 0 }]);
    return c.json({ requeued }, 202);
  });
