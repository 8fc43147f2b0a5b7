// The rows behind each download of a round, read page by page by keyset (one bounded statement per page, so
// a 10,000-enterprise round streams in bounded memory) and narrowed to what the actor may see. Rows come in
// the order of an index: results by rank, scores and evidence by enterprise id, indicator and id.
import { and, asc, eq, gt, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { ExportDataset } from '../../shared/schemas/exports';
import type { RoundAgreement } from '../../shared/schemas/agreement';
import { validityOn } from '../../shared/domain/evidence-validity';
import type { Database } from '../db/client';
import { adjustment, enterprise, evidence, progressEnterprise, rankOrder, resultEnterprise, resultIndicator, roundEnterprise, score, scoreSettlement, user } from '../db/schema';
import { agreementTable } from '../domain/agreement-table';
import { visiblePerson } from '../domain/evaluator-names';
import type { ExportLocale } from '../domain/export-locale';
import type { ExportSource } from '../domain/export-table';
import { evidenceTable, resultsTable, scoresTable } from '../domain/export-tables';
import { ApiError } from '../errors';
import type { EnterpriseScope } from '../policy/scope';
import { today } from '../today';
import { adjustmentSummary } from './adjustments';
import { commendationTitles } from './commendations';
import { dimensionScoresJson, parseDimensionScores } from './dimension-scores';
import { enterpriseScopeFilter } from './enterprises';
import { capturedByStaff } from './evidence';
import { liveGeneration } from './generation';
import { displayNamesQuery, lookup } from './people';
import { pinnedFramework } from './pinned-framework';
import { summaryQuery } from './results-state';
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

/** Rows per page: each page is one statement of a few thousand rows and one chunk of the download. */
const PAGE = { results: 1_000, scores: 5_000, evidence: 2_000 };

const narrowed = (input: ExportInput): (SQL | undefined)[] => [enterpriseScopeFilter(input.scope), input.enterpriseId ? eq(enterprise.id, input.enterpriseId) : undefined];

/** Reads pages until one comes back short; `page(after)` reads the rows after the last one's key. */
async function* keyset<Row, Key>(page: (after: Key | null) => Promise<Row[]>, size: number, keyOf: (row: Row) => Key): AsyncGenerator<Row[]> {
  let after: Key | null = null;
  for (;;) {
    const rows = await page(after);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = keyOf(rows.at(-1)!);
  }
}

/** At most how many rows a download holds, from the counters (an upper bound: blind scoring may hide some). */
async function rowsAtMost(db: Database, input: ExportInput, counter: SQL) {
  const row = await db
    .select({ n: sql<number>`COALESCE(SUM(${counter}), 0)` })
    .from(progressEnterprise)
    .innerJoin(enterprise, eq(enterprise.id, progressEnterprise.enterpriseId))
    .where(and(eq(progressEnterprise.roundId, input.round.id), ...narrowed(input)))
    .get();
  return row?.n ?? 0;
}

async function resultSource(db: Database, input: ExportInput): Promise<ExportSource> {
  const roundId = input.round.id;
  const [{ tree, settings }, commendations, confirmed, rows] = await Promise.all([
    pinnedFramework(db, input.round.framework.id),
    commendationTitles(db, roundId),
    db.select().from(adjustment).where(and(eq(adjustment.roundId, roundId), eq(adjustment.status, 'confirmed'))),
    rowsAtMost(db, input, sql`1`),
  ]);
  const dimensions = tree.filter((n) => n.level === 1).map((n) => ({ code: n.code, name: { zh: n.nameZh, en: n.nameEn } }));
  const names = new Map(tree.map((n) => [n.code, { zh: n.nameZh, en: n.nameEn }]));
  const rank = rankOrder(resultEnterprise.rankOverall);
  const page = (after: [number, number] | null) =>
    db
      .select({ result: resultEnterprise, rank, enterprise: { creditCode: enterprise.creditCode, name: enterprise.name, street: enterprise.street, industry: enterprise.industry }, status: roundEnterprise.status, dimensions: dimensionScoresJson })
      .from(resultEnterprise)
      .innerJoin(enterprise, eq(enterprise.id, resultEnterprise.enterpriseId))
      .innerJoin(roundEnterprise, and(eq(roundEnterprise.roundId, resultEnterprise.roundId), eq(roundEnterprise.enterpriseId, resultEnterprise.enterpriseId)))
      .where(and(eq(resultEnterprise.roundId, roundId), sql`${resultEnterprise.generation} = ${liveGeneration(roundId)}`, ...narrowed(input), after ? sql`(${rank}, ${resultEnterprise.enterpriseId}) > (${after[0]}, ${after[1]})` : undefined))
      .orderBy(rank, asc(resultEnterprise.enterpriseId))
      .limit(PAGE.results);
  const adjustmentsOf = (enterpriseId: number) => adjustmentSummary(confirmed.filter((a) => a.enterpriseId === enterpriseId), settings).lines;
  const columns = resultsTable(input.locale, [], dimensions, names);
  return {
    ...columns,
    rowsAtMost: rows,
    async *pages() {
      for await (const batch of keyset(page, PAGE.results, (r) => [r.rank, r.result.enterpriseId] as [number, number])) {
        yield resultsTable(
          input.locale,
          batch.map(({ result: r, enterprise: e, status, dimensions: dims }) => ({
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
            dimensions: parseDimensionScores(dims),
            commendations: commendations.get(r.enterpriseId) ?? [],
          })),
          dimensions,
          names,
        ).rows;
      }
    },
  };
}

/** The names of everyone who scored in the round (the counters know them), read once per download. */
async function scorers(db: Database, roundId: number) {
  const ids = await db.all<{ id: number }>(sql`SELECT DISTINCT expert_id AS id FROM progress_expert WHERE round_id = ${roundId} AND scored > 0`);
  return lookup(await displayNamesQuery(db, ids.map((r) => r.id)), 'displayName');
}

async function scoreSource(db: Database, input: ExportInput): Promise<ExportSource> {
  const roundId = input.round.id;
  const [{ tree }, people, rows] = await Promise.all([pinnedFramework(db, input.round.framework.id), scorers(db, roundId), rowsAtMost(db, input, sql`${progressEnterprise.scoreCount}`)]);
  const indicators = new Map(tree.map((n) => [n.id, n]));
  type Key = [number, number, number];
  const page = (after: Key | null) =>
    db
      .select({ score, enterprise: { creditCode: enterprise.creditCode, name: enterprise.name }, consensus: resultIndicator.consensus, settledValue: scoreSettlement.value, settledReason: scoreSettlement.reason })
      .from(score)
      .innerJoin(enterprise, eq(enterprise.id, score.enterpriseId))
      .leftJoin(resultIndicator, and(eq(resultIndicator.roundId, score.roundId), sql`${resultIndicator.generation} = ${liveGeneration(roundId)}`, eq(resultIndicator.enterpriseId, score.enterpriseId), eq(resultIndicator.indicatorId, score.indicatorId)))
      .leftJoin(scoreSettlement, and(eq(scoreSettlement.roundId, score.roundId), eq(scoreSettlement.enterpriseId, score.enterpriseId), eq(scoreSettlement.indicatorId, score.indicatorId)))
      .where(
        and(
          eq(score.roundId, roundId),
          ...narrowed(input),
          input.blindExpert === null ? undefined : slotScoredBy('score', input.blindExpert),
          after ? sql`(${score.enterpriseId}, ${score.indicatorId}, ${score.expertId}) > (${after[0]}, ${after[1]}, ${after[2]})` : undefined,
        ),
      )
      .orderBy(asc(score.enterpriseId), asc(score.indicatorId), asc(score.expertId))
      .limit(PAGE.scores);
  const columns = scoresTable(input.locale, []);
  return {
    ...columns,
    rowsAtMost: rows,
    async *pages() {
      for await (const batch of keyset(page, PAGE.scores, (r): Key => [r.score.enterpriseId, r.score.indicatorId, r.score.expertId])) {
        yield scoresTable(
          input.locale,
          batch.map((r) => {
            const indicator = indicators.get(r.score.indicatorId)!;
            return {
              enterprise: r.enterprise,
              indicator: { code: indicator.code, name: { zh: indicator.nameZh, en: indicator.nameEn } },
              expert: input.showExperts ? (people.get(r.score.expertId) ?? `#${r.score.expertId}`) : null,
              value: r.score.value,
              rubricLabel: indicator.rubric?.[r.score.rubricLevel]?.label ?? null,
              rationale: r.score.rationale,
              evidenceIds: r.score.evidenceIds,
              consensus: r.consensus,
              settlement: r.settledValue === null || r.settledReason === null ? null : { value: r.settledValue, reason: r.settledReason },
              updatedAt: r.score.updatedAt ?? r.score.createdAt,
            };
          }),
        ).rows;
      }
    },
  };
}

async function evidenceSource(db: Database, input: ExportInput): Promise<ExportSource> {
  const roundId = input.round.id;
  const day = today();
  const [{ tree }, rows] = await Promise.all([pinnedFramework(db, input.round.framework.id), rowsAtMost(db, input, sql`${progressEnterprise.evidenceItems}`)]);
  const indicators = new Map(tree.map((n) => [n.id, n]));
  type Key = [number, number, number];
  const page = (after: Key | null) =>
    db
      .select({ row: evidence, enterprise: { creditCode: enterprise.creditCode, name: enterprise.name }, capturedBy: user.displayName, capturedByStaff })
      .from(evidence)
      .innerJoin(enterprise, eq(enterprise.id, evidence.enterpriseId))
      .innerJoin(user, eq(user.id, evidence.capturedBy))
      .where(
        and(
          eq(evidence.roundId, roundId),
          isNull(evidence.deletedAt),
          ...narrowed(input),
          after
            ? or(gt(evidence.enterpriseId, after[0]), and(eq(evidence.enterpriseId, after[0]), or(gt(evidence.indicatorId, after[1]), and(eq(evidence.indicatorId, after[1]), gt(evidence.id, after[2])))))
            : undefined,
        ),
      )
      .orderBy(asc(evidence.enterpriseId), asc(evidence.indicatorId), asc(evidence.id))
      .limit(PAGE.evidence);
  const columns = evidenceTable(input.locale, []);
  return {
    ...columns,
    rowsAtMost: rows,
    async *pages() {
      for await (const batch of keyset(page, PAGE.evidence, (r): Key => [r.row.enterpriseId, r.row.indicatorId, r.row.id])) {
        yield evidenceTable(
          input.locale,
          batch.map(({ row, enterprise: e, capturedBy, capturedByStaff: staff }) => {
            const indicator = indicators.get(row.indicatorId)!;
            return {
              id: row.id,
              enterprise: e,
              indicatorCode: indicator.code,
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
              validity: validityOn(row, indicator.validity, day),
            };
          }),
        ).rows;
      }
    },
  };
}

/** The whole round's figures, as cached after the last score change (reviewers and admins only; the route's policy decides). */
async function agreementSource(db: Database, input: ExportInput): Promise<ExportSource> {
  const cached = await summaryQuery(db, input.round.id, 'agreement').get();
  if (!cached) throw new ApiError(503, 'figures_pending', "The round's agreement is being computed; ask again in a few seconds");
  const table = agreementTable(cached.body as RoundAgreement);
  return {
    ...table,
    rowsAtMost: table.rows.length,
    async *pages() {
      yield table.rows;
    },
  };
}

export const exportSource: Record<ExportDataset, (db: Database, input: ExportInput) => Promise<ExportSource>> = {
  results: resultSource,
  scores: scoreSource,
  evidence: evidenceSource,
  agreement: agreementSource,
};
