// Regular reports: the enterprise's staff save a draft and submit it; whoever sees the enterprise reads its
// submitted reports (its staff their drafts too); an item of a submitted report becomes evidence in a round
// in one action, once per indicator slot.
import { Hono } from 'hono';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { adoptionEvidence } from '../../shared/domain/reporting';
import { normalizeUrl } from '../../shared/domain/url';
import { IdParam } from '../../shared/schemas/common';
import { AdoptRequest, ReportSave, ReportSubmit } from '../../shared/schemas/report';
import { auditStatement, insertedRowId } from '../audit';
import { sha256Hex } from '../auth/crypto';
import { abortUnlessChanged, isUniqueViolation, runBatch, runVersionedBatch } from '../db/batch';
import { database, type Database } from '../db/client';
import { enterpriseReport, evidence, reportAdoption } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError, invalidField, notFound } from '../errors';
import { allows, authorize } from '../policy/authorize';
import { findEvidenceByKey, findLiveEvidence } from '../queries/evidence';
import { dimensionCodes, evidenceIdByKey, findAdoption, findReport, findReportById, findSchedule, listEnterpriseReports } from '../queries/reports';
import { findEnrolment } from '../queries/panel';
import { findScoredIndicator } from '../queries/pinned-framework';
import { enterpriseChange } from '../queries/results-change';
import { markPanelChanged } from '../queries/staleness';
import { validate } from '../validate';

const ReportParam = z.object({ id: IdParam, enterpriseId: IdParam });
const submittedAlready = () => new ApiError(409, 'report_state', 'This report is submitted and no longer changes');

/** The schedule, its round and the enrolled enterprise a report of it belongs to. */
async function loadReportSubject(db: Database, scheduleId: number, enterpriseId: number) {
  const schedule = await findSchedule(db, scheduleId);
  return { schedule, ...(await findEnrolment(db, schedule.roundId, enterpriseId)) };
}

