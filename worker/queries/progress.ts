// A round's progress from its counters (progress-sql.ts keeps them): per street and per expert as rollups the
// refresh job caches (jobs/refresh.ts), and per enterprise as pages ordered by how far behind each is, read
// from the counters and the live results directly. Slot figures come from the live generation's results.
import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { progressGaps } from '../../shared/domain/progress';
import type { EnterpriseProgress, EnterpriseProgressQuery, ExpertProgress, ProgressSort, StreetProgress } from '../../shared/schemas/progress';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';
import { enterprise, progressEnterprise, resultEnterprise } from '../db/schema';
import type { EnterpriseScope } from '../policy/scope';
import { afterKey, decodeCursor, pageOf } from './cursor';
import { enterpriseScopeFilter } from './enterprises';
import { liveGeneration } from './generation';

type StreetRow = { street_id: number; street: string; enterprises: number; evidence: number; accepted: number; applicable: number; scored: number; open: number; signed_off: number };
type ExpertRow = { id: number; display_name: string; bureau: string | null; street_id: number | null; assigned: number; scored: number; evidence: number; open: number };

/** Each expert's figures per street (by registry id), so a coordinator's view is a filter and the district's a sum. */
export type ExpertRollup = { expert: ExpertProgress['expert']; streets: Record<string, Omit<ExpertProgress, 'expert'>> };
export type ProgressRollup = { streets: StreetProgress[]; experts: ExpertRollup[] };

/** Per registry street, in official order (enterprises without one are in no street's figures). */
const streetRollup = (roundId: number) => sql`
  SELECT pe.street_id, s.name AS street, COUNT(*) AS enterprises, SUM(pe.signed_off) AS signed_off, SUM(pe.evidence_items) AS evidence, SUM(pe.accepted_items) AS accepted,
    COALESCE(SUM(re.applicable_count), 0) AS applicable, COALESCE(SUM(re.scored_count), 0) AS scored, COALESCE(SUM(re.unsettled_count), 0) AS open
  FROM progress_enterprise pe JOIN street s ON s.id = pe.street_id
  LEFT JOIN result_enterprise re ON re.round_id = pe.round_id AND re.generation = ${liveGeneration(roundId)} AND re.enterprise_id = pe.enterprise_id
  WHERE pe.round_id = ${roundId}
  GROUP BY pe.street_id ORDER BY s.position, s.id`;

const expertRollup = (roundId: number) => sql`
  SELECT m.user_id AS id, u.display_name, m.bureau, px.street_id, COALESCE(SUM(px.assigned), 0) AS assigned, COALESCE(SUM(px.scored), 0) AS scored,
    COALESCE(SUM(px.evidence), 0) AS evidence, COALESCE(SUM(px.open), 0) AS open
  FROM round_member m JOIN user u ON u.id = m.user_id
  LEFT JOIN progress_expert px ON px.round_id = m.round_id AND px.expert_id = m.user_id
  WHERE m.round_id = ${roundId} AND m.role = 'expert'
  GROUP BY m.user_id, px.street_id ORDER BY u.display_name, m.user_id`;

/** The two rollup statements, for one batch. */
export const progressRollupQueries = (roundId: number): SQL[] => [streetRollup(roundId), expertRollup(roundId)];

export function toProgressRollup([streets, experts]: [StreetRow[], ExpertRow[]]): ProgressRollup {
  const byExpert = new Map<number, ExpertRollup>();
  for (const r of experts) {
    const entry = byExpert.get(r.id) ?? { expert: { id: r.id, displayName: r.display_name, bureau: r.bureau }, streets: {} };
    byExpert.set(r.id, entry);
    if (r.street_id !== null) entry.streets[r.street_id] = { assignedSlots: r.assigned, scoredSlots: r.scored, evidence: r.evidence, openDisagreements: r.open };
  }
  return {
    streets: streets.map((r) => ({
      streetId: r.street_id,
      street: r.street,
      enterprises: r.enterprises,
      evidence: r.evidence,
      acceptedEvidence: r.accepted,
      applicableSlots: r.applicable,
      scoredSlots: r.scored,
      openDisagreements: r.open,
      signedOff: r.signed_off,
    })),
    experts: [...byExpert.values()],
  };
}

export async function progressRollup(db: Database, roundId: number): Promise<ProgressRollup> {
  const results = await runBatch(db, progressRollupQueries(roundId));
  return toProgressRollup(results.map((r) => r.results) as [StreetRow[], ExpertRow[]]);
}

const zero = { assignedSlots: 0, scoredSlots: 0, evidence: 0, openDisagreements: 0 };

/** The district's figures, or one street's (a coordinator's, by registry id). */
export function progressOf(rollup: ProgressRollup, streetId: number | null): { streets: StreetProgress[]; experts: ExpertProgress[] } {
  return {
    streets: streetId === null ? rollup.streets : rollup.streets.filter((s) => s.streetId === streetId),
    experts: rollup.experts.map(({ expert, streets }) => {
      const parts = streetId === null ? Object.values(streets) : [streets[streetId] ?? zero];
      return {
        expert,
        assignedSlots: parts.reduce((n, p) => n + p.assignedSlots, 0),
        scoredSlots: parts.reduce((n, p) => n + p.scoredSlots, 0),
        evidence: parts.reduce((n, p) => n + p.evidence, 0),
        openDisagreements: parts.reduce((n, p) => n + p.openDisagreements, 0),
      };
    }),
  };
}

