// How fresh a round's derived figures are (ADR 001): results, ranks, statistics, progress and agreement say
// when they were last brought up to date and whether more is on its way, and the rebuild says where it is.
import { z } from 'zod';
import { Id } from './common';

/** `asOf`: when these figures last took in the changes made before it (null: never computed yet); `pending`: newer changes are on their way. */
export const Freshness = z.object({ asOf: z.string().nullable(), pending: z.boolean() });
export type Freshness = z.infer<typeof Freshness>;

/** A full rebuild of the round's derived state: queued, running n of N enterprises, finished at, or failed with its reason. */
export const RebuildState = z.object({
  status: z.enum(['idle', 'queued', 'running', 'failed']),
  reason: z.string().nullable(),
  done: z.number().int(),
  total: z.number().int(),
  requestedAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type RebuildState = z.infer<typeof RebuildState>;

/** Results: each enterprise's scores and grade, the ranks (which trail them by a refresh), and the rebuild. */
export const ResultsFreshness = z.object({ results: Freshness, ranks: Freshness, rebuild: RebuildState });
export type ResultsFreshness = z.infer<typeof ResultsFreshness>;

export const ResultsState = z.object({ roundId: Id, freshness: ResultsFreshness });
export type ResultsState = z.infer<typeof ResultsState>;
