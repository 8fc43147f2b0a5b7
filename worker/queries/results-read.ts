// Reading computed results: the ranking page by page, and one enterprise from its total down to each indicator.
import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { ResultsQuery, ResultSummary } from '../../shared/schemas/result';
import type { Database } from '../db/client';
import { enterprise, rankOrder, resultEnterprise, roundEnterprise, UNRANKED } from '../db/schema';
import type { EnterpriseScope } from '../policy/scope';
import { afterKey, decodeCursor, pageOf } from './cursor';
import { enterpriseScopeFilter } from './enterprises';
import { liveGeneration } from './generation';

const summaryColumns = {
  result: resultEnterprise,
  enterprise: { id: enterprise.id, name: enterprise.name, creditCode: enterprise.creditCode, street: enterprise.street, industry: enterprise.industry },
  enrolment: roundEnterprise.status,
};
type SummaryRow = { result: typeof resultEnterprise.$inferSelect; enterprise: ResultSummary['enterprise']; enrolment: 'enrolled' | 'signed_off' };

const toSummary = ({ result: r, enterprise: e, enrolment }: SummaryRow): ResultSummary => ({
  enterprise: e,
  weightedTotal: r.weightedTotal,
  adjustmentTotal: r.adjustmentTotal,
  total: r.total,
  bandGrade: r.bandGrade,
  grade: r.grade,
  vetoCodes: r.vetoCodes,
  completeness: r.completeness,
  scoredShare: r.scoredShare,
  provisional: r.provisional,
  disagreementCount: r.disagreementCount,
  unsettledCount: r.unsettledCount,
  rankOverall: r.rankOverall,
  rankStreet: r.rankStreet,
  rankIndustry: r.rankIndustry,
  signedOff: enrolment === 'signed_off',
});

const selectSummaries = (db: Database) =>
  db
    .select(summaryColumns)
    .from(resultEnterprise)
    .innerJoin(enterprise, eq(enterprise.id, resultEnterprise.enterpriseId))
    .innerJoin(roundEnterprise, and(eq(roundEnterprise.roundId, resultEnterprise.roundId), eq(roundEnterprise.enterpriseId, resultEnterprise.enterpriseId)));

/** Rows of the round's live generation (ADR 001): one statement sees one whole generation. */
const ofLiveResults = (roundId: number) => and(eq(resultEnterprise.roundId, roundId), sql`${resultEnterprise.generation} = ${liveGeneration(roundId)}`);

/**
 * The order of each listing and a row's key in it: the expression and column of an index (result_enterprise_ranking,
 * _street_order, _industry_order), so that a page walks the index. The places within streets (streets in the
 * registry's order) and within industries are numbered with the ranks (rankStatement).
 */
const listing = (column: AnySQLiteColumn, keyOf: (r: SummaryRow) => number | null) => ({
  order: [rankOrder(column), sql`${resultEnterprise.enterpriseId}`],
  keyOf: (r: SummaryRow) => [keyOf(r) ?? UNRANKED, r.enterprise.id],
});
const rankings: Record<'overall' | 'street' | 'industry', { order: SQL[]; keyOf: (r: SummaryRow) => (string | number)[] }> = {
  overall: listing(resultEnterprise.rankOverall, (r) => r.result.rankOverall),
  street: listing(resultEnterprise.streetOrder, (r) => r.result.streetOrder),
  industry: listing(resultEnterprise.industryOrder, (r) => r.result.industryOrder),
};

/** The enterprises a ranking lists: the round's live results under the query's filters on them… */
const resultFilters = (roundId: number, query: z.infer<typeof ResultsQuery>) => [ofLiveResults(roundId), query.grade ? eq(resultEnterprise.grade, query.grade) : undefined];
/** …that the reader may see, under the filters on the registry's side (none for a reader who sees every enterprise and filters by neither street nor industry). */
const enterpriseFilters = (scope: EnterpriseScope, query: z.infer<typeof ResultsQuery>) =>
  [enterpriseScopeFilter(scope), query.streetId ? eq(enterprise.streetId, query.streetId) : undefined, query.industry ? eq(enterprise.industry, query.industry) : undefined].filter(
    (filter) => filter !== undefined,
  );

/** How many enterprises a ranking lists: without filters on the registry's side, from the results' own index, not joined with the registry (10,000 rows fewer read at the 10k tier). */
function rankingCountQuery(db: Database, roundId: number, scope: EnterpriseScope, query: z.infer<typeof ResultsQuery>) {
  const counting = db.select({ n: count() }).from(resultEnterprise);
  const ofEnterprise = enterpriseFilters(scope, query);
  if (ofEnterprise.length === 0) return counting.where(and(...resultFilters(roundId, query)));
  return counting.innerJoin(enterprise, eq(enterprise.id, resultEnterprise.enterpriseId)).where(and(...resultFilters(roundId, query), ...ofEnterprise));
}

/** The statement of one ranking page (one row more than the page, to know whether another follows). */
export function rankingPageQuery(db: Database, roundId: number, scope: EnterpriseScope, query: z.infer<typeof ResultsQuery>) {
  const { order } = rankings[query.by];
  const cursor = decodeCursor(query.cursor, order.length);
  return selectSummaries(db)
    .where(and(...resultFilters(roundId, query), ...enterpriseFilters(scope, query), cursor ? afterKey(order, cursor) : undefined))
    .orderBy(...order)
    .limit(query.limit + 1);
}

/**
 * A page of the ranking, and how many enterprises it lists in all, read side by side. Not one D1 batch: drizzle maps a
 * batch's rows by column name, and the join's repeated names (id, round_id) would shift every field.
 */
export async function listResults(db: Database, roundId: number, scope: EnterpriseScope, query: z.infer<typeof ResultsQuery>) {
  const [rows, counted] = await Promise.all([rankingPageQuery(db, roundId, scope, query), rankingCountQuery(db, roundId, scope, query)]);
  const page = pageOf(rows, query.limit, rankings[query.by].keyOf);
  return { items: page.items.map(toSummary), nextCursor: page.nextCursor, total: counted[0]!.n };
}

export async function findResultSummary(db: Database, roundId: number, enterpriseId: number) {
  const row = await selectSummaries(db)
    .where(and(ofLiveResults(roundId), eq(resultEnterprise.enterpriseId, enterpriseId)))
    .get();
  return row ? toSummary(row) : null;
}

