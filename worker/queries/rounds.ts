// Rounds, their enrolled enterprises and their framework's indicators.
import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { RoundFacts } from '../../shared/domain/round-lifecycle';
import type { Database } from '../db/client';
import { enterprise, framework, indicator, round, roundEnterprise } from '../db/schema';
import { notFound } from '../errors';
import { FROZEN } from './generation';

/** A round's columns with its framework's, for selects that join framework (and read them with toRound). */
export const roundColumns = {
  id: round.id,
  nameZh: round.nameZh,
  nameEn: round.nameEn,
  year: round.year,
  status: round.status,
  statusChangedAt: round.statusChangedAt,
  // From the round's derived state (ADR 001): a rebuild or a refresh of the ranks on its way, and when the results last changed.
  resultsStale: sql<boolean>`COALESCE((SELECT rs.rebuild_status IN ('queued', 'running') OR (rs.ranks_seq < rs.change_seq AND ${round.status} NOT IN ${FROZEN})
    FROM results_state rs WHERE rs.round_id = ${round.id}), 0)`.mapWith(Boolean),
  resultsComputedAt: sql<string | null>`(SELECT CASE WHEN rs.live_generation > 0 THEN rs.changed_at END FROM results_state rs WHERE rs.round_id = ${round.id})`,
  createdAt: round.createdAt,
  version: round.version,
  frameworkId: framework.id,
  frameworkCode: framework.code,
  frameworkVersion: framework.version,
};

type RoundRow = Pick<typeof round.$inferSelect, 'id' | 'nameZh' | 'nameEn' | 'year' | 'status' | 'statusChangedAt' | 'createdAt' | 'version'> & {
  resultsStale: boolean;
  resultsComputedAt: string | null;
  frameworkId: number;
  frameworkCode: string;
  frameworkVersion: number;
};

export const toRound = ({ nameZh, nameEn, frameworkId, frameworkCode, frameworkVersion, ...r }: RoundRow) => ({
  ...r,
  name: { zh: nameZh, en: nameEn },
  framework: { id: frameworkId, code: frameworkCode, version: frameworkVersion },
});
export type RoundRecord = ReturnType<typeof toRound>;

export async function listRounds(db: Database, onlyIds: number[] | null) {
  const query = db.select(roundColumns).from(round).innerJoin(framework, eq(framework.id, round.frameworkId));
  const rows = await (onlyIds ? query.where(inArray(round.id, onlyIds)) : query).orderBy(asc(round.id));
  return rows.map(toRound);
}

export const roundNotFound = (roundId: number) => notFound('round_not_found', `Round ${roundId} does not exist`);
export const notEnrolled = (roundId: number, enterpriseId: number) => notFound('enterprise_not_found', `Enterprise ${enterpriseId} is not enrolled in round ${roundId}`);

export async function findRound(db: Database, roundId: number) {
  const row = await db
    .select(roundColumns)
    .from(round)
    .innerJoin(framework, eq(framework.id, round.frameworkId))
    .where(eq(round.id, roundId))
    .get();
  if (!row) throw roundNotFound(roundId);
  return toRound(row);
}

/** The enterprise if it is enrolled in the round; 404 otherwise. */
export async function findEnrolledEnterprise(db: Database, roundId: number, enterpriseId: number) {
  const row = await db
    .select({ id: enterprise.id, name: enterprise.name, street: enterprise.street, streetId: enterprise.streetId, industry: enterprise.industry, status: roundEnterprise.status })
    .from(roundEnterprise)
    .innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
    .where(and(eq(roundEnterprise.roundId, roundId), eq(roundEnterprise.enterpriseId, enterpriseId)))
    .get();
  if (!row) throw notEnrolled(roundId, enterpriseId);
  return row;
}

/** A statement for a batch: every node of a framework, level by level in reading order. */
export const indicatorsQuery = (db: Database, frameworkId: number) =>
  db.select().from(indicator).where(eq(indicator.frameworkId, frameworkId)).orderBy(asc(indicator.level), asc(indicator.position));

export const toIndicatorNode = (r: typeof indicator.$inferSelect) => ({
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
});

