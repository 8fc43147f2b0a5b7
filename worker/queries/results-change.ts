// What a write adds to its batch so that the round's derived state takes its change in (ADR 001): right
// after the write's audit statement, a gate marks the rounds (only when that audit row was written, so a
// change that did not go through changes nothing), then the enterprises' results and counters are brought
// up to date, the change is counted, and refreshes or a rebuild are asked for; after the batch, `schedule`
// sends the jobs that are not on the queue yet.
import { sql, type SQL } from 'drizzle-orm';
import type { D1Result } from '@cloudflare/workers-types';
import type { Database } from '../db/client';
import type { Env } from '../env';
import { sendJob } from '../jobs/send';
import { today } from '../today';
import { changeTargets, countedGeneration, liveGeneration } from './generation';
import { pinnedFramework } from './pinned-framework';
import { counterStatements, dropCounterStatements } from './progress-sql';
import { rankStatement, resultStatements } from './results-sql';

export type ChangedRound = { id: number; framework: { id: number } };

export type RoundChange = {
  round: ChangedRound;
  /** Enrolled enterprises whose inputs changed. */
  enterprises?: number[];
  /** An enterprise that left the round: its derived rows go. */
  dropped?: number;
  /** Experts' scores changed: agreement takes them in. */
  scores?: boolean;
  /** The change reaches beyond a few enterprises (enrolment, assignments, framework): the round is rebuilt, for this reason. */
  rebuild?: string;
};

export type DerivedChange = {
  statements: SQL[];
  /** Sends the jobs the batch found due; pass every result of the batch. */
  schedule(env: Pick<Env, 'JOBS' | 'DERIVED_DELAY_SECONDS'>, results: readonly D1Result[]): Promise<void>;
};

const pending = (roundId: number) => sql`EXISTS (SELECT 1 FROM results_state WHERE round_id = ${roundId} AND change_pending)`;

const DERIVED_TABLES = ['result_indicator', 'result_node', 'result_enterprise'];

async function roundStatements(db: Database, change: RoundChange, now: string, day: string): Promise<SQL[]> {
  const { round } = change;
  const { settings } = await pinnedFramework(db, round.framework.id);
  const when = pending(round.id);
  const generations = changeTargets(round.id, round.framework.id);
  const refreshed = (change.enterprises ?? []).flatMap((id) => {
    const enterprises = { id };
    return [
      ...resultStatements({ roundId: round.id, frameworkId: round.framework.id, settings, today: day, now, enterprises, generations }),
      ...counterStatements({ roundId: round.id, frameworkId: round.framework.id, today: day, enterprises, resultsGeneration: countedGeneration(round.id, round.framework.id), when }),
    ];
  });
  const dropped =
    change.dropped === undefined
      ? []
      : [
          ...DERIVED_TABLES.map((table) => sql`DELETE FROM ${sql.raw(table)} WHERE round_id = ${round.id} AND enterprise_id = ${change.dropped} AND ${when}`),
          ...dropCounterStatements(round.id, change.dropped, when),
        ];
  const scores = change.scores ? 1 : 0;
  // A round that never had results gets its first rebuild from its first change.
  const reason = sql`COALESCE(${change.rebuild ?? null}, CASE WHEN live_generation = 0 AND building_generation IS NULL THEN 'first results' END)`;
  return [
    ...refreshed,
    ...dropped,
    sql`SELECT round_id AS derived_round, figures_queued_at IS NULL AS figures_due, ${scores} AND agreement_queued_at IS NULL AS agreement_due,
          ${reason} IS NOT NULL AND rebuild_status IN ('idle', 'failed') AS rebuild_due
        FROM results_state WHERE round_id = ${round.id} AND change_pending`,
    sql`UPDATE results_state SET change_pending = 0, change_seq = change_seq + 1, changed_at = ${now},
          figures_queued_at = COALESCE(figures_queued_at, ${now}),
          scores_seq = scores_seq + ${scores}, agreement_queued_at = CASE WHEN ${scores} THEN COALESCE(agreement_queued_at, ${now}) ELSE agreement_queued_at END,
          rebuild_requested = rebuild_requested + (${reason} IS NOT NULL),
          rebuild_requested_at = CASE WHEN ${reason} IS NULL THEN rebuild_requested_at ELSE ${now} END,
          rebuild_reason = COALESCE(${reason}, rebuild_reason),
          rebuild_error = CASE WHEN ${reason} IS NOT NULL AND rebuild_status = 'failed' THEN NULL ELSE rebuild_error END,
          rebuild_status = CASE WHEN ${reason} IS NOT NULL AND rebuild_status IN ('idle', 'failed') THEN 'queued' ELSE rebuild_status END
        WHERE round_id = ${round.id} AND change_pending`,
  ];
}

