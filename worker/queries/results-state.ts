// Where a round's derived state stands (results_state): read with the round, told as freshness to readers,
// and nudged when it needs it: a new day (evidence expires and requests fall overdue by the day) asks for a
// rebuild, and a job that should be on the queue but made no step for a while (a lost message, a worker
// restarted mid-job) is sent again. Reads and the daily cron nudge; nothing is sent in the common case.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Freshness, RebuildState, ResultsFreshness } from '../../shared/schemas/derived';
import type { JobMessage } from '../../shared/schemas/jobs';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';
import { derivedSummary, resultsState, round } from '../db/schema';
import type { Env } from '../env';
import { ApiError } from '../errors';
import { sendJob } from '../jobs/send';
import { today } from '../today';

export type StateRow = typeof resultsState.$inferSelect & { roundStatus: string; frameworkId: number };

const stateColumns = { state: resultsState, roundStatus: round.status, frameworkId: round.frameworkId };
const toStateRow = (row: { state: typeof resultsState.$inferSelect; roundStatus: string; frameworkId: number }): StateRow => ({
  ...row.state,
  roundStatus: row.roundStatus,
  frameworkId: row.frameworkId,
});

/** A statement for a batch: the round's state with its status and framework. */
export const stateQuery = (db: Database, roundId: number) =>
  db.select(stateColumns).from(resultsState).innerJoin(round, eq(round.id, resultsState.roundId)).where(eq(resultsState.roundId, roundId));

export async function readState(db: Database, roundId: number): Promise<StateRow | null> {
  const row = await stateQuery(db, roundId).get();
  return row ? toStateRow(row) : null;
}

export const stateOf = (rows: Awaited<ReturnType<typeof stateQuery>>) => (rows[0] ? toStateRow(rows[0]) : null);

export const isFrozen = (status: string) => status === 'published' || status === 'closed';

export const rebuildPending = (state: StateRow) => state.rebuildStatus === 'queued' || state.rebuildStatus === 'running';

export const rebuildState = (state: StateRow): RebuildState => ({
  status: state.rebuildStatus,
  reason: state.rebuildReason,
  done: state.rebuildDone,
  total: state.rebuildTotal,
  requestedAt: state.rebuildRequestedAt,
  startedAt: state.rebuildStartedAt,
  finishedAt: state.rebuildFinishedAt,
  error: state.rebuildError,
});

const neverComputed: Freshness = { asOf: null, pending: false };
const noRebuild: RebuildState = { status: 'idle', reason: null, done: 0, total: 0, requestedAt: null, startedAt: null, finishedAt: null, error: null };

export function resultsFreshness(state: StateRow | null): ResultsFreshness {
  if (!state) return { results: neverComputed, ranks: neverComputed, rebuild: noRebuild };
  const rebuilding = rebuildPending(state);
  return {
    results: { asOf: state.liveGeneration > 0 ? state.changedAt : null, pending: rebuilding },
    // A frozen round's ranks were fixed at publication: later changes (counters) never move them.
    ranks: { asOf: state.ranksAt, pending: !isFrozen(state.roundStatus) && (rebuilding || state.ranksSeq < state.changeSeq) },
    rebuild: rebuildState(state),
  };
}

export type Summary = { seq: number; computedAt: string; body: unknown };

/** A statement for a batch: one of the round's cached figures. */
export const summaryQuery = (db: Database, roundId: number, kind: 'statistics' | 'progress' | 'agreement') =>
  db.select({ seq: derivedSummary.seq, computedAt: derivedSummary.computedAt, body: derivedSummary.body }).from(derivedSummary)
    .where(and(eq(derivedSummary.roundId, roundId), eq(derivedSummary.kind, kind)));

/** Freshness of cached figures: statistics and progress follow every change, agreement only the experts' scores. */
export function summaryFreshness(summary: Summary | null, state: StateRow | null, input: 'changes' | 'scores'): Freshness {
  if (!state) return { asOf: summary?.computedAt ?? null, pending: false };
  const behind = input === 'scores' ? (summary?.seq ?? -1) < state.scoresSeq : (summary?.seq ?? -1) < state.changeSeq || rebuildPending(state);
  return { asOf: summary?.computedAt ?? null, pending: behind };
}

/**
 * One of the round's cached figures with its freshness, after nudging what the state needs sent. Until the
 * first computation (a new round's first seconds) there is nothing to serve: 503, try again shortly.
 */
export async function cachedFigures(db: Database, env: Pick<Env, 'JOBS' | 'DERIVED_DELAY_SECONDS'>, roundId: number, kind: 'statistics' | 'progress' | 'agreement') {
  const [stateRows, summaryRows] = await db.batch([stateQuery(db, roundId), summaryQuery(db, roundId, kind)]);
  const state = stateOf(stateRows);
  await nudgeDerived(db, env, state);
  const summary = summaryRows[0];
  if (!summary) throw new ApiError(503, 'figures_pending', `The round's ${kind} are being computed; ask again in a few seconds`, { retryAfterSeconds: 5 });
  return { body: summary.body, freshness: summaryFreshness(summary, state, kind === 'agreement' ? 'scores' : 'changes') };
}