export async function listIndicators(db: Database, frameworkId: number) {
  return (await indicatorsQuery(db, frameworkId)).map(toIndicatorNode);
}

/** What the lifecycle guards and the start warnings look at, in one statement. */
export async function roundFacts(db: Database, roundId: number, frameworkId: number): Promise<RoundFacts> {
  const facts = await db.get<Omit<RoundFacts, 'frameworkPublished'> & { frameworkPublished: number }>(sql`
    SELECT (SELECT status = 'published' FROM framework WHERE id = ${frameworkId}) AS frameworkPublished,
           (SELECT count(*) FROM round_enterprise WHERE round_id = ${roundId}) AS enrolled,
           (SELECT count(*) FROM round_enterprise WHERE round_id = ${roundId} AND status <> 'signed_off') AS notSignedOff,
           (SELECT count(*) FROM assignment WHERE round_id = ${roundId}) AS assignments,
           (SELECT count(DISTINCT expert_id) FROM assignment WHERE round_id = ${roundId}) AS assignedExperts,
           (SELECT count(*) FROM round_member WHERE round_id = ${roundId} AND role = 'reviewer') AS reviewers,
           (SELECT count(*) FROM indicator WHERE framework_id = ${frameworkId} AND level = 3) AS indicators,
           (SELECT count(*) FROM indicator i JOIN indicator g ON g.id = i.parent_id
             WHERE i.framework_id = ${frameworkId} AND i.level = 3
               AND NOT EXISTS (SELECT 1 FROM assignment a JOIN assignment_scope sc ON sc.assignment_id = a.id
                               WHERE a.round_id = ${roundId} AND sc.indicator_id IN (i.id, i.parent_id, g.parent_id))) AS uncoveredIndicators`);
  return { ...facts, frameworkPublished: Boolean(facts.frameworkPublished) };
}

/** The enrolled enterprises not signed off, counted per street, and the first `limit` of them (street, then name). */
export async function notSignedOffList(db: Database, roundId: number, limit: number) {
  const where = and(eq(roundEnterprise.roundId, roundId), ne(roundEnterprise.status, 'signed_off'));
  const [byStreet, enterprises] = await db.batch([
    db
      .select({ street: enterprise.street, count: count() })
      .from(roundEnterprise)
      .innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
      .where(where)
      .groupBy(enterprise.street)
      .orderBy(asc(enterprise.street)),
    db
      .select({ id: enterprise.id, name: enterprise.name, street: enterprise.street })
      .from(roundEnterprise)
      .innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
      .where(where)
      .orderBy(asc(enterprise.street), asc(enterprise.name), asc(enterprise.id))
      .limit(limit),
  ]);
  const total = byStreet.reduce((sum, s) => sum + s.count, 0);
  return { count: total, byStreet, enterprises, truncated: total > enterprises.length };
}

/** Whether the enterprise is enrolled in any round (a registry delete must not orphan its evaluations). */
export async function isEnrolledAnywhere(db: Database, enterpriseId: number) {
  const row = await db.select({ roundId: roundEnterprise.roundId }).from(roundEnterprise).where(eq(roundEnterprise.enterpriseId, enterpriseId)).limit(1).get();
  return row !== undefined;
}

/** Rounds not closed yet where any of the enterprises with these credit codes is enrolled: a registry edit changes what they derive. */
export async function openRoundsEnrolling(db: Database, creditCodes: readonly string[]) {
  if (creditCodes.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: round.id, frameworkId: round.frameworkId, enterpriseId: roundEnterprise.enterpriseId })
    .from(roundEnterprise)
    .innerJoin(round, eq(round.id, roundEnterprise.roundId))
    .innerJoin(enterprise, eq(enterprise.id, roundEnterprise.enterpriseId))
    .where(and(ne(round.status, 'closed'), sql`${enterprise.creditCode} IN (SELECT value FROM json_each(${JSON.stringify(creditCodes)}))`));
  return rows.map((r) => ({ round: { id: r.id, framework: { id: r.frameworkId } }, enterpriseId: r.enterpriseId }));
}
