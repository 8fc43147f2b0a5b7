// Rounds, their enrolled enterprises and their framework's indicators.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { enterprise, framework, indicator, round, roundEnterprise } from '../db/schema';
import { notFound } from '../errors';

const roundColumns = {
  id: round.id,
  nameZh: round.nameZh,
  nameEn: round.nameEn,
  year: round.year,
  status: round.status,
  frameworkId: framework.id,
  frameworkCode: framework.code,
  frameworkVersion: framework.version,
};

type RoundRow = { [K in keyof typeof roundColumns]: (typeof roundColumns)[K]['_']['data'] };

export const toRound = (r: RoundRow) => ({
  id: r.id,
  name: { zh: r.nameZh, en: r.nameEn },
  year: r.year,
  status: r.status,
  framework: { id: r.frameworkId, code: r.frameworkCode, version: r.frameworkVersion },
});

export async function listRounds(db: Database, onlyIds: number[] | null) {
  const query = db.select(roundColumns).from(round).innerJoin(framework, eq(framework.id, round.frameworkId));
  const rows = await (onlyIds ? query.where(inArray(round.id, onlyIds)) : query).orderBy(asc(round.id));
  return rows.map(toRound);
}

export async function findRound(db: Database, roundId: number) {
  const row = await db
    .select(roundColumns)
    .from(round)
    .innerJoin(framework, eq(framework.id, round.frameworkId))
    .where(eq(round.id, roundId))
    .get();
  if (!row) throw notFound('round_not_found', `Round ${roundId} does not exist`);
  return toRound(row);
}

/** The enterprise if it is enrolled in the round; 404 otherwise. */
export async function findEnrolledEnterprise(db: Database, roundId: number, enterpriseId: number) {
  const row = await db
    .select({ id: enterprise.id, name: enterprise.name, street: enterprise.street, industry: enterprise.industry })
    .from(roundEnterprise)
    .innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
    .where(and(eq(roundEnterprise.roundId, roundId), eq(roundEnterprise.enterpriseId, enterpriseId)))
    .get();
  if (!row) throw notFound('enterprise_not_found', `Enterprise ${enterpriseId} is not enrolled in round ${roundId}`);
  return row;
}

/** A scored (level 3) indicator of the framework; 404 otherwise. */
export async function findScoredIndicator(db: Database, frameworkId: number, indicatorId: number) {
  const row = await db
    .select({ id: indicator.id, code: indicator.code })
    .from(indicator)
    .where(and(eq(indicator.id, indicatorId), eq(indicator.frameworkId, frameworkId), eq(indicator.level, 3)))
    .get();
  if (!row) throw notFound('indicator_not_found', `Indicator ${indicatorId} is not a scored indicator of this round's framework`);
  return row;
}

export async function listIndicators(db: Database, frameworkId: number) {
  const rows = await db
    .select()
    .from(indicator)
    .where(eq(indicator.frameworkId, frameworkId))
    .orderBy(asc(indicator.level), asc(indicator.position));
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parentId,
    level: r.level as 1 | 2 | 3,
    position: r.position,
    code: r.code,
    name: { zh: r.nameZh, en: r.nameEn },
    guidance: r.guidanceZh && r.guidanceEn ? { zh: r.guidanceZh, en: r.guidanceEn } : null,
    kind: r.kind,
    industries: r.industries,
    weight: r.weight,
    maxScore: r.maxScore,
    rubric: r.rubric,
    keywords: { zh: r.keywordsZh, en: r.keywordsEn },
    validity: r.validity,
  }));
}
