// The rows behind each download of a round, read whole (no pages) and narrowed to what the actor may see.
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { ExportDataset } from '../../shared/schemas/exports';
import type { Database } from '../db/client';
import { validityOn } from '../../shared/domain/evidence-validity';
import { adjustment, enterprise, evidence, indicator, resultEnterprise, resultIndicator, roundEnterprise, score, scoreSettlement, user } from '../db/schema';
import { agreementTable } from '../domain/agreement-table';
import { visiblePerson } from '../domain/evaluator-names';
import { evidenceTable, resultsTable, scoresTable, type ResultExportRow } from '../domain/export-tables';
import type { ExportTable } from '../domain/export-table';
import type { ExportLocale } from '../domain/export-locale';
import type { EnterpriseScope } from '../policy/scope';
import { commendationTitles } from './commendations';
import { dimensionScoresJson, parseDimensionScores } from './dimension-scores';
import { enterpriseScopeFilter } from './enterprises';
import { today } from '../today';
import { adjustmentSummary } from './adjustments';
import { capturedByStaff } from './evidence';
import { roundAgreement } from './agreement';
import { pinnedFramework } from './pinned-framework';
import { listIndicators } from './rounds';
import { slotScoredBy } from './scores';

export type ExportInput = {
  round: { id: number; framework: { id: number } };
  scope: EnterpriseScope;
  /** Only this enterprise, when given. */
  enterpriseId?: number;
  /** Whether the reader may see which evaluator gave a score or captured evidence. */
  showExperts: boolean;
  /** Blind scoring: the expert who reads only the scores of the slots they scored (policy/scope.ts blindExpert). */
  blindExpert: number | null;
  /** The reader's language and time zone. */
  locale: ExportLocale;
};

const narrowed = (input: ExportInput): (SQL | undefined)[] => [enterpriseScopeFilter(input.scope), input.enterpriseId ? eq(enterprise.id, input.enterpriseId) : undefined];

async function resultRows(db: Database, input: ExportInput): Promise<ExportTable> {
  const [rows, nodes, commendations, confirmed, { settings }] = await Promise.all([
    db
      .select({ result: resultEnterprise, enterprise: { creditCode: enterprise.creditCode, name: enterprise.name, street: enterprise.street, industry: enterprise.industry }, status: roundEnterprise.status, dimensions: dimensionScoresJson })
      .from(resultEnterprise)
      .innerJoin(enterprise, eq(enterprise.id, resultEnterprise.enterpriseId))
      .innerJoin(roundEnterprise, and(eq(roundEnterprise.roundId, resultEnterprise.roundId), eq(roundEnterprise.enterpriseId, resultEnterprise.enterpriseId)))
      .where(and(eq(resultEnterprise.roundId, input.round.id), ...narrowed(input)))
      .orderBy(sql`COALESCE(${resultEnterprise.rankOverall}, ${2 ** 31})`, asc(enterprise.id)),
    listIndicators(db, input.round.framework.id),
    commendationTitles(db, input.round.id),
    db.select().from(adjustment).where(and(eq(adjustment.roundId, input.round.id), eq(adjustment.status, 'confirmed'))),
    pinnedFramework(db, input.round.framework.id),
  ]);
  const adjustmentsOf = (enterpriseId: number) => adjustmentSummary(confirmed.filter((a) => a.enterpriseId === enterpriseId), settings).lines;
  const lines = rows.map(
    ({ result: r, enterprise: e, status, dimensions }): ResultExportRow => ({
      enterprise: e,
      rankOverall: r.rankOverall,
      rankStreet: r.rankStreet,
      rankIndustry: r.rankIndustry,
      weightedTotal: r.weightedTotal,
      adjustmentTotal: r.adjustmentTotal,
      adjustments: adjustmentsOf(r.enterpriseId),
      total: r.total,
      grade: r.grade,
      bandGrade: r.bandGrade,
      vetoCodes: r.vetoCodes,
      completeness: r.completeness,
      signedOff: status === 'signed_off',
      dimensions: parseDimensionScores(dimensions),
      commendations: commendations.get(r.enterpriseId) ?? [],
    }),
  );
  return resultsTable(
    input.locale,
    lines,
    nodes.filter((n) => n.level === 1),
    new Map(nodes.map((n) => [n.code, n.name])),
  );
}

