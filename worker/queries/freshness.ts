// The freshness job's reads and writes: the accepted web evidence of open and recently published rounds due
// for a check (longest unchecked first), when each site was last fetched, a run's lease and its results in
// one batch with the audit row; and the checked items a round's reviewers and coordinators follow.
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { EvidenceFreshness, FreshnessRun, FreshnessStatus } from '../../shared/schemas/freshness';
import { auditStatement } from '../audit';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';
import { enterprise, evidence, evidenceFreshness, freshnessHost, freshnessRun, indicator, round } from '../db/schema';
import type { Actor } from '../policy/actor';
import type { EnterpriseScope } from '../policy/scope';
import { enterpriseScopeFilter } from './enterprises';
import { inList } from './people';
import { markPanelChanged } from './staleness';

export type Candidate = { id: number; roundId: number; enterpriseId: number; url: string; quote: string; selectors: typeof evidence.$inferSelect.selectors; status: FreshnessStatus | null };
export type CheckResult = { evidenceId: number; roundId: number; enterpriseId: number; before: FreshnessStatus | null; status: FreshnessStatus; reason: string | null; nearestText: string | null };

const OPEN_STATES = ['collecting', 'scoring', 'reviewing'] as const;

/** Accepted, live web evidence with a quote (PDF pages are not re-read) of open or recently published rounds, not checked since `recheckBefore`. */
export async function freshnessCandidates(db: Database, options: { publishedSince: string; recheckBefore: string; limit: number }): Promise<Candidate[]> {
  const rows = await db
    .select({
      id: evidence.id,
      roundId: evidence.roundId,
      enterpriseId: evidence.enterpriseId,
      url: evidence.url,
      quote: evidence.quote,
      selectors: evidence.selectors,
      status: evidenceFreshness.status,
    })
    .from(evidence)
    .innerJoin(round, eq(round.id, evidence.roundId))
    .leftJoin(evidenceFreshness, eq(evidenceFreshness.evidenceId, evidence.id))
    .where(
      and(
        eq(evidence.status, 'accepted'),
        isNull(evidence.deletedAt),
        isNotNull(evidence.url),
        isNotNull(evidence.quote),
        isNull(evidence.pageNumber),
        isNull(evidence.documentSha256),
        or(inArray(round.status, [...OPEN_STATES]), and(eq(round.status, 'published'), sql`${round.statusChangedAt} >= ${options.publishedSince}`)),
        or(isNull(evidenceFreshness.checkedAt), lt(evidenceFreshness.checkedAt, options.recheckBefore)),
      ),
    )
    .orderBy(sql`${evidenceFreshness.checkedAt} IS NOT NULL`, asc(evidenceFreshness.checkedAt), asc(evidence.id))
    .limit(options.limit);
  return rows.map((r) => ({ ...r, url: r.url!, quote: r.quote! }));
}

/** When each of `hosts` was last fetched (ms since the epoch). */
export async function lastFetches(db: Database, hosts: string[]) {
  const rows = hosts.length === 0 ? [] : await db.select().from(freshnessHost).where(sql`${freshnessHost.host} IN ${inList(hosts)}`);
  return new Map(rows.map((r) => [r.host, Date.parse(r.lastFetchAt)]));
}

/** Bookkeeping, not a change to the evaluation: written before each fetch, unaudited (like sign-in throttling). */
export const recordFetch = (db: Database, host: string, at: Date) =>
  db
    .insert(freshnessHost)
    .values({ host, lastFetchAt: at.toISOString() })
    .onConflictDoUpdate({ target: freshnessHost.host, set: { lastFetchAt: at.toISOString() } });

/**
 * Starts a run unless another one started after `staleBefore` is still going (a run that died holds it no
 * longer than that); the run's id, or null when one is busy.
 */
export async function claimRun(db: Database, run: { trigger: 'cron' | 'manual'; triggeredBy: number | null; startedAt: string; staleBefore: string }) {
  const [claimed] = await runBatch(db, [
    sql`INSERT INTO freshness_run (trigger, triggered_by, started_at)
        SELECT ${run.trigger}, ${run.triggeredBy}, ${run.startedAt}
        WHERE NOT EXISTS (SELECT 1 FROM freshness_run WHERE finished_at IS NULL AND started_at > ${run.staleBefore})`,
  ]);
  return claimed!.meta.changes === 1 ? claimed!.meta.last_row_id : null;
}