/** Publication freezes the live results as they are: they must be whole (no rebuild on its way) and of today. */
export async function assertResultsSettled(db: Database, env: Pick<Env, 'JOBS' | 'DERIVED_DELAY_SECONDS'>, roundId: number) {
  const state = await readState(db, roundId);
  if (state && state.liveGeneration > 0 && !rebuildPending(state) && state.liveDay === today()) return;
  await nudgeDerived(db, env, state);
  const rebuild = state ? rebuildState((await readState(db, roundId)) ?? state) : null;
  throw new ApiError(409, 'results_rebuilding', 'The results are being brought up to date; publish once the rebuild has finished', { rebuild });
}

/** In the publication's batch: aborts it (as a stale write) when a rebuild began after the check. */
export const abortWhileRebuilding = (roundId: number) =>
  sql`SELECT json(CASE WHEN (SELECT rebuild_status FROM results_state WHERE round_id = ${roundId}) IN ('queued', 'running') THEN 'rebuilding' ELSE 'null' END)`;

/** A job that should have made a step by now but has not. */
const STALL_MS = 60_000;

type Nudge = { job: JobMessage; statement: ReturnType<typeof sql> };

/** What a round's state needs sent now, each with the guarded update that claims it (so one reader sends it, not every one). */
function nudgesFor(state: StateRow, now: Date, day: string): Nudge[] {
  const roundId = state.roundId;
  const at = now.toISOString();
  const stalledSince = new Date(now.getTime() - STALL_MS).toISOString();
  const stalled = (value: string | null) => value !== null && value < stalledSince;
  const nudges: Nudge[] = [];
  const newDay = state.roundStatus !== 'closed' && state.rebuildStatus === 'idle' && (state.liveDay === null || state.liveDay < day);
  if (newDay) {
    nudges.push({
      job: { kind: 'results.rebuild', roundId },
      statement: sql`UPDATE results_state SET rebuild_status = 'queued', rebuild_requested = rebuild_requested + 1, rebuild_requested_at = ${at},
        rebuild_reason = 'new day' WHERE round_id = ${roundId} AND rebuild_status = 'idle' AND (live_day IS NULL OR live_day < ${day})`,
    });
  }
  if (rebuildPending(state) && stalled(state.rebuildStepAt ?? state.rebuildRequestedAt)) {
    nudges.push({
      job: { kind: 'results.rebuild', roundId },
      statement: sql`UPDATE results_state SET rebuild_step_at = ${at} WHERE round_id = ${roundId} AND rebuild_status IN ('queued', 'running')
        AND COALESCE(rebuild_step_at, rebuild_requested_at) < ${stalledSince}`,
    });
  }
  const column = { 'results.refresh': 'figures_queued_at', 'agreement.refresh': 'agreement_queued_at', 'results.prune': 'prune_queued_at' } as const;
  const queued = { 'results.refresh': state.figuresQueuedAt, 'agreement.refresh': state.agreementQueuedAt, 'results.prune': state.pruneQueuedAt };
  for (const kind of ['results.refresh', 'agreement.refresh', 'results.prune'] as const) {
    if (!stalled(queued[kind])) continue;
    nudges.push({
      job: { kind, roundId },
      statement: sql`UPDATE results_state SET ${sql.raw(column[kind])} = ${at} WHERE round_id = ${roundId} AND ${sql.raw(column[kind])} < ${stalledSince}`,
    });
  }
  return nudges;
}

/** Sends what `state` needs sent (see nudgesFor); costs nothing when all is well. */
export async function nudgeDerived(db: Database, env: Pick<Env, 'JOBS' | 'DERIVED_DELAY_SECONDS'>, state: StateRow | null) {
  if (!state) return;
  const nudges = nudgesFor(state, new Date(), today());
  if (nudges.length === 0) return;
  const results = await runBatch(db, nudges.map((n) => n.statement));
  for (const [i, nudge] of nudges.entries()) if (results[i]!.meta.changes > 0) await sendJob(env, nudge.job);
}

/** The daily cron: every round that is not closed gets its nudge (a new day's rebuild, stalled jobs sent again). */
export async function nudgeAllRounds(db: Database, env: Pick<Env, 'JOBS' | 'DERIVED_DELAY_SECONDS'>) {
  const rows = await db.select(stateColumns).from(resultsState).innerJoin(round, eq(round.id, resultsState.roundId)).where(ne(round.status, 'closed'));
  for (const row of rows) await nudgeDerived(db, env, toStateRow(row));
}
