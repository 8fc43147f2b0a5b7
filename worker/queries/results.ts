// Computing a round's results (one batch of SQL aggregates) and keeping them fresh.
import type { Database } from '../db/client';
import { runBatch, type Statement } from '../db/batch';
import { today } from '../today';
import { computeStatements } from './results-sql';
import { findFramework } from './frameworks';
import type { RoundRecord } from './rounds';


/** The statements that recompute `round`'s results, for a batch of their own or inside another (publication). */
export async function resultStatements(db: Database, round: Pick<RoundRecord, 'id' | 'framework'>) {
  const { settings } = await findFramework(db, round.framework.id);
  return { settings, statements: computeStatements({ roundId: round.id, frameworkId: round.framework.id, settings, today: today(), now: new Date().toISOString() }) };
}

/** Recomputes the whole round; returns how long the batch took. */
export async function computeResults(db: Database, round: Pick<RoundRecord, 'id' | 'framework'>, extra: Statement[] = []) {
  const { statements } = await resultStatements(db, round);
  const started = performance.now();
  await runBatch(db, [...statements, ...extra]);
  return performance.now() - started;
}

/** Reads recompute lazily: a stale round is recomputed first (results of a closed round are never recomputed). */
export async function ensureFreshResults(db: Database, round: RoundRecord) {
  if (round.resultsStale && round.status !== 'closed') await computeResults(db, round);
}
