// A round's derived work run to completion in this process, without the queue: seeding (npm run dev, tests,
// the benchmark) and scripts rebuild the round and refresh its figures and agreement the way the jobs do.
import { sql } from 'drizzle-orm';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';
import { refreshAgreementOf } from './agreement';
import { pruneGenerationsOf } from './prune';
import { rebuildStepOf } from './rebuild';
import { refreshFiguresOf } from './refresh';

/** Rebuilds round `roundId` (for `reason`) and brings ranks, statistics, progress and agreement up to date. */
export async function settleRound(db: Database, roundId: number, reason: string) {
  const now = new Date().toISOString();
  await runBatch(db, [
    sql`UPDATE results_state SET rebuild_status = 'queued', rebuild_requested = rebuild_requested + 1, rebuild_requested_at = ${now}, rebuild_reason = ${reason},
          scores_seq = scores_seq + 1, agreement_queued_at = COALESCE(agreement_queued_at, ${now})
        WHERE round_id = ${roundId} AND rebuild_status IN ('idle', 'failed')`,
  ]);
  for (;;) {
    const step = await rebuildStepOf(db, roundId);
    if (!step.sends.some((job) => job.kind === 'results.rebuild')) break;
  }
  while ((await refreshFiguresOf(db, roundId)).again);
  while ((await refreshAgreementOf(db, roundId)).again);
  while ((await pruneGenerationsOf(db, roundId)).again);
}
