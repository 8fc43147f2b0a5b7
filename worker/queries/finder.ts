// The evidence finder's database access: report sources and their states, stored indexes in parts, decisions
// on suggestions, learned terms and the per-enterprise summary the console and the expert queue read.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { evidence, finderDecision, finderIndexPart, finderLearned, finderReport, finderSummary } from '../db/schema';

export type FinderReportRow = typeof finderReport.$inferSelect;
const now = () => new Date().toISOString();

/** Source kinds the finder reads: report links and attached pages, and the pages clips came from. */
const SOURCE_KINDS = ['link', 'report', 'clip'] as const;

/** Registers the enterprise's sources in the round that the finder does not know yet. */
export const registerSources = (db: Database, roundId: number, enterpriseId: number) => db.run(registerSourcesStatement(roundId, enterpriseId));

/** Registers the enterprise's sources the finder does not know yet, for a batch (queued, read by discovery). */
export const registerSourcesStatement = (roundId: number, enterpriseId: number) => {
  const at = now();
  return sql`
    INSERT INTO finder_report (round_id, enterprise_id, url, normalized_url, status, queued_at, updated_at)
    SELECT ${roundId}, ${enterpriseId}, MIN(url), normalized_url, 'queued', ${at}, ${at}
    FROM evidence
    WHERE round_id = ${roundId} AND enterprise_id = ${enterpriseId} AND deleted_at IS NULL AND normalized_url IS NOT NULL
      AND kind IN (${sql.join(SOURCE_KINDS.map((k) => sql`${k}`), sql`, `)})
    GROUP BY normalized_url
    ON CONFLICT (round_id, enterprise_id, normalized_url) DO NOTHING`;
};

/** Asks for the round's reports (of one enterprise, or one report) to be read again, for a batch: a new generation each. */
export const requeueStatement = (roundId: number, scope: { enterpriseId?: number; reportId?: number }) => {
  const at = now();
  return sql`
    UPDATE finder_report SET generation = generation + 1, status = 'queued', reason = NULL, message = NULL, attempts = 0, queued_at = ${at}, updated_at = ${at}
    WHERE round_id = ${roundId}
      ${scope.enterpriseId === undefined ? sql`` : sql`AND enterprise_id = ${scope.enterpriseId}`}
      ${scope.reportId === undefined ? sql`` : sql`AND id = ${scope.reportId}`}`;
};

/** The enterprise's reports waiting to be read, with the generation to read. */
export const queuedReports = (db: Database, roundId: number, enterpriseId: number) =>
  db.all<{ id: number; generation: number }>(
    sql`SELECT id, generation FROM finder_report WHERE round_id = ${roundId} AND enterprise_id = ${enterpriseId} AND status = 'queued'`,
  );

export const findReport = (db: Database, id: number) => db.select().from(finderReport).where(eq(finderReport.id, id)).get();

/** Counts a delivery of the report's job (for this generation only); returns the attempts so far, or null when stale. */
export async function countAttempt(db: Database, id: number, generation: number): Promise<number | null> {
  const row = await db.get<{ attempts: number } | undefined>(sql`
    UPDATE finder_report SET attempts = attempts + 1, updated_at = ${now()} WHERE id = ${id} AND generation = ${generation} RETURNING attempts`);
  return row?.attempts ?? null;
}

/** Sets a report's state for one generation; a newer request meanwhile makes it a no-op. */
export const setReportState = (db: Database, id: number, generation: number, values: Partial<FinderReportRow>) =>
  db
    .update(finderReport)
    .set({ ...values, updatedAt: now() })
    .where(and(eq(finderReport.id, id), eq(finderReport.generation, generation)));

/** Stores a report's index (in parts) and marks it indexed, in one batch that does nothing if the generation moved on. */
export function storeIndexStatements(db: Database, id: number, generation: number, parts: string[], values: Partial<FinderReportRow>) {
  const current = sql`EXISTS (SELECT 1 FROM finder_report WHERE id = ${id} AND generation = ${generation})`;
  return [
    sql`DELETE FROM finder_index_part WHERE report_id = ${id} AND ${current}`,
    ...parts.map((body, part) => sql`INSERT INTO finder_index_part (report_id, part, body) SELECT ${id}, ${part}, ${body} WHERE ${current}`),
    setReportState(db, id, generation, values),
  ];
}

