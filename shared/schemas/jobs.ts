// The messages of the background job queue (worker/jobs/queue.ts): one kind per job, small (ids, cursors and
// hashes), never payloads.
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
  /** The finder registers an enterprise's report links and clipped pages in a round and sends every queued one to be read. */
  z.object({ kind: z.literal('finder.discover'), roundId: Id, enterpriseId: Id }),
  /** The finder discovers the round's enrolled enterprises after `after` (by id), a chunk at a time, each chunk sending the next. */
  z.object({ kind: z.literal('finder.sweep'), roundId: Id, after: z.number().int().min(0) }),
  /** The finder fetches, extracts and indexes one report; `generation` names the request, so a stale message does nothing. */
  z.object({ kind: z.literal('report.index'), reportId: Id, generation: z.number().int().min(1) }),
]);
export type JobMessage = z.infer<typeof JobMessage>;