type DueRow = { derived_round: number; figures_due: number; agreement_due: number; rebuild_due: number };
const isDueRow = (row: unknown): row is DueRow => typeof row === 'object' && row !== null && 'derived_round' in row;

/** Sends the jobs a batch found due (rows with `derived_round`); pass every result of the batch. */
export async function scheduleDerived(env: Pick<Env, 'JOBS' | 'DERIVED_DELAY_SECONDS'>, results: readonly D1Result[]) {
  const due = results.flatMap((r) => (r.results ?? []).filter(isDueRow));
  for (const row of due) {
    const roundId = row.derived_round;
    if (row.rebuild_due) await sendJob(env, { kind: 'results.rebuild', roundId });
    if (row.figures_due) await sendJob(env, { kind: 'results.refresh', roundId });
    if (row.agreement_due) await sendJob(env, { kind: 'agreement.refresh', roundId });
  }
}

/** The statements for `changes` (one round each), to place right after the write's audit statement. */
export async function derivedChange(db: Database, changes: RoundChange[]): Promise<DerivedChange> {
  const now = new Date().toISOString();
  const day = today();
  const rounds = changes.map((c) => c.round.id);
  // Only when the write's audit row was written (changes() of the statement before); a round without its state row gets one.
  const gate = sql`INSERT INTO results_state (round_id, change_pending) SELECT value, 1 FROM json_each(${JSON.stringify(rounds)}) WHERE changes() > 0
    ON CONFLICT (round_id) DO UPDATE SET change_pending = 1`;
  const perRound = await Promise.all(changes.map((change) => roundStatements(db, change, now, day)));
  return { statements: rounds.length === 0 ? [] : [gate, ...perRound.flat()], schedule: scheduleDerived };
}

/**
 * A new round's state: its first (empty) generation and its agreement are on their way at once, so every
 * figure has something to serve within moments. For the batch that creates the round, after its insert.
 */
export const newRoundStateStatements = (now: string) => {
  const roundId = sql`(SELECT MAX(id) FROM round)`;
  return [
    sql`INSERT INTO results_state (round_id, rebuild_status, rebuild_reason, rebuild_requested, rebuild_requested_at, agreement_queued_at)
        VALUES (${roundId}, 'queued', 'new round', 1, ${now}, ${now})`,
    sql`SELECT round_id AS derived_round, 0 AS figures_due, 1 AS agreement_due, 1 AS rebuild_due FROM results_state WHERE round_id = ${roundId}`,
  ];
};

/**
 * Publication freezes the live generation as it is: its ranks are computed once more in the publication's
 * batch (they would otherwise trail the last changes), and the statistics and progress are refreshed after.
 */
export const publicationStatements = (roundId: number, now: string) => [
  rankStatement(roundId, liveGeneration(roundId)),
  sql`SELECT round_id AS derived_round, figures_queued_at IS NULL AS figures_due, 0 AS agreement_due, 0 AS rebuild_due FROM results_state WHERE round_id = ${roundId}`,
  sql`UPDATE results_state SET ranks_seq = change_seq + 1, ranks_at = ${now}, change_seq = change_seq + 1, changed_at = ${now},
        figures_queued_at = COALESCE(figures_queued_at, ${now})
      WHERE round_id = ${roundId}`,
];

/**
 * An administrator's request to rebuild a round: it counts as a request (a rebuild running now serves it by
 * running once more), and is due to be sent only when none is queued or running. The audit row follows it.
 */
export const rebuildRequestStatements = (roundId: number, reason: string, now: string) => [
  sql`SELECT round_id AS derived_round, 0 AS figures_due, 0 AS agreement_due, rebuild_status IN ('idle', 'failed') AS rebuild_due
      FROM results_state WHERE round_id = ${roundId}`,
  sql`UPDATE results_state SET rebuild_requested = rebuild_requested + 1, rebuild_requested_at = ${now}, rebuild_reason = ${reason},
        rebuild_error = CASE WHEN rebuild_status = 'failed' THEN NULL ELSE rebuild_error END,
        rebuild_status = CASE WHEN rebuild_status IN ('idle', 'failed') THEN 'queued' ELSE rebuild_status END
      WHERE round_id = ${roundId}`,
];

/** One enterprise's change in one round: the common case. */
export const enterpriseChange = (db: Database, round: ChangedRound, enterpriseId: number, options: { scores?: boolean } = {}) =>
  derivedChange(db, [{ round, enterprises: [enterpriseId], ...options }]);
