// Deleting a round's superseded generations after a switch (or an abandoned rebuild), a bounded number of
// rows per statement so no statement holds the database for long; it sends itself again until none are left.
import { sql } from 'drizzle-orm';
import type { JobMessage } from '../../shared/schemas/jobs';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';
import type { Env } from '../env';
import { readState } from '../queries/results-state';
import { jobDatabase } from './job-database';
import { sendJob } from './send';

/** Rows per statement, and statements per message (each its own transaction, so requests interleave). */
const ROWS = 20_000;
const STATEMENTS = 6;
const TABLES = ['result_indicator', 'result_node', 'result_enterprise'];

export async function pruneGenerationsOf(db: Database, roundId: number): Promise<{ again: boolean }> {
  const state = await readState(db, roundId);
  if (!state || state.pruneQueuedAt === null) return { again: false };
  const keep = sql`(${state.liveGeneration}, ${state.buildingGeneration ?? -1})`;
  let statements = 0;
  for (const table of TABLES) {
    const t = sql.raw(table);
    for (;;) {
      // The kept generations are read again in the statement: a switch meanwhile keeps the new live one.
      const [deleted] = await runBatch(db, [
        sql`DELETE FROM ${t} WHERE rowid IN (SELECT rowid FROM ${t} WHERE round_id = ${roundId} AND generation NOT IN ${keep}
              AND generation NOT IN (SELECT live_generation FROM results_state WHERE round_id = ${roundId}
                                     UNION SELECT building_generation FROM results_state WHERE round_id = ${roundId} AND building_generation IS NOT NULL)
              LIMIT ${ROWS})`,
      ]);
      if (deleted!.meta.changes === 0) break;
      if (++statements >= STATEMENTS) return { again: true };
    }
  }
  await runBatch(db, [sql`UPDATE results_state SET prune_queued_at = NULL WHERE round_id = ${roundId}`]);
  return { again: false };
}

export async function pruneGenerations(job: Extract<JobMessage, { kind: 'results.prune' }>, env: Env) {
  const { db, done } = jobDatabase(env, job.kind, job.roundId);
  let again: boolean;
  try {
    ({ again } = await pruneGenerationsOf(db, job.roundId));
  } finally {
    done();
  }
  if (again) await sendJob(env, job);
}
