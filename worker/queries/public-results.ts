// Reads for the public pages: only rounds that are published or closed, and of them only the columns
// the public may see (names, streets, industries, ranks, totals, grades, dimension scores, commendations).
import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { PublicEnterpriseResult, PublicRankingQuery, PublicRound } from '../../shared/schemas/public-results';
import type { Database } from '../db/client';
import { enterprise, framework, indicator, resultEnterprise, round, roundEnterprise, street } from '../db/schema';
import { commendationTitles } from './commendations';
import { dimensionScoresJson, parseDimensionScores } from './dimension-scores';
import { liveGeneration } from './generation';
import { enterpriseMatches } from './page';

const publicStates = ['published', 'closed'] as const;
export const PUBLIC_PAGE_SIZE = 50;

export async function listPublicRounds(db: Database): Promise<PublicRound[]> {
  const rows = await db
    .select({ id: round.id, nameZh: round.nameZh, nameEn: round.nameEn, year: round.year, publishedAt: round.statusChangedAt, enterprises: count(roundEnterprise.enterpriseId) })
    .from(round)
    .leftJoin(roundEnterprise, eq(roundEnterprise.roundId, round.id))
    .where(inArray(round.status, [...publicStates]))
    .groupBy(round.id)
    .orderBy(sql`${round.year} DESC`, sql`${round.id} DESC`);
  return rows.map(({ nameZh, nameEn, ...r }) => ({ ...r, name: { zh: nameZh, en: nameEn } }));
}

/** The round if the public may see it, with its dimensions in order; null otherwise. */
export async function findPublicRound(db: Database, roundId: number) {
  const found = await db
    .select({ id: round.id, nameZh: round.nameZh, nameEn: round.nameEn, year: round.year, publishedAt: round.statusChangedAt, frameworkId: round.frameworkId, frameworkZh: framework.nameZh, frameworkEn: framework.nameEn, frameworkVersion: framework.version })
    .from(round)
    .innerJoin(framework, eq(framework.id, round.frameworkId))
    .where(and(eq(round.id, roundId), inArray(round.status, [...publicStates])))
    .get();
  if (!found) return null;
  const dimensions = await db
    .select({ code: indicator.code, nameZh: indicator.nameZh, nameEn: indicator.nameEn })
    .from(indicator)
    .where(and(eq(indicator.frameworkId, found.frameworkId), eq(indicator.level, 1)))
    .orderBy(asc(indicator.position));
  return {
    id: found.id,
    name: { zh: found.nameZh, en: found.nameEn },
    year: found.year,
    publishedAt: found.publishedAt,
    framework: { name: { zh: found.frameworkZh, en: found.frameworkEn }, version: found.frameworkVersion },
    dimensions: dimensions.map((d) => ({ code: d.code, name: { zh: d.nameZh, en: d.nameEn } })),
  };
}
export type PublicRoundDetail = NonNullable<Awaited<ReturnType<typeof findPublicRound>>>;

const selectPublic = (db: Database) =>
  db
    .select({
      enterprise: { id: enterprise.id, name: enterprise.name, nameEn: enterprise.nameEn, street: enterprise.street, industry: enterprise.industry },
      rank: resultEnterprise.rankOverall,
      total: resultEnterprise.total,
      grade: resultEnterprise.grade,
      dimensions: dimensionScoresJson,
    })
    .from(resultEnterprise)
    .innerJoin(enterprise, eq(enterprise.id, resultEnterprise.enterpriseId));

type PublicRow = Omit<PublicEnterpriseResult, 'dimensions' | 'commendations'> & { dimensions: string | null };

async function withCommendations(db: Database, roundId: number, rows: PublicRow[]): Promise<PublicEnterpriseResult[]> {
  const titles = await commendationTitles(db, roundId);
  return rows.map((r) => ({ ...r, dimensions: parseDimensionScores(r.dimensions), commendations: titles.get(r.enterprise.id) ?? [] }));
}

const liveResults = (roundId: number) => and(eq(resultEnterprise.roundId, roundId), sql`${resultEnterprise.generation} = ${liveGeneration(roundId)}`);

/** How many enterprises of the round hold a rank: what "277 / 500" counts against. */
async function rankedCount(db: Database, roundId: number) {
  const row = await db.select({ n: count() }).from(resultEnterprise).where(and(liveResults(roundId), isNotNull(resultEnterprise.rankOverall))).get();
  return row?.n ?? 0;
}

/** One page of the round's ranking, searched by enterprise name and narrowed by street and industry; `matches`
 *  counts every match, `ranked` every ranked enterprise of the round (the filters do not change a rank). */
export async function publicRanking(db: Database, roundId: number, query: PublicRankingQuery) {
  const where = and(
    liveResults(roundId),
    query.q ? enterpriseMatches(enterprise.id, query.q) : undefined,
    query.street === undefined ? undefined : eq(enterprise.streetId, query.street),
    query.industry === undefined ? undefined : eq(enterprise.industry, query.industry),
  );
  const [rows, total, ranked] = await Promise.all([
    selectPublic(db)
      .where(where)
      .orderBy(sql`COALESCE(${resultEnterprise.rankOverall}, ${2 ** 31})`, asc(enterprise.name), asc(enterprise.id))
      .limit(PUBLIC_PAGE_SIZE)
      .offset((query.page - 1) * PUBLIC_PAGE_SIZE),
    db.select({ n: count() }).from(resultEnterprise).innerJoin(enterprise, eq(enterprise.id, resultEnterprise.enterpriseId)).where(where).get(),
    rankedCount(db, roundId),
  ]);
  return { items: await withCommendations(db, roundId, rows), matches: total?.n ?? 0, ranked };
}

/** The streets (in the registry's order) and industries of the round's published enterprises, for the filters. */
export async function publicRankingFacets(db: Database, roundId: number) {
  const present = db
    .selectDistinct({ streetId: enterprise.streetId, industry: enterprise.industry })
    .from(resultEnterprise)
    .innerJoin(enterprise, eq(enterprise.id, resultEnterprise.enterpriseId))
    .where(liveResults(roundId));
  const [pairs, streets] = await Promise.all([present, db.select({ id: street.id, name: street.name, nameEn: street.nameEn }).from(street).orderBy(asc(street.position))]);
  const streetIds = new Set(pairs.map((p) => p.streetId));
  return { streets: streets.filter((s) => streetIds.has(s.id)), industries: [...new Set(pairs.map((p) => p.industry))].sort() };
}
export type PublicRankingFacets = Awaited<ReturnType<typeof publicRankingFacets>>;

/** One enterprise's published result, with how many enterprises of the round are ranked. */
export async function publicEnterpriseResult(db: Database, roundId: number, enterpriseId: number) {
  const [row, ranked] = await Promise.all([selectPublic(db).where(and(liveResults(roundId), eq(resultEnterprise.enterpriseId, enterpriseId))).get(), rankedCount(db, roundId)]);
  return row ? { result: (await withCommendations(db, roundId, [row]))[0]!, ranked } : null;
}
