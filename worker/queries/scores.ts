// Scores and settlements. Every read of other experts' scores goes through visibleScoreQueries, the one place
// where blind scoring (an expert sees others' scores only after submitting their own) filters them.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Score, Settlement } from '../../shared/schemas/score';
import type { Database } from '../db/client';
import { evidence, score, scoreSettlement, user } from '../db/schema';
import type { Actor } from '../policy/actor';
import { blindExpert } from '../policy/scope';
import { displayNamesQuery, indicatorCodesQuery, lookup } from './people';

type ScoreRow = typeof score.$inferSelect;
type SettlementRow = typeof scoreSettlement.$inferSelect;

const toScore = (row: ScoreRow, code: string, name: string | null): Score => ({
  id: row.id,
  roundId: row.roundId,
  enterpriseId: row.enterpriseId,
  indicatorId: row.indicatorId,
  indicatorCode: code,
  expert: name === null ? null : { id: row.expertId, displayName: name },
  value: row.value,
  rubricLevel: row.rubricLevel,
  rationale: row.rationale,
  evidenceIds: row.evidenceIds,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  version: row.version,
});

const toSettlement = (row: SettlementRow, code: string, name: string | null): Settlement => ({
  roundId: row.roundId,
  enterpriseId: row.enterpriseId,
  indicatorId: row.indicatorId,
  indicatorCode: code,
  value: row.value,
  reason: row.reason,
  settledBy: name === null ? null : { id: row.settledBy, displayName: name },
  settledAt: row.settledAt,
  version: row.version,
});

type SlotKey = { roundId: number; enterpriseId: number; indicatorId: number };

const inSlot = (table: typeof score | typeof scoreSettlement, slot: SlotKey) =>
  and(eq(table.roundId, slot.roundId), eq(table.enterpriseId, slot.enterpriseId), eq(table.indicatorId, slot.indicatorId));

/** A statement for a batch: the expert's own score row of one slot (none or one); `ownScore` makes it the client's. */
export const myScoreQuery = (db: Database, slot: SlotKey, expert: Pick<Actor, 'userId'>) => db.select().from(score).where(and(inSlot(score, slot), eq(score.expertId, expert.userId)));
export const ownScore = (rows: ScoreRow[], code: string, expert: Pick<Actor, 'displayName'>) => (rows[0] ? toScore(rows[0], code, expert.displayName) : null);

/**
 * Statements for a batch: every expert's value of one slot, and its settlement with who settled it. For the
 * reviewer's settlement only: blind scoring never concerns a reviewer.
 */
export const slotScoreQueries = (db: Database, slot: SlotKey) =>
  [
    db.select({ value: score.value }).from(score).where(inSlot(score, slot)),
    db.select({ row: scoreSettlement, name: user.displayName }).from(scoreSettlement).innerJoin(user, eq(user.id, scoreSettlement.settledBy)).where(inSlot(scoreSettlement, slot)),
  ] as const;

/** The slot's settlement from slotScoreQueries' second statement, in client shape, or null. */
export const slotSettlement = (rows: { row: SettlementRow; name: string }[], code: string) => (rows[0] ? toSettlement(rows[0].row, code, rows[0].name) : null);

/** A settlement as a write of it left the row (its batch went through), in client shape: what a reread would find. */
export const writtenSettlement = (slot: SlotKey, code: string, settled: Omit<SettlementRow, keyof SlotKey | 'version'>, version: number, settler: Pick<Actor, 'displayName'>) =>
  toSettlement({ ...slot, ...settled, version }, code, settler.displayName);

/** A score as a write of it left the row, from the id and creation time its batch read back, in client shape. */
export const writtenScore = (row: Omit<ScoreRow, 'id' | 'createdAt'>, read: { id: number; created_at: string }, code: string, expert: Pick<Actor, 'displayName'>) =>
  toScore({ ...row, id: read.id, createdAt: read.created_at }, code, expert.displayName);

/**
 * Blind scoring in SQL: a row of `table` (score or score_settlement, named as in the FROM clause) is about a
 * slot `expertId` has scored. Written out with the table's name: drizzle leaves columns unqualified in a
 * one-table select, which the subquery's own `score` would capture.
 */
export const slotScoredBy = (table: 'score' | 'score_settlement', expertId: number): SQL =>
  sql.raw(`EXISTS (SELECT 1 FROM score mine WHERE mine.round_id = "${table}"."round_id" AND mine.enterprise_id = "${table}"."enterprise_id"
    AND mine.indicator_id = "${table}"."indicator_id" AND mine.expert_id = ${Number(expertId)})`);

