// Results are derived: every change to their inputs marks the round's results stale in the same batch.
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { round } from '../db/schema';

/** Place it after the mutation's audit statement (which reads changes() of the mutation right before it). */
export const markResultsStale = (db: Database, roundId: number) => db.update(round).set({ resultsStale: true }).where(eq(round.id, roundId));
