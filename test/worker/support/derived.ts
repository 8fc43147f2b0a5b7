// Waiting for the background jobs of the derived state (ADR 001) in worker tests: the queue runs in this
// workerd, so a test polls results_state until no job is queued or running (bounded, never a fixed sleep).
import { sql } from 'drizzle-orm';
import type { Database } from '../../../worker/db/client';
import { resultsState } from '../../../worker/db/schema';
import { settleRound } from '../../../worker/jobs/settle';

const busy = sql`rebuild_status IN ('queued', 'running') OR figures_queued_at IS NOT NULL OR agreement_queued_at IS NOT NULL OR prune_queued_at IS NOT NULL`;

/** Resolves once every round's derived work is done; throws after `timeoutMs`. */
export async function derivedIdle(db: Database, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM ${resultsState} WHERE ${busy}`);
    if (row.n === 0) return;
    if (Date.now() > deadline) throw new Error(`derived jobs still busy after ${timeoutMs} ms: ${JSON.stringify(await db.select().from(resultsState).where(busy))}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A round inserted straight into D1 (not through POST /rounds) gets its state and its first results, as a created round would. */
export async function settleInsertedRound(db: Database, roundId: number) {
  await db.insert(resultsState).values({ roundId }).onConflictDoNothing();
  await settleRound(db, roundId, 'test');
}

/** The live result of one indicator of an enterprise, as readers see it. */
export const liveIndicatorResult = (db: Database, roundId: number, enterpriseId: number, indicatorId: number) =>
  db.get<{ consensus: number | null; evidence_count: number; expert_count: number } | undefined>(sql`
    SELECT consensus, evidence_count, expert_count FROM result_indicator
    WHERE round_id = ${roundId} AND generation = (SELECT live_generation FROM results_state WHERE round_id = ${roundId})
      AND enterprise_id = ${enterpriseId} AND indicator_id = ${indicatorId}`);

/** The round's derived state row. */
export const derivedState = (db: Database, roundId: number) => db.select().from(resultsState).where(sql`${resultsState.roundId} = ${roundId}`).get();