/**
 * Statements for one batch that read every score and settlement of an enterprise in a round that `viewer`
 * may see (the policy already let them read scores). This is the one place where blind scoring filters them:
 * an expert of a round not yet published reads the scores, rationales and settlements of the slots they have
 * scored themselves, and nothing of the others (policy/scope.ts blindExpert); nothing else reads other experts' scores.
 */
export function visibleScoreQueries(db: Database, viewer: Actor, round: { id: number; status: string | null }, enterpriseId: number) {
  return [
    db
      .select()
      .from(score)
      .where(and(eq(score.roundId, round.id), eq(score.enterpriseId, enterpriseId), blindFilter(viewer, round, 'score')))
      .orderBy(asc(score.indicatorId), asc(score.expertId)),
    db
      .select()
      .from(scoreSettlement)
      .where(and(eq(scoreSettlement.roundId, round.id), eq(scoreSettlement.enterpriseId, enterpriseId), blindFilter(viewer, round, 'score_settlement')))
      .orderBy(asc(scoreSettlement.indicatorId)),
  ] as const;
}

/**
 * Blind scoring's condition on `table`'s rows: none, or only the slots the blind expert scored. A status of
 * null (the round read in the same batch, as the side panel does) decides in SQL what blindExpert decides
 * from it: an expert of the round is blind until the round is published.
 */
function blindFilter(viewer: Actor, round: { id: number; status: string | null }, table: 'score' | 'score_settlement'): SQL | undefined {
  if (round.status !== null) {
    const blind = blindExpert(viewer, { id: round.id, status: round.status });
    return blind === null ? undefined : slotScoredBy(table, blind);
  }
  const blindWhileOpen = blindExpert(viewer, { id: round.id, status: 'scoring' });
  if (blindWhileOpen === null) return undefined;
  return sql`((SELECT r.status FROM round r WHERE r.id = ${round.id}) IN ('published', 'closed') OR ${slotScoredBy(table, blindWhileOpen)})`;
}

export type VisibleScoreRows = readonly [ScoreRow[], SettlementRow[]];

/** Who the visible rows name: the experts and the reviewers who settled. */
export const peopleInScores = ([scores, settlements]: VisibleScoreRows) => [...scores.map((s) => s.expertId), ...settlements.map((s) => s.settledBy)];

/**
 * The visible rows in client shape, with names and indicator codes from lookups by id. Without
 * `evaluatorNames` (the policy's score.readEvaluatorNames) nobody behind a score or settlement is named.
 */
export const toVisibleScores = ([scores, settlements]: VisibleScoreRows, names: Map<number, string>, codes: Map<number, string>, evaluatorNames = true) => {
  const named = (id: number) => (evaluatorNames ? names.get(id)! : null);
  return {
    items: scores.map((row) => toScore(row, codes.get(row.indicatorId)!, named(row.expertId))),
    settlements: settlements.map((row) => toSettlement(row, codes.get(row.indicatorId)!, named(row.settledBy))),
  };
};

/** Every score and settlement of an enterprise in a round that `viewer` may see, in client shape. */
export async function visibleScores(db: Database, viewer: Actor, round: { id: number; status: string }, enterpriseId: number, { evaluatorNames = true } = {}) {
  const rows = await db.batch(visibleScoreQueries(db, viewer, round, enterpriseId));
  const [names, codes] = await db.batch([
    displayNamesQuery(db, peopleInScores(rows)),
    indicatorCodesQuery(db, [...rows[0], ...rows[1]].map((r) => r.indicatorId)),
  ]);
  return toVisibleScores(rows, lookup(names, 'displayName'), lookup(codes, 'code'), evaluatorNames);
}

/** The ids among `ids` that are not live evidence of this enterprise (in this round, or in any when roundId is null). */
export async function foreignEvidence(db: Database, roundId: number | null, enterpriseId: number, ids: number[]) {
  if (ids.length === 0) return [];
  const found = await db
    .select({ id: evidence.id })
    .from(evidence)
    .where(and(roundId === null ? undefined : eq(evidence.roundId, roundId), eq(evidence.enterpriseId, enterpriseId), sql`${evidence.deletedAt} IS NULL`, sql`${evidence.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`));
  return ids.filter((id) => !found.some((f) => f.id === id));
}