/** The stored index of each report, its parts joined, by report id. */
export async function loadIndexBodies(db: Database, reportIds: number[]): Promise<Map<number, string>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db.select().from(finderIndexPart).where(inArray(finderIndexPart.reportId, reportIds)).orderBy(asc(finderIndexPart.reportId), asc(finderIndexPart.part));
  const bodies = new Map<number, string>();
  for (const row of rows) bodies.set(row.reportId, (bodies.get(row.reportId) ?? '') + row.body);
  return bodies;
}

export const reportsOf = (db: Database, roundId: number, enterpriseId: number) =>
  db
    .select()
    .from(finderReport)
    .where(and(eq(finderReport.roundId, roundId), eq(finderReport.enterpriseId, enterpriseId)))
    .orderBy(asc(finderReport.id));

export const decisionsOf = (db: Database, roundId: number, enterpriseId: number) =>
  db
    .select({ indicatorId: finderDecision.indicatorId, reportId: finderDecision.reportId, passageKey: finderDecision.passageKey, decision: finderDecision.decision, evidenceId: finderDecision.evidenceId })
    .from(finderDecision)
    .where(and(eq(finderDecision.roundId, roundId), eq(finderDecision.enterpriseId, enterpriseId)));

export const learnedOf = (db: Database, roundId: number) =>
  db.select({ indicatorId: finderLearned.indicatorId, terms: finderLearned.terms, examples: finderLearned.examples }).from(finderLearned).where(eq(finderLearned.roundId, roundId));

/** Quotes of the latest passages confirmed for an indicator in the round (evidence still live). */
export async function confirmedQuotes(db: Database, roundId: number, indicatorId: number, limit: number) {
  const rows = await db
    .select({ quote: evidence.quote })
    .from(finderDecision)
    .innerJoin(evidence, eq(evidence.id, finderDecision.evidenceId))
    .where(and(eq(finderDecision.roundId, roundId), eq(finderDecision.indicatorId, indicatorId), eq(finderDecision.decision, 'confirmed'), sql`${evidence.deletedAt} IS NULL`))
    .orderBy(sql`${finderDecision.id} DESC`)
    .limit(limit);
  return rows.map((r) => r.quote ?? '').filter(Boolean);
}

export const saveLearned = (db: Database, roundId: number, indicatorId: number, terms: [string, number][], examples: number) =>
  db
    .insert(finderLearned)
    .values({ roundId, indicatorId, terms, examples, updatedAt: now() })
    .onConflictDoUpdate({ target: [finderLearned.roundId, finderLearned.indicatorId], set: { terms, examples, updatedAt: now() } });

export const saveSummary = (db: Database, roundId: number, enterpriseId: number, unreviewed: number, indicatorIds: number[]) =>
  db
    .insert(finderSummary)
    .values({ roundId, enterpriseId, unreviewed, indicatorIds, updatedAt: now() })
    .onConflictDoUpdate({ target: [finderSummary.roundId, finderSummary.enterpriseId], set: { unreviewed, indicatorIds, updatedAt: now() } });

/** For the decision's batch: one suggestion fewer to review (the summary is re-derived at the next indexing). */
export const decrementUnreviewed = (db: Database, roundId: number, enterpriseId: number) =>
  db
    .update(finderSummary)
    .set({ unreviewed: sql`MAX(0, ${finderSummary.unreviewed} - 1)`, updatedAt: now() })
    .where(and(eq(finderSummary.roundId, roundId), eq(finderSummary.enterpriseId, enterpriseId)));

/** Enrolled enterprises of the round after `after`, in id order, `limit` of them: a sweep's next chunk. */
export async function enrolledAfter(db: Database, roundId: number, after: number, limit: number) {
  const rows = await db.all<{ id: number }>(
    sql`SELECT enterprise_id AS id FROM round_enterprise WHERE round_id = ${roundId} AND enterprise_id > ${after} ORDER BY enterprise_id LIMIT ${limit}`,
  );
  return rows.map((r) => r.id);
}