const freshnessUpsert = (runId: number, at: string, r: CheckResult) => sql`
  INSERT INTO evidence_freshness (evidence_id, status, reason, nearest_text, checked_at, changed_at, previous_status, run_id)
  VALUES (${r.evidenceId}, ${r.status}, ${r.reason}, ${r.nearestText}, ${at}, ${at}, NULL, ${runId})
  ON CONFLICT (evidence_id) DO UPDATE SET
    previous_status = CASE WHEN evidence_freshness.status <> excluded.status THEN evidence_freshness.status ELSE evidence_freshness.previous_status END,
    changed_at = CASE WHEN evidence_freshness.status <> excluded.status THEN excluded.checked_at ELSE evidence_freshness.changed_at END,
    status = excluded.status, reason = excluded.reason, nearest_text = excluded.nearest_text, checked_at = excluded.checked_at, run_id = excluded.run_id`;

/** The run's figures, its results and the panels they show on, in one batch with one audit row for the run (a system action under cron). */
export async function finishRun(db: Database, actor: Actor | null, runId: number, figures: Omit<FreshnessRun, 'id' | 'trigger' | 'startedAt' | 'finishedAt'>, results: CheckResult[]) {
  const finishedAt = new Date().toISOString();
  const panels = new Map(results.map((r) => [`${r.roundId}:${r.enterpriseId}`, r]));
  const changes = results.filter((r) => r.before !== r.status).map(({ evidenceId, roundId, before, status, reason }) => ({ evidenceId, roundId, from: before, to: status, reason }));
  await runBatch(db, [
    db.update(freshnessRun).set({ ...figures, finishedAt }).where(eq(freshnessRun.id, runId)),
    auditStatement(actor, { action: 'freshness.run', resourceType: 'freshness_run', resourceId: runId, after: { ...figures, changes } }),
    ...results.map((r) => freshnessUpsert(runId, finishedAt, r)),
    ...[...panels.values()].map((r) => markPanelChanged(db, r.roundId, r.enterpriseId)),
  ]);
  return findRun(db, runId);
}

const toRun = ({ triggeredBy: _, ...row }: typeof freshnessRun.$inferSelect): FreshnessRun => row;

export async function findRun(db: Database, id: number) {
  return toRun((await db.select().from(freshnessRun).where(eq(freshnessRun.id, id)).get())!);
}

export async function lastFinishedRun(db: Database) {
  const row = await db.select().from(freshnessRun).where(isNotNull(freshnessRun.finishedAt)).orderBy(desc(freshnessRun.id)).limit(1).get();
  return row ? toRun(row) : null;
}

export const toFreshness = (row: typeof evidenceFreshness.$inferSelect): EvidenceFreshness => ({
  status: row.status,
  reason: row.reason,
  nearestText: row.nearestText,
  checkedAt: row.checkedAt,
  changedAt: row.changedAt,
  previousStatus: row.previousStatus,
});

/** The round's checked evidence in scope: counts by status, and the items that do not simply stand (or of one status). */
export async function roundFreshness(db: Database, roundId: number, scope: EnterpriseScope, status?: FreshnessStatus) {
  const inScope = and(eq(evidence.roundId, roundId), isNull(evidence.deletedAt), enterpriseScopeFilter(scope));
  const shown: SQL = status ? eq(evidenceFreshness.status, status) : ne(evidenceFreshness.status, 'stands');
  // Not one batch: drizzle maps a batch's rows by column name, and the joined ids share one.
  const [counts, rows] = await Promise.all([
    db
      .select({ status: evidenceFreshness.status, n: sql<number>`count(*)` })
      .from(evidenceFreshness)
      .innerJoin(evidence, eq(evidence.id, evidenceFreshness.evidenceId))
      .innerJoin(enterprise, eq(enterprise.id, evidence.enterpriseId))
      .where(inScope)
      .groupBy(evidenceFreshness.status),
    db
      .select({ row: evidenceFreshness, id: evidence.id, title: evidence.title, url: evidence.url, quote: evidence.quote, code: indicator.code, enterprise: { id: enterprise.id, name: enterprise.name, street: enterprise.street } })
      .from(evidenceFreshness)
      .innerJoin(evidence, eq(evidence.id, evidenceFreshness.evidenceId))
      .innerJoin(enterprise, eq(enterprise.id, evidence.enterpriseId))
      .innerJoin(indicator, eq(indicator.id, evidence.indicatorId))
      .where(and(inScope, shown))
      .orderBy(desc(evidenceFreshness.changedAt), asc(evidence.id))
      .limit(500),
  ]);
  return {
    counts: Object.fromEntries((['stands', 'changed', 'gone', 'unchecked'] as const).map((s) => [s, counts.find((c) => c.status === s)?.n ?? 0])) as Record<FreshnessStatus, number>,
    items: rows.map((r) => ({ evidenceId: r.id, enterprise: r.enterprise, indicatorCode: r.code, title: r.title, url: r.url, quote: r.quote, freshness: toFreshness(r.row) })),
  };
}
