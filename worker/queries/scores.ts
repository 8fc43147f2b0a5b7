// Scores and settlements. Every read of other experts' scores goes through visibleScores, the one place
// where blind scoring (an expert sees others' scores only after submitting their own) will filter them.
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Score, Settlement } from '../../shared/schemas/score';
import type { Database } from '../db/client';
import { evidence, indicator, score, scoreSettlement, user } from '../db/schema';
import type { Actor } from '../policy/actor';

const toScore = ({ row, code, name }: { row: typeof score.$inferSelect; code: string; name: string }): Score => ({
  id: row.id,
  roundId: row.roundId,
  enterpriseId: row.enterpriseId,
  indicatorId: row.indicatorId,
  indicatorCode: code,
  expert: { id: row.expertId, displayName: name },
  value: row.value,
  rubricLevel: row.rubricLevel,
  rationale: row.rationale,
  evidenceIds: row.evidenceIds,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  version: row.version,
});

const selectScores = (db: Database) =>
  db
    .select({ row: score, code: indicator.code, name: user.displayName })
    .from(score)
    .innerJoin(indicator, eq(indicator.id, score.indicatorId))
    .innerJoin(user, eq(user.id, score.expertId));

/** The acting expert's own score of one slot, or null. */
export async function findMyScore(db: Database, slot: { roundId: number; enterpriseId: number; indicatorId: number }, expertId: number) {
  const row = await selectScores(db)
    .where(and(eq(score.roundId, slot.roundId), eq(score.enterpriseId, slot.enterpriseId), eq(score.indicatorId, slot.indicatorId), eq(score.expertId, expertId)))
    .get();
  return row ? toScore(row) : null;
}

const settler = alias(user, 'settler');

/** Every score and settlement of an enterprise in a round that `viewer` may see (the policy already let them read scores). */
export async function visibleScores(db: Database, _viewer: Actor, roundId: number, enterpriseId: number) {
  const [scores, settlements] = await db.batch([
    selectScores(db)
      .where(and(eq(score.roundId, roundId), eq(score.enterpriseId, enterpriseId)))
      .orderBy(asc(score.indicatorId), asc(score.expertId)),
    db
      .select({ row: scoreSettlement, code: indicator.code, name: settler.displayName })
      .from(scoreSettlement)
      .innerJoin(indicator, eq(indicator.id, scoreSettlement.indicatorId))
      .innerJoin(settler, eq(settler.id, scoreSettlement.settledBy))
      .where(and(eq(scoreSettlement.roundId, roundId), eq(scoreSettlement.enterpriseId, enterpriseId)))
      .orderBy(asc(scoreSettlement.indicatorId)),
  ]);
  return {
    items: scores.map(toScore),
    settlements: settlements.map(({ row, code, name }): Settlement => ({
      roundId: row.roundId,
      enterpriseId: row.enterpriseId,
      indicatorId: row.indicatorId,
      indicatorCode: code,
      value: row.value,
      reason: row.reason,
      settledBy: { id: row.settledBy, displayName: name },
      settledAt: row.settledAt,
      version: row.version,
    })),
  };
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

/** Scores and settlements without who gave them: what enterprises read unless the framework names evaluators. */
export const withoutEvaluators = ({ items, settlements }: Awaited<ReturnType<typeof visibleScores>>) => ({
  items: items.map((s): Score => ({ ...s, expert: null })),
  settlements: settlements.map((s): Settlement => ({ ...s, settledBy: null })),
});
