// The background job queue's consumer: each message is checked against JobMessage and handed to the handler
// of its kind. Unknown or malformed messages are logged and acknowledged (never retried forever); a handler
// that throws is retried by the queue (max_retries in wrangler.toml). Handlers are idempotent.
import type { MessageBatch } from '@cloudflare/workers-types';
import { JobMessage } from '../../shared/schemas/jobs';
import type { Env } from '../env';
import { refreshAgreement } from './agreement';
import { pruneGenerations } from './prune';
import { rebuildStep } from './rebuild';
import { refreshFigures } from './refresh';

const handlers: { [K in JobMessage['kind']]: (job: Extract<JobMessage, { kind: K }>, env: Env) => Promise<void> } = {
  'results.rebuild': rebuildStep,
  'results.refresh': refreshFigures,
  'results.prune': pruneGenerations,
  'agreement.refresh': refreshAgreement,
};

export async function consumeJobs(batch: MessageBatch<unknown>, env: Env) {
  for (const message of batch.messages) {
    const parsed = JobMessage.safeParse(message.body);
    if (!parsed.success) {
      console.error(`queue ${batch.queue}: dropped a malformed job`, JSON.stringify(message.body).slice(0, 200), parsed.error.message);
      message.ack();
      continue;
    }
    const job = parsed.data;
    try {
      await (handlers[job.kind] as (job: JobMessage, env: Env) => Promise<void>)(job, env);
      message.ack();
    } catch (err) {
      console.error(`queue ${batch.queue}: ${job.kind} failed (attempt ${message.attempts})`, err);
      message.retry();
    }
  }
}
