// Reads for the public case pages: only cases that are published, consented to and of a published (or closed)
// round, with only what the public may see; searched by words, dimension, indicator, industry and street.
import { and, count, desc, eq, inArray, isNotNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PublicCase, PublicCaseQuery } from '../../shared/schemas/case';
import type { Localized } from '../../shared/schemas/common';
import type { Database } from '../db/client';
import { enterprise, evidence, indicator, practiceCase, resultEnterprise, round, street } from '../db/schema';
import { caseIndicatorsQuery } from './cases';
import { liveGeneration } from './generation';
import { enterpriseMatches, matchesSearch } from './page';
import { inList } from './people';

export const PUBLIC_CASES_PAGE_SIZE = 20;

const visible = and(isNotNull(practiceCase.publishedAt), isNotNull(practiceCase.consentAt), inArray(round.status, ['published', 'closed']));
const holds = (list: AnyColumn, value: string) => sql`EXISTS (SELECT 1 FROM json_each(${list}) WHERE value = ${value})`;

const selectPublic = (db: Database) =>
  db
    .select({
      row: practiceCase,
      enterprise: { name: enterprise.name, nameEn: enterprise.nameEn, street: enterprise.street, industry: enterprise.industry },
      roundZh: round.nameZh,
      roundEn: round.nameEn,
      grade: resultEnterprise.grade,
      total: resultEnterprise.total,
    })
    .from(practiceCase)
    .innerJoin(round, eq(round.id, practiceCase.roundId))
    .innerJoin(enterprise, eq(enterprise.id, practiceCase.enterpriseId))
    .leftJoin(
      resultEnterprise,
      and(eq(resultEnterprise.roundId, practiceCase.roundId), sql`${resultEnterprise.generation} = ${liveGeneration(practiceCase.roundId)}`, eq(resultEnterprise.enterpriseId, practiceCase.enterpriseId)),
    );

type PublicRow = Awaited<ReturnType<ReturnType<typeof selectPublic>['all']>>[number];

/** The cases with their indicators and the sources that still count (accepted, not withdrawn). */
async function toPublicCases(db: Database, rows: PublicRow[]): Promise<PublicCase[]> {
  const [indicators, sources] = await db.batch([
    caseIndicatorsQuery(db, rows.flatMap((r) => r.row.indicatorIds)),
    db
      .select({ id: evidence.id, title: evidence.title, url: evidence.url })
      .from(evidence)
      .where(and(sql`${evidence.id} IN ${inList(rows.flatMap((r) => r.row.evidenceIds))}`, eq(evidence.status, 'accepted'), sql`${evidence.deletedAt} IS NULL`)),
  ]);
  return rows.map(({ row, enterprise: e, roundZh, roundEn, grade, total }) => ({
    id: row.id,
    title: { zh: row.titleZh, en: row.titleEn },
    summary: { zh: row.summaryZh, en: row.summaryEn },
    enterprise: e,
    round: { id: row.roundId, name: { zh: roundZh, en: roundEn } },
    grade,
    total,
    indicators: row.indicatorIds.flatMap((id) => indicators.filter((i) => i.id === id).map((i) => ({ code: i.code, name: { zh: i.nameZh, en: i.nameEn }, dimensionCode: i.dimensionCode }))),
    sources: row.evidenceIds.flatMap((id) => sources.filter((s) => s.id === id).map(({ title, url }) => ({ title, url }))),
    publishedAt: row.publishedAt!,
  }));
}

/** One page of the published cases matching the query, newest first; `matches` counts them all. */
export async function publicCases(db: Database, query: PublicCaseQuery) {
  const filters: (SQL | undefined)[] = [
    visible,
    query.q ? or(matchesSearch(practiceCase.searchKey, query.q), enterpriseMatches(enterprise.id, query.q)) : undefined,
    query.dimension ? holds(practiceCase.dimensionCodes, query.dimension) : undefined,
    query.indicator ? holds(practiceCase.indicatorCodes, query.indicator) : undefined,
    query.industry ? eq(enterprise.industry, query.industry) : undefined,
    query.street ? eq(enterprise.streetId, query.street) : undefined,
  ];
  const [rows, counted] = await Promise.all([
    selectPublic(db)
      .where(and(...filters))
      .orderBy(desc(practiceCase.publishedAt), desc(practiceCase.id))
      .limit(PUBLIC_CASES_PAGE_SIZE)
      .offset((query.page - 1) * PUBLIC_CASES_PAGE_SIZE),
    db
      .select({ n: count() })
      .from(practiceCase)
      .innerJoin(round, eq(round.id, practiceCase.roundId))
      .innerJoin(enterprise, eq(enterprise.id, practiceCase.enterpriseId))
      .where(and(...filters))
      .get(),
  ]);
  return { items: await toPublicCases(db, rows), matches: counted?.n ?? 0 };
}

export async function publicCase(db: Database, id: number): Promise<PublicCase | null> {
  const row = await selectPublic(db).where(and(visible, eq(practiceCase.id, id))).get();
  return row ? (await toPublicCases(db, [row]))[0]! : null;
}

export type CaseFacets = {
  dimensions: { code: string; name: Localized }[];
  indicators: { code: string; name: Localized }[];
  industries: string[];
  /** In the registry's official order. */
  streets: { id: number; name: string; nameEn: string | null }[];
};

/** What the search form offers: the dimensions, indicators, industries and streets published cases have. */
export async function publicCaseFacets(db: Database): Promise<CaseFacets> {
  const cases = await db
    .select({ dimensions: practiceCase.dimensionCodes, indicators: practiceCase.indicatorCodes, industry: enterprise.industry, street: { id: street.id, name: street.name, nameEn: street.nameEn, position: street.position } })
    .from(practiceCase)
    .innerJoin(round, eq(round.id, practiceCase.roundId))
    .innerJoin(enterprise, eq(enterprise.id, practiceCase.enterpriseId))
    .innerJoin(street, eq(street.id, enterprise.streetId))
    .where(visible);
  const distinct = (values: string[]) => [...new Set(values)].sort();
  const codes = distinct(cases.flatMap((c) => [...c.dimensions, ...c.indicators]));
  // One name per code: a code names the same thing in every version of the framework.
  const names = await db
    .select({ code: indicator.code, level: indicator.level, zh: sql<string>`max(${indicator.nameZh})`, en: sql<string>`max(${indicator.nameEn})` })
    .from(indicator)
    .where(sql`${indicator.code} IN ${inList(codes)}`)
    .groupBy(indicator.code, indicator.level);
  const named = (level: number) => names.filter((n) => n.level === level).map((n) => ({ code: n.code, name: { zh: n.zh, en: n.en } }));
  return {
    dimensions: named(1).filter((d) => cases.some((c) => c.dimensions.includes(d.code))),
    indicators: named(3).filter((i) => cases.some((c) => c.indicators.includes(i.code))),
    industries: distinct(cases.map((c) => c.industry)),
    streets: [...new Map(cases.map(({ street: s }) => [s.id, s])).values()].sort((a, b) => a.position - b.position).map(({ id, name, nameEn }) => ({ id, name, nameEn })),
  };
}
