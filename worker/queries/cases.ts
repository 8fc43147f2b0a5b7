// Good-practice cases in the console's shape (with their indicators, sources and consent), narrowed to
// what the actor may see, and the checks that a new case's indicators and sources belong to it.
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Case } from '../../shared/schemas/case';
import type { Database } from '../db/client';
import { enterprise, evidence, indicator, practiceCase } from '../db/schema';
import { invalidField, notFound } from '../errors';
import type { EnterpriseScope } from '../policy/scope';
import { enterpriseScopeFilter } from './enterprises';
import { displayNamesQuery, inList, lookup } from './people';

const selectCases = (db: Database) =>
  db
    .select({ row: practiceCase, name: enterprise.name, street: enterprise.street, industry: enterprise.industry })
    .from(practiceCase)
    .innerJoin(enterprise, eq(enterprise.id, practiceCase.enterpriseId));

type CaseJoin = Awaited<ReturnType<ReturnType<typeof selectCases>['all']>>[number];

/** The level-3 indicators with their dimension's code, for cases and their checks. */
export const caseIndicatorsQuery = (db: Database, ids: number[]) =>
  db
    .select({
      id: indicator.id,
      frameworkId: indicator.frameworkId,
      level: indicator.level,
      code: indicator.code,
      nameZh: indicator.nameZh,
      nameEn: indicator.nameEn,
      // Written out: drizzle leaves columns unqualified in a one-table select, which the subquery would capture.
      dimensionCode: sql<string>`(SELECT d.code FROM indicator g JOIN indicator d ON d.id = g.parent_id WHERE g.id = "indicator"."parent_id")`,
    })
    .from(indicator)
    .where(sql`${indicator.id} IN ${inList(ids)}`);

/** The sources: the cases' evidence, whatever its state now (the public pages show only what still counts). */
const sourcesQuery = (db: Database, ids: number[]) =>
  db
    .select({ id: evidence.id, title: evidence.title, url: evidence.url, indicatorId: evidence.indicatorId, status: evidence.status, deletedAt: evidence.deletedAt })
    .from(evidence)
    .where(sql`${evidence.id} IN ${inList(ids)}`);

async function toCases(db: Database, rows: CaseJoin[]): Promise<Case[]> {
  const indicatorIds = rows.flatMap((r) => r.row.indicatorIds);
  const evidenceIds = rows.flatMap((r) => r.row.evidenceIds);
  const people = rows.flatMap((r) => [r.row.createdBy, ...(r.row.consentBy === null ? [] : [r.row.consentBy])]);
  const [indicators, sources, names] = await db.batch([caseIndicatorsQuery(db, indicatorIds), sourcesQuery(db, evidenceIds), displayNamesQuery(db, people)]);
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const name = lookup(names, 'displayName');
  const person = (id: number) => ({ id, displayName: name.get(id) ?? `#${id}` });
  return rows.map(({ row, ...e }) => ({
    id: row.id,
    roundId: row.roundId,
    enterprise: { id: row.enterpriseId, name: e.name, street: e.street, industry: e.industry },
    title: { zh: row.titleZh, en: row.titleEn },
    summary: { zh: row.summaryZh, en: row.summaryEn },
    indicators: row.indicatorIds.flatMap((id) => {
      const i = indicatorById.get(id);
      return i ? [{ id, code: i.code, name: { zh: i.nameZh, en: i.nameEn }, dimensionCode: i.dimensionCode }] : [];
    }),
    sources: row.evidenceIds.flatMap((id) => {
      const s = sourceById.get(id);
      return s ? [{ evidenceId: id, title: s.title, url: s.url, indicatorCode: indicatorById.get(s.indicatorId)?.code ?? '' }] : [];
    }),
    consent:
      row.consentMethod && row.consentBy !== null && row.consentAt
        ? { method: row.consentMethod, by: person(row.consentBy), at: row.consentAt, note: row.consentNote }
        : null,
    publishedAt: row.publishedAt,
    createdBy: person(row.createdBy),
    createdAt: row.createdAt,
    version: row.version,
  }));
}

export async function listCases(db: Database, roundId: number, scope: EnterpriseScope) {
  const rows = await selectCases(db)
    .where(and(eq(practiceCase.roundId, roundId), enterpriseScopeFilter(scope)))
    .orderBy(desc(practiceCase.id));
  return toCases(db, rows);
}

export async function findCase(db: Database, id: number) {
  const row = await selectCases(db).where(eq(practiceCase.id, id)).get();
  if (!row) throw notFound('case_not_found', `Good-practice case ${id} does not exist`);
  return (await toCases(db, [row]))[0]!;
}

/**
 * The indicators (scored ones of the round's framework) and sources (accepted, live evidence of the enterprise
 * in the round) a new case names; a 400 naming the field when any is not.
 */
export async function caseParts(db: Database, target: { roundId: number; frameworkId: number; enterpriseId: number }, indicatorIds: number[], evidenceIds: number[]) {
  const [indicators, sources] = await db.batch([
    caseIndicatorsQuery(db, indicatorIds),
    db
      .select({ id: evidence.id })
      .from(evidence)
      .where(
        and(
          inArray(evidence.id, evidenceIds),
          eq(evidence.roundId, target.roundId),
          eq(evidence.enterpriseId, target.enterpriseId),
          eq(evidence.status, 'accepted'),
          isNull(evidence.deletedAt),
        ),
      ),
  ]);
  const scored = indicators.filter((i) => i.frameworkId === target.frameworkId && i.level === 3);
  const missingIndicators = indicatorIds.filter((id) => !scored.some((i) => i.id === id));
  if (missingIndicators.length > 0) throw invalidField('indicatorIds', 'indicator_not_scored', `Not scored indicators of the round's framework: ${missingIndicators.join(', ')}`, { values: missingIndicators.map(String) });
  const missingSources = evidenceIds.filter((id) => !sources.some((s) => s.id === id));
  if (missingSources.length > 0) throw invalidField('evidenceIds', 'evidence_not_accepted', `Not accepted evidence of the enterprise in the round: ${missingSources.join(', ')}`, { values: missingSources.map(String) });
  const ordered = indicatorIds.map((id) => scored.find((i) => i.id === id)!);
  return { indicatorCodes: ordered.map((i) => i.code), dimensionCodes: [...new Set(ordered.map((i) => i.dimensionCode))] };
}
