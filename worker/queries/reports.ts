// Reporting schedules and regular reports in the API's shape: a round's schedules, one schedule, an
// enterprise's reports with the items taken into rounds as evidence.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Report, Schedule } from '../../shared/schemas/report';
import type { Database } from '../db/client';
import { enterprise, enterpriseReport, indicator, reportAdoption, reportSchedule, user } from '../db/schema';
import { notFound } from '../errors';

const toSchedule = (row: typeof reportSchedule.$inferSelect): Schedule => ({
  id: row.id,
  roundId: row.roundId,
  period: row.period,
  opensOn: row.opensOn,
  dueOn: row.dueOn,
  createdAt: row.createdAt,
});

export async function listSchedules(db: Database, roundId: number) {
  const rows = await db.select().from(reportSchedule).where(eq(reportSchedule.roundId, roundId)).orderBy(desc(reportSchedule.opensOn), desc(reportSchedule.id));
  return rows.map(toSchedule);
}

export async function findSchedule(db: Database, id: number) {
  const row = await db.select().from(reportSchedule).where(eq(reportSchedule.id, id)).get();
  if (!row) throw notFound('schedule_not_found', `Reporting schedule ${id} does not exist`);
  return toSchedule(row);
}

const selectReports = (db: Database) =>
  db
    .select({ row: enterpriseReport, schedule: reportSchedule, enterpriseName: enterprise.name, submitter: user.displayName })
    .from(enterpriseReport)
    .innerJoin(reportSchedule, eq(reportSchedule.id, enterpriseReport.scheduleId))
    .innerJoin(enterprise, eq(enterprise.id, enterpriseReport.enterpriseId))
    .leftJoin(user, eq(user.id, enterpriseReport.submittedBy));

type ReportJoin = Awaited<ReturnType<ReturnType<typeof selectReports>['all']>>[number];

/** The reports with the items each has given to rounds as evidence. */
async function withAdoptions(db: Database, rows: ReportJoin[]): Promise<Report[]> {
  const adoptions =
    rows.length === 0
      ? []
      : await db
          .select({ row: reportAdoption, code: indicator.code })
          .from(reportAdoption)
          .innerJoin(indicator, eq(indicator.id, reportAdoption.indicatorId))
          .where(inArray(reportAdoption.reportId, rows.map((r) => r.row.id)))
          .orderBy(asc(reportAdoption.item), asc(reportAdoption.roundId));
  return rows.map(({ row, schedule, enterpriseName, submitter }) => ({
    id: row.id,
    schedule: toSchedule(schedule),
    enterprise: { id: row.enterpriseId, name: enterpriseName },
    status: row.status,
    items: row.items,
    adoptions: adoptions
      .filter((a) => a.row.reportId === row.id)
      .map(({ row: a, code }) => ({ item: a.item, roundId: a.roundId, indicatorId: a.indicatorId, indicatorCode: code, evidenceId: a.evidenceId })),
    submittedAt: row.submittedAt,
    submittedBy: row.submittedBy === null ? null : { id: row.submittedBy, displayName: submitter ?? `#${row.submittedBy}` },
    updatedAt: row.updatedAt,
    version: row.version,
  }));
}

/** The enterprise's report for the schedule, or null when it has not written one. */
export async function findReport(db: Database, scheduleId: number, enterpriseId: number): Promise<Report | null> {
  const row = await selectReports(db).where(and(eq(enterpriseReport.scheduleId, scheduleId), eq(enterpriseReport.enterpriseId, enterpriseId))).get();
  return row ? (await withAdoptions(db, [row]))[0]! : null;
}

export async function findReportById(db: Database, id: number): Promise<Report> {
  const row = await selectReports(db).where(eq(enterpriseReport.id, id)).get();
  if (!row) throw notFound('report_not_found', `Report ${id} does not exist`);
  return (await withAdoptions(db, [row]))[0]!;
}

/** Every report of the enterprise, in any round's schedule, newest period first; drafts only when asked. */
export async function listEnterpriseReports(db: Database, enterpriseId: number, withDrafts: boolean) {
  const rows = await selectReports(db)
    .where(and(eq(enterpriseReport.enterpriseId, enterpriseId), withDrafts ? undefined : eq(enterpriseReport.status, 'submitted')))
    .orderBy(desc(reportSchedule.opensOn), desc(reportSchedule.id));
  return withAdoptions(db, rows);
}

/** The dimension codes of a framework: what report items are written against. */
export async function dimensionCodes(db: Database, frameworkId: number) {
  const rows = await db.select({ code: indicator.code }).from(indicator).where(and(eq(indicator.frameworkId, frameworkId), eq(indicator.level, 1)));
  return new Set(rows.map((r) => r.code));
}

/** The existing adoption of a report item into an indicator slot, if any. */
export const findAdoption = (db: Database, key: { reportId: number; item: number; roundId: number; indicatorId: number }) =>
  db
    .select({ evidenceId: reportAdoption.evidenceId })
    .from(reportAdoption)
    .where(
      and(
        eq(reportAdoption.reportId, key.reportId),
        eq(reportAdoption.item, key.item),
        eq(reportAdoption.roundId, key.roundId),
        eq(reportAdoption.indicatorId, key.indicatorId),
      ),
    )
    .get();

/** A statement for a batch: the evidence id of the row an adoption just inserted, found by its capturer and key. */
export const evidenceIdByKey = (capturedBy: number, idempotencyKey: string) =>
  sql`(SELECT id FROM evidence WHERE captured_by = ${capturedBy} AND idempotency_key = ${idempotencyKey})`;