export const reportRoutes = new Hono<AppEnv>()
  .get('/rounds/:roundId/enterprises/:enterpriseId/reports', validate('param', z.object({ roundId: IdParam, enterpriseId: IdParam })), async (c) => {
    const { roundId, enterpriseId } = c.req.valid('param');
    const db = database(c.env.DB);
    const { round, enterprise } = await findEnrolment(db, roundId, enterpriseId);
    authorize(c, 'report.read', { round, enterprise });
    // Reports are about the enterprise, not one round: earlier rounds' periods feed this round's evidence.
    return c.json({ items: await listEnterpriseReports(db, enterprise.id, allows(c, 'report.readDrafts', { round, enterprise })) });
  })
  .put('/report-schedules/:id/reports/:enterpriseId', validate('param', ReportParam), validate('json', ReportSave), async (c) => {
    const db = database(c.env.DB);
    const { schedule, round, enterprise } = await loadReportSubject(db, c.req.valid('param').id, c.req.valid('param').enterpriseId);
    const actor = authorize(c, 'report.write', { round, enterprise });
    const { items, version } = c.req.valid('json');
    const dimensions = await dimensionCodes(db, round.framework.id);
    const unknown = items.findIndex((i) => !dimensions.has(i.dimensionCode));
    if (unknown >= 0) throw invalidField(`items.${unknown}.dimensionCode`, 'dimension_unknown', `Not a dimension of the round's framework: ${[...dimensions].join(', ')}`, { allowed: [...dimensions] });
    const current = await findReport(db, schedule.id, enterprise.id);
    if (current?.status === 'submitted') throw submittedAlready();

    const stored = items.map((item, i) => ({ item: i + 1, ...item }));
    const updatedAt = new Date().toISOString();
    const audit = (resourceId: number | typeof insertedRowId, before?: unknown) =>
      auditStatement(actor, { action: 'report.save', resourceType: 'report', resourceId, roundId: round.id, before, after: { scheduleId: schedule.id, enterpriseId: enterprise.id, items: stored } });
    if (version === 0) {
      if (current) throw new ApiError(409, 'conflict', 'The report was written meanwhile', { current });
      try {
        await runBatch(db, [db.insert(enterpriseReport).values({ scheduleId: schedule.id, enterpriseId: enterprise.id, items: stored, updatedAt }), audit(insertedRowId)]);
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        throw new ApiError(409, 'conflict', 'The report was written meanwhile', { current: await findReport(db, schedule.id, enterprise.id) });
      }
      return c.json((await findReport(db, schedule.id, enterprise.id))!, 201);
    }
    await runVersionedBatch(
      db,
      [
        db
          .update(enterpriseReport)
          .set({ items: stored, updatedAt, version: version + 1 })
          .where(and(eq(enterpriseReport.scheduleId, schedule.id), eq(enterpriseReport.enterpriseId, enterprise.id), eq(enterpriseReport.version, version), eq(enterpriseReport.status, 'draft'))),
        abortUnlessChanged,
        audit(current?.id ?? 0, current && { items: current.items, version: current.version }),
      ],
      'The report',
      () => findReport(db, schedule.id, enterprise.id),
    );
    return c.json((await findReport(db, schedule.id, enterprise.id))!, 200);
  })
  .post('/report-schedules/:id/reports/:enterpriseId/submit', validate('param', ReportParam), validate('json', ReportSubmit), async (c) => {
    const db = database(c.env.DB);
    const { schedule, round, enterprise } = await loadReportSubject(db, c.req.valid('param').id, c.req.valid('param').enterpriseId);
    const actor = authorize(c, 'report.write', { round, enterprise });
    const current = await findReport(db, schedule.id, enterprise.id);
    if (!current) throw notFound('report_not_found', 'Save the report before submitting it');
    if (current.status === 'submitted') throw submittedAlready();
    const submittedAt = new Date().toISOString();
    if (submittedAt.slice(0, 10) < schedule.opensOn) throw new ApiError(409, 'report_state', `Reports for ${schedule.period} are submitted from ${schedule.opensOn}`);
    const { version } = c.req.valid('json');
    // A submitted report is no longer overdue in the enterprise's progress.
    const change = await enterpriseChange(db, round, enterprise.id);
    const results = await runVersionedBatch(
      db,
      [
        db
          .update(enterpriseReport)
          .set({ status: 'submitted', submittedAt, submittedBy: actor.userId, updatedAt: submittedAt, version: version + 1 })
          .where(and(eq(enterpriseReport.id, current.id), eq(enterpriseReport.version, version), eq(enterpriseReport.status, 'draft'))),
        abortUnlessChanged,
        auditStatement(actor, { action: 'report.submit', resourceType: 'report', resourceId: current.id, roundId: round.id, before: { status: 'draft' }, after: { status: 'submitted', submittedAt } }),
        ...change.statements,
      ],
      'The report',
      () => findReport(db, schedule.id, enterprise.id),
    );
    await change.schedule(c.env, results);
    return c.json((await findReport(db, schedule.id, enterprise.id))!, 200);
  })
  .post('/reports/:id/items/:item/adopt', validate('param', z.object({ id: IdParam, item: IdParam })), validate('json', AdoptRequest), async (c) => {
    const { id, item: number } = c.req.valid('param');
    const body = c.req.valid('json');
    const db = database(c.env.DB);
    const report = await findReportById(db, id);
    const { round, enterprise } = await findEnrolment(db, body.roundId, report.enterprise.id);
    const actor = authorize(c, 'report.adopt', { round, enterprise });
    const item = report.items.find((i) => i.item === number);
    if (!item) throw notFound('report_not_found', `Report ${id} has no item ${number}`);
    if (report.status !== 'submitted') throw new ApiError(409, 'report_state', 'Only the items of a submitted report become evidence');
    const indicator = await findScoredIndicator(db, round.framework.id, body.indicatorId);

    const slot = { reportId: report.id, item: item.item, roundId: round.id, indicatorId: indicator.id };
    const adopted = async () => {
      const found = await findAdoption(db, slot);
      return found ? (await findLiveEvidence(db, found.evidenceId)).evidence : null;
    };
    const existing = await adopted().catch(() => null);
    if (existing) return c.json(existing, 200);

    const fields = adoptionEvidence({ id: report.id, period: report.schedule.period }, item);
    const idempotencyKey = `report-${report.id}-${item.item}-${crypto.randomUUID()}`;
    const row = {
      ...fields,
      roundId: round.id,
      enterpriseId: enterprise.id,
      indicatorId: indicator.id,
      normalizedUrl: fields.url && normalizeUrl(fields.url),
      quoteSha256: await sha256Hex(fields.quote),
      capturedBy: actor.userId,
      capturedAt: new Date().toISOString(),
      idempotencyKey,
    };
    const slotWhere = and(eq(reportAdoption.reportId, slot.reportId), eq(reportAdoption.item, slot.item), eq(reportAdoption.roundId, slot.roundId), eq(reportAdoption.indicatorId, slot.indicatorId));
    const change = await enterpriseChange(db, round, enterprise.id);
    try {
      const results = await runBatch(db, [
        // An adoption whose evidence was withdrawn no longer holds the slot.
        db.delete(reportAdoption).where(and(slotWhere, inArray(reportAdoption.evidenceId, db.select({ id: evidence.id }).from(evidence).where(sql`${evidence.deletedAt} IS NOT NULL`)))),
        db.insert(evidence).values(row),
        auditStatement(actor, { action: 'report.adopt', resourceType: 'evidence', resourceId: insertedRowId, roundId: round.id, after: { ...slot, evidence: row } }),
        ...change.statements,
        db.insert(reportAdoption).values({ ...slot, evidenceId: evidenceIdByKey(actor.userId, idempotencyKey), adoptedBy: actor.userId }),
        markPanelChanged(db, round.id, enterprise.id),
      ]);
      await change.schedule(c.env, results);
    } catch (err) {
      // Someone took the same item into the same slot a moment earlier: theirs is the record.
      if (!isUniqueViolation(err)) throw err;
      const theirs = await adopted();
      if (theirs) return c.json(theirs, 200);
      throw err;
    }
    return c.json((await findEvidenceByKey(db, actor.userId, idempotencyKey))!, 201);
  });
