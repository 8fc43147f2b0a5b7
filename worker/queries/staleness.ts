// Derived state kept honest in the same batch as every change: a round's results are marked stale when
// their inputs change, and an enterprise's side-panel state version moves on when anything it shows does.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { round, roundEnterprise } from '../db/schema';

/** Place it after the mutation's audit statement (which reads changes() of the mutation right before it). */
export const markResultsStale = (db: Database, roundId: number) => db.update(round).set({ resultsStale: true }).where(eq(round.id, roundId));

/**
 * Bumps the enterprise's state version in the round, which the side panel's ETag is made of: a poll after
 * this sees a new version and loads the state again. Place it after the audit statement, like markResultsStale.
 */
export const markPanelChanged = (db: Database, roundId: number, enterpriseId: number) =>
  db
    .update(roundEnterprise)
    .set({ stateVersion: sql`${roundEnterprise.stateVersion} + 1` })
    .where(and(eq(roundEnterprise.roundId, roundId), eq(roundEnterprise.enterpriseId, enterpriseId)));
