// The background job queue's consumer: each message validated, dispatched to its kind's handler, acked when
// the handler returns and retried (up to max_retries, wrangler.toml) when it throws. Handlers are idempotent.
import type { MessageBatch } from '@cloudflare/workers-types';
import { JobMessage } from '../../shared/schemas/jobs';
import type { Env } from '../env';
import { discoverReports, indexReport, sweepRound } from '../finder/jobs';
import { refreshAgreement } from './agreement';
import { pruneGenerations } from './prune';
import { rebuildStep } from './rebuild';
import { refreshFigures } from './refresh';

const handlers: { [K in JobMessage['kind']]: (job: Extract<JobMessage, { kind: K }>, env: Env) => Promise<void> } = {
  'results.rebuild': rebuildStep,
  'results.refresh': refreshFigures,
  'results.prune': pruneGenerations,
  'agreement.refresh': refreshAgreement,
  'finder.discover': discoverReports,
  'finder.sweep': sweepRound,
  'report.index': indexReport,
};

export async function consumeJobs(batch: MessageBatch<unknown>, env: Env) {
  for (const message of batch.messages) {
    const parsed = JobMessage.safeParse(message.body);
    if (!parsed.success) {
      // Never retried: a message no handler understands would fail the same way every time.
      console.error(`job queue: dropped a malformed message ${JSON.stringify(message.body)?.slice(0, 200)}: ${parsed.error.message}`);
      message.ack();
      continue;
    }
    const job = parsed.data;
    try {
      await (handlers[job.kind] as (job: JobMessage, env: Env) => Promise<void>)(job, env);
      message.ack();
    } catch (err) {
      console.error(`job queue: ${job.kind} failed (attempt ${message.attempts}): ${err instanceof Error ? err.stack : String(err)}`);
      message.retry();
    }
  }
}
