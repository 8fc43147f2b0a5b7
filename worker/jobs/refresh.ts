// The refresh of a round's whole-round figures after changes (ADR 001): the live generation's ranks in one
// UPDATE (an open round's only: publication fixed them), then the statistics and the progress rollups, each
// cached with the change sequence number it took in. Changes that arrive meanwhile send it again.
import { sql } from 'drizzle-orm';
import type { JobMessage } from '../../shared/schemas/jobs';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';
import type { Env } from '../env';
import { liveGeneration } from '../queries/generation';
import { pinnedFramework } from '../queries/pinned-framework';
import { progressRollup } from '../queries/progress';
import { resultStatistics } from '../queries/result-statistics';
import { isFrozen, readState } from '../queries/results-state';
import { rankStatement } from '../queries/results-sql';
import { jobDatabase } from './job-database';
import { sendJob } from './send';

/** Caches one of the round's figures, stamped with the sequence number `seq` it took in. */
export const storeSummary = (roundId: number, kind: 'statistics' | 'progress' | 'agreement', seq: number, body: unknown, now: string) => sql`
  INSERT INTO derived_summary (round_id, kind, seq, computed_at, body) VALUES (${roundId}, ${kind}, ${seq}, ${now}, ${JSON.stringify(body)})
  ON CONFLICT (round_id, kind) DO UPDATE SET seq = excluded.seq, computed_at = excluded.computed_at, body = excluded.body
  WHERE excluded.seq >= derived_summary.seq`;

/** Brings the round's ranks, statistics and progress rollups up to date; says whether changes arrived meanwhile. */
export async function refreshFiguresOf(db: Database, roundId: number): Promise<{ again: boolean }> {
  const state = await readState(db, roundId);
  if (!state || state.figuresQueuedAt === null) return { again: false };
  const seq = state.changeSeq;
  const now = new Date().toISOString();
  const live = liveGeneration(roundId);
  if (state.liveGeneration > 0 && !isFrozen(state.roundStatus)) {
    // The ranks and the sequence number they took in, in one transaction: exactly the changes made before it.
    await runBatch(db, [
      rankStatement(roundId, live),
      sql`UPDATE results_state SET ranks_seq = change_seq, ranks_at = ${now} WHERE round_id = ${roundId} AND live_generation = ${state.liveGeneration}`,
    ]);
  }
  const { settings } = await pinnedFramework(db, state.frameworkId);
  const [statistics, progress] = await Promise.all([resultStatistics(db, roundId, state.frameworkId, live, settings), progressRollup(db, roundId)]);
  const [, , cleared] = await runBatch(db, [
    storeSummary(roundId, 'statistics', seq, statistics, now),
    storeSummary(roundId, 'progress', seq, progress, now),
    sql`UPDATE results_state SET figures_queued_at = CASE WHEN change_seq > ${seq} THEN ${now} ELSE NULL END
        WHERE round_id = ${roundId} RETURNING figures_queued_at IS NOT NULL AS again`,
  ]);
  return { again: Boolean((cleared!.results[0] as { again: number } | undefined)?.again) };
}

export async function refreshFigures(job: Extract<JobMessage, { kind: 'results.refresh' }>, env: Env) {
  const { db, done } = jobDatabase(env, job.kind, job.roundId);
  let again: boolean;
  try {
    ({ again } = await refreshFiguresOf(db, job.roundId));
  } finally {
    done();
  }
  if (again) await sendJob(env, job);
}