/** The slot figures of the live results, zero where an enterprise has none yet. */
const slots = {
  applicable: sql<number>`COALESCE(${resultEnterprise.applicableCount}, 0)`,
  evidenced: sql<number>`COALESCE(${resultEnterprise.evidencedCount}, 0)`,
  scored: sql<number>`COALESCE(${resultEnterprise.scoredCount}, 0)`,
  open: sql<number>`COALESCE(${resultEnterprise.unsettledCount}, 0)`,
};

/** Each sort's measure in SQL, as progressGaps computes it. */
const measures: Record<ProgressSort, SQL> = {
  evidence: sql`(${slots.applicable} - ${slots.evidenced})`,
  scores: sql`(${slots.applicable} - ${slots.scored})`,
  disagreements: sql`${slots.open}`,
  overdue: sql`(${progressEnterprise.requestsOverdue} + ${progressEnterprise.reportsOverdue})`,
  behind: sql`((${slots.applicable} - ${slots.evidenced}) + (${slots.applicable} - ${slots.scored}) + ${slots.open} + ${progressEnterprise.requestsOverdue} + ${progressEnterprise.reportsOverdue})`,
};

/** The live generation's results of the enterprise a progress row counts. */
const liveResultOf = (roundId: number, enterpriseId: SQL | typeof progressEnterprise.enterpriseId) =>
  and(eq(resultEnterprise.roundId, roundId), sql`${resultEnterprise.generation} = ${liveGeneration(roundId)}`, eq(resultEnterprise.enterpriseId, enterpriseId));

/**
 * One page of the enterprises in scope, most behind (by `query.sort`) first. The page's keys are found from the
 * counters and results alone (the scope as a subquery on enterprise): joining the registry for names before
 * the sort looked up all 10,000 enterprises to keep 51.
 */
export async function enterpriseProgress(db: Database, roundId: number, scope: EnterpriseScope, query: z.infer<typeof EnterpriseProgressQuery>) {
  const measure = measures[query.sort];
  // Descending by the measure, ascending by id, as one ascending key for the cursor.
  const order: SQL[] = [sql`-${measure}`, sql`${progressEnterprise.enterpriseId}`];
  const cursor = decodeCursor(query.cursor, order.length);
  const inScope = [enterpriseScopeFilter(scope), query.street ? eq(enterprise.street, query.street) : undefined].filter((c): c is SQL => c !== undefined);
  const listed = and(
    eq(progressEnterprise.roundId, roundId),
    inScope.length ? sql`${progressEnterprise.enterpriseId} IN (SELECT ${enterprise.id} FROM ${enterprise} WHERE ${and(...inScope)})` : undefined,
  );
  const keys = db
    .select({ enterpriseId: sql<number>`${progressEnterprise.enterpriseId}`.as('page_enterprise_id'), key: sql<number>`-${measure}`.as('page_key') })
    .from(progressEnterprise)
    .leftJoin(resultEnterprise, liveResultOf(roundId, progressEnterprise.enterpriseId))
    .where(and(listed, cursor ? afterKey(order, cursor) : undefined))
    .orderBy(...order)
    .limit(query.limit + 1)
    .as('page_keys');
  const [rows, counted] = await Promise.all([
    db
      .select({ counters: progressEnterprise, name: enterprise.name, street: enterprise.street, ...slots, key: keys.key })
      .from(keys)
      .innerJoin(progressEnterprise, and(eq(progressEnterprise.roundId, roundId), sql`${progressEnterprise.enterpriseId} = ${keys.enterpriseId}`))
      .innerJoin(enterprise, sql`${enterprise.id} = ${keys.enterpriseId}`)
      .leftJoin(resultEnterprise, liveResultOf(roundId, sql`${keys.enterpriseId}`))
      .orderBy(sql`${keys.key}`, sql`${keys.enterpriseId}`),
    db.select({ n: count() }).from(progressEnterprise).where(listed),
  ]);
  const page = pageOf(rows, query.limit, (r) => [r.key, r.counters.enterpriseId]);
  return {
    items: page.items.map(({ counters: c, name, street, ...s }): EnterpriseProgress => {
      const gaps = progressGaps({ applicableSlots: s.applicable, evidencedSlots: s.evidenced, scoredSlots: s.scored, openDisagreements: s.open, requestsOverdue: c.requestsOverdue, reportsOverdue: c.reportsOverdue });
      return {
        enterprise: { id: c.enterpriseId, name, street },
        applicableSlots: s.applicable,
        evidencedSlots: s.evidenced,
        missingEvidence: gaps.evidence,
        scoredSlots: s.scored,
        unscoredSlots: gaps.scores,
        scores: c.scoreCount,
        evidence: c.evidenceItems,
        acceptedEvidence: c.acceptedItems,
        openDisagreements: s.open,
        requestsWaiting: c.requestsWaiting,
        requestsOverdue: c.requestsOverdue,
        reportsOverdue: c.reportsOverdue,
        signedOff: c.signedOff,
        behind: gaps.behind,
      };
    }),
    nextCursor: page.nextCursor,
    total: counted[0]!.n,
  };
}
