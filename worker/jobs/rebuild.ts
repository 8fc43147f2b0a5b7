// A full rebuild of a round's derived state, one step per message (ADR 001): start (allocate the next
// generation), one chunk of enterprises after another (each its own batch, every statement bounded), then
// the ranks and the switch of the live generation in one batch. The cursor lives in D1 and every step is
// guarded by it, so a repeated or duplicated message does nothing twice; a published or closed round keeps
// its frozen results and has only its counters recounted.
import { sql } from 'drizzle-orm';
import type { JobMessage } from '../../shared/schemas/jobs';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';
import type { Env } from '../env';
import { FROZEN, liveGeneration } from '../queries/generation';
import { findFramework } from '../queries/frameworks';
import { counterStatements } from '../queries/progress-sql';
import { readState, type StateRow } from '../queries/results-state';
import { rankStatement, resultStatements } from '../queries/results-sql';
import { jobDatabase } from './job-database';
import { sendJob } from './send';

/** Enterprises per chunk: each of its statements stays well under a second at 10,000 enterprises (README, Performance). */
const REBUILD_CHUNK = 250;

/** The chunk size: the var DERIVED_REBUILD_CHUNK where set (tests make it small, so every rebuild takes several chunks). */
export const rebuildChunk = (env: Pick<Env, 'DERIVED_REBUILD_CHUNK'>) => {
  const size = Number(env.DERIVED_REBUILD_CHUNK ?? REBUILD_CHUNK);
  return Number.isInteger(size) && size > 0 ? size : REBUILD_CHUNK;
};
/** Failed attempts of one step before the rebuild is reported failed. */
const MAX_FAILURES = 3;

export type StepOutcome = { done: boolean; sends: JobMessage[] };

const idle: StepOutcome = { done: true, sends: [] };

/** Allocates the next generation (never a number an abandoned one still holds) and counts the enrolled enterprises. */
async function start(db: Database, state: StateRow, now: string): Promise<StepOutcome> {
  const { roundId } = state;
  // Publication froze the results: only a round published before it ever had any gets them computed once.
  const frozen = sql`(r.status IN ${FROZEN} AND live_generation > 0)`;
  const [claimed] = await runBatch(db, [
    sql`UPDATE results_state SET rebuild_status = 'running', rebuild_serving = rebuild_requested,
          building_generation = CASE WHEN ${frozen} THEN NULL
            ELSE MAX(live_generation, COALESCE(building_generation, 0), COALESCE((SELECT MAX(generation) FROM result_enterprise WHERE round_id = ${roundId}), 0)) + 1 END,
          building_framework_id = CASE WHEN ${frozen} THEN NULL ELSE r.framework_id END,
          prune_queued_at = CASE WHEN building_generation IS NOT NULL THEN COALESCE(prune_queued_at, ${now}) ELSE prune_queued_at END,
          rebuild_cursor = 0, rebuild_done = 0, rebuild_total = (SELECT COUNT(*) FROM round_enterprise WHERE round_id = ${roundId}),
          rebuild_started_at = ${now}, rebuild_step_at = ${now}, rebuild_finished_at = NULL, rebuild_failures = 0, rebuild_error = NULL
        FROM round r
        WHERE r.id = results_state.round_id AND results_state.round_id = ${roundId}
          AND rebuild_status = ${state.rebuildStatus} AND building_generation IS ${state.buildingGeneration} AND rebuild_cursor = ${state.rebuildCursor}`,
  ]);
  // Another delivery of the message started it first: that one carries on.
  if (claimed!.meta.changes === 0) return idle;
  return { done: false, sends: [{ kind: 'results.rebuild', roundId }] };
}

/** The next chunk of enterprises after the cursor, into the building generation (and the counters, in place). */
async function chunk(db: Database, state: StateRow, now: string, size: number): Promise<StepOutcome | null> {
  const { roundId, rebuildCursor: cursor, buildingGeneration: generation } = state;
  const ids = await db.all<{ id: number }>(sql`
    SELECT enterprise_id AS id FROM round_enterprise WHERE round_id = ${roundId} AND enterprise_id > ${cursor} ORDER BY enterprise_id LIMIT ${size}`);
  if (ids.length === 0) return null;
  const enterprises = { after: cursor, upTo: ids.at(-1)!.id };
  const claim = sql`rebuild_status = 'running' AND rebuild_cursor = ${cursor} AND building_generation IS ${generation}`;
  const mine = sql`EXISTS (SELECT 1 FROM results_state WHERE round_id = ${roundId} AND ${claim})`;
  // Read afresh, not from the isolate's cache: a rebuild is the way a round takes in its framework's settings.
  const { settings } = await findFramework(db, state.frameworkId);
  // Every chunk counts by the day the rebuild started, so the generation is of one day.
  const day = state.rebuildStartedAt!.slice(0, 10);
  const base = { roundId, frameworkId: state.frameworkId, today: day, enterprises };
  const results = await runBatch(db, [
    ...(generation === null ? [] : resultStatements({ ...base, settings, now, generations: sql`SELECT ${generation} WHERE ${mine}` })),
    ...counterStatements({ ...base, resultsGeneration: generation === null ? liveGeneration(roundId) : sql`${generation}`, when: mine }),
    sql`UPDATE results_state SET rebuild_cursor = ${enterprises.upTo}, rebuild_done = rebuild_done + ${ids.length}, rebuild_step_at = ${now}, rebuild_failures = 0
        WHERE round_id = ${roundId} AND ${claim}`,
  ]);
  const advanced = results.at(-1)!.meta.changes > 0;
  return advanced ? { done: false, sends: [{ kind: 'results.rebuild', roundId }] } : idle;
}

