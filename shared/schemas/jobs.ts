// Messages of the background job queue (worker/jobs/queue.ts): one kind per job, each small (ids, never payloads).
import { z } from 'zod';
import { Id } from './common';

export const JobMessage = z.discriminatedUnion('kind', [
  /** Rebuild a round's derived state into a new generation, one chunk of enterprises per message. */
  z.object({ kind: z.literal('results.rebuild'), roundId: Id }),
  /** Recompute a round's ranks, statistics and progress rollups from the live generation. */
  z.object({ kind: z.literal('results.refresh'), roundId: Id }),
  /** Delete a round's superseded generations, in bounded chunks. */
  z.object({ kind: z.literal('results.prune'), roundId: Id }),
  /** Recompute a round's cached inter-rater agreement. */
  z.object({ kind: z.literal('agreement.refresh'), roundId: Id }),
]);
export type JobMessage = z.infer<typeof JobMessage>;