async function scoreRows(db: Database, input: ExportInput): Promise<ExportTable> {
  const rows = await db
    .select({ score, enterprise: { creditCode: enterprise.creditCode, name: enterprise.name }, indicator: { code: indicator.code, nameZh: indicator.nameZh, nameEn: indicator.nameEn, rubric: indicator.rubric }, expert: user.displayName, consensus: resultIndicator.consensus, settledValue: scoreSettlement.value, settledReason: scoreSettlement.reason })
    .from(score)
    .innerJoin(enterprise, eq(enterprise.id, score.enterpriseId))
    .innerJoin(indicator, eq(indicator.id, score.indicatorId))
    .innerJoin(user, eq(user.id, score.expertId))
    .leftJoin(resultIndicator, and(eq(resultIndicator.roundId, score.roundId), eq(resultIndicator.enterpriseId, score.enterpriseId), eq(resultIndicator.indicatorId, score.indicatorId)))
    .leftJoin(scoreSettlement, and(eq(scoreSettlement.roundId, score.roundId), eq(scoreSettlement.enterpriseId, score.enterpriseId), eq(scoreSettlement.indicatorId, score.indicatorId)))
    .where(and(eq(score.roundId, input.round.id), ...narrowed(input), input.blindExpert === null ? undefined : slotScoredBy('score', input.blindExpert)))
    .orderBy(asc(enterprise.name), asc(enterprise.id), asc(score.indicatorId), asc(score.expertId));
  return scoresTable(
    input.locale,
    rows.map((r) => ({
      enterprise: r.enterprise,
      indicator: { code: r.indicator.code, name: { zh: r.indicator.nameZh, en: r.indicator.nameEn } },
      expert: input.showExperts ? r.expert : null,
      value: r.score.value,
      rubricLabel: r.indicator.rubric?.[r.score.rubricLevel]?.label ?? null,
      rationale: r.score.rationale,
      evidenceIds: r.score.evidenceIds,
      consensus: r.consensus,
      settlement: r.settledValue === null || r.settledReason === null ? null : { value: r.settledValue, reason: r.settledReason },
      updatedAt: r.score.updatedAt ?? r.score.createdAt,
    })),
  );
}

async function evidenceRows(db: Database, input: ExportInput): Promise<ExportTable> {
  const day = today();
  const rows = await db
    .select({
      row: evidence,
      enterprise: { creditCode: enterprise.creditCode, name: enterprise.name },
      indicatorCode: indicator.code,
      validity: indicator.validity,
      capturedBy: user.displayName,
      capturedByStaff,
    })
    .from(evidence)
    .innerJoin(enterprise, eq(enterprise.id, evidence.enterpriseId))
    .innerJoin(indicator, eq(indicator.id, evidence.indicatorId))
    .innerJoin(user, eq(user.id, evidence.capturedBy))
    .where(and(eq(evidence.roundId, input.round.id), isNull(evidence.deletedAt), ...narrowed(input)))
    .orderBy(asc(enterprise.name), asc(enterprise.id), asc(evidence.indicatorId), asc(evidence.id));
  return evidenceTable(
    input.locale,
    rows.map(({ row, enterprise: e, indicatorCode, validity, capturedBy, capturedByStaff: staff }) => ({
      id: row.id,
      enterprise: e,
      indicatorCode,
      kind: row.kind,
      title: row.title,
      url: row.url,
      quote: row.quote,
      pageNumber: row.pageNumber,
      stance: row.stance,
      status: row.status,
      reviewComment: row.reviewComment,
      capturedBy: visiblePerson(capturedBy, input.showExperts, Boolean(staff)),
      capturedAt: row.capturedAt,
      validity: validityOn(row, validity, day),
    })),
  );
}

export const exportTable: Record<ExportDataset, (db: Database, input: ExportInput) => Promise<ExportTable>> = {
  results: resultRows,
  scores: scoreRows,
  evidence: evidenceRows,
  // The whole round's figures (reviewers and admins only; the route's policy decides).
  agreement: async (db, input) => agreementTable(await roundAgreement(db, input.round)),
};
