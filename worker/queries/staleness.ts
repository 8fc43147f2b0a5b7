// The side panel's state version, moved on in the same batch as every change the panel shows (its ETag).
// Derived results take their changes in through queries/results-change.ts.
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { roundEnterprise } from '../db/schema';

/**
 * Bumps the enterprise's state version in the round, which the side panel's ETag is made of: a poll after
 * this sees a new version and loads the state again. Place it after the audit statement (and after the
 * derived change, whose gate reads the audit statement's changes()).
 */
export const markPanelChanged = (db: Database, roundId: number, enterpriseId: number) =>
  db
    .update(roundEnterprise)
    .set({ stateVersion: sql`${roundEnterprise.stateVersion} + 1` })
    .where(and(eq(roundEnterprise.roundId, roundId), eq(roundEnterprise.enterpriseId, enterpriseId)));