/** Ranks of the building generation, then the switch: one batch, so readers go from one whole generation to the next. */
async function finish(db: Database, state: StateRow, now: string): Promise<StepOutcome> {
  const { roundId, rebuildCursor: cursor, buildingGeneration: generation } = state;
  const day = state.rebuildStartedAt!.slice(0, 10);
  const results = await runBatch(db, [
    ...(generation === null ? [] : [rankStatement(roundId, sql`${generation}`)]),
    sql`UPDATE results_state SET
          live_generation = COALESCE(building_generation, live_generation), live_framework_id = COALESCE(building_framework_id, live_framework_id),
          live_day = ${day}, building_generation = NULL, building_framework_id = NULL,
          rebuild_status = CASE WHEN rebuild_requested > rebuild_serving THEN 'queued' ELSE 'idle' END,
          rebuild_finished_at = ${now}, rebuild_step_at = ${now}, rebuild_failures = 0,
          change_seq = change_seq + 1, changed_at = ${now},
          ranks_seq = CASE WHEN building_generation IS NULL THEN ranks_seq ELSE change_seq + 1 END,
          ranks_at = CASE WHEN building_generation IS NULL THEN ranks_at ELSE ${now} END,
          figures_queued_at = ${now},
          prune_queued_at = CASE WHEN building_generation IS NULL THEN prune_queued_at ELSE ${now} END
        WHERE round_id = ${roundId} AND rebuild_status = 'running' AND rebuild_cursor = ${cursor} AND building_generation IS ${generation}
        RETURNING rebuild_status AS status`,
  ]);
  const switched = results.at(-1)!.results[0] as { status: string } | undefined;
  if (!switched) return idle;
  const sends: JobMessage[] = [{ kind: 'results.refresh', roundId }];
  if (generation !== null) sends.push({ kind: 'results.prune', roundId });
  if (switched.status === 'queued') sends.push({ kind: 'results.rebuild', roundId });
  return { done: switched.status !== 'queued', sends };
}

/** One step of the round's rebuild, whatever state it is in (chunks of `size` enterprises); says what to send next. */
export async function rebuildStepOf(db: Database, roundId: number, size = REBUILD_CHUNK): Promise<StepOutcome> {
  const state = await readState(db, roundId);
  if (!state || (state.rebuildStatus !== 'queued' && state.rebuildStatus !== 'running')) return idle;
  const now = new Date().toISOString();
  // A framework changed under a running rebuild: what it built so far is of the old one; start over.
  const outdated = state.rebuildStatus === 'running' && state.buildingGeneration !== null && state.buildingFrameworkId !== state.frameworkId;
  if (state.rebuildStatus === 'queued' || outdated) return start(db, state, now);
  return (await chunk(db, state, now, size)) ?? finish(db, state, now);
}

/** Counts a failed attempt; the third in a row marks the rebuild failed, with the reason, and stops retrying. */
async function recordFailure(db: Database, roundId: number, err: unknown): Promise<boolean> {
  const reason = (err instanceof Error ? err.message : String(err)).slice(0, 500);
  const [updated] = await runBatch(db, [
    sql`UPDATE results_state SET rebuild_failures = rebuild_failures + 1, rebuild_error = ${reason},
          rebuild_status = CASE WHEN rebuild_failures + 1 >= ${MAX_FAILURES} THEN 'failed' ELSE rebuild_status END,
          building_generation = CASE WHEN rebuild_failures + 1 >= ${MAX_FAILURES} THEN NULL ELSE building_generation END,
          building_framework_id = CASE WHEN rebuild_failures + 1 >= ${MAX_FAILURES} THEN NULL ELSE building_framework_id END,
          prune_queued_at = CASE WHEN rebuild_failures + 1 >= ${MAX_FAILURES} AND building_generation IS NOT NULL THEN COALESCE(prune_queued_at, ${new Date().toISOString()}) ELSE prune_queued_at END
        WHERE round_id = ${roundId} RETURNING rebuild_status AS status`,
  ]);
  return (updated!.results[0] as { status: string } | undefined)?.status === 'failed';
}

export async function rebuildStep(job: Extract<JobMessage, { kind: 'results.rebuild' }>, env: Env) {
  const { db, done } = jobDatabase(env, job.kind, job.roundId);
  let outcome: StepOutcome;
  try {
    outcome = await rebuildStepOf(db, job.roundId, rebuildChunk(env));
  } catch (err) {
    if (await recordFailure(db, job.roundId, err)) return;
    throw err;
  } finally {
    done();
  }
  for (const next of outcome.sends) await sendJob(env, next);
}
