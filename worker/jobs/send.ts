// Sending background jobs: refreshes wait DERIVED_DELAY_SECONDS so a burst of changes is taken in by one
// computation; rebuild steps and pruning go at once.
import type { JobMessage } from '../../shared/schemas/jobs';
import type { Env } from '../env';

const DEFAULT_DELAY_SECONDS = 3;

/** The debounce of refreshes, from the wrangler var (tests set 0). */
export const refreshDelay = (env: Pick<Env, 'DERIVED_DELAY_SECONDS'>) => {
  const value = Number(env.DERIVED_DELAY_SECONDS ?? DEFAULT_DELAY_SECONDS);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_DELAY_SECONDS;
};

const debounced = new Set<JobMessage['kind']>(['results.refresh', 'agreement.refresh']);

export async function sendJob(env: Pick<Env, 'JOBS' | 'DERIVED_DELAY_SECONDS'>, job: JobMessage) {
  const delaySeconds = debounced.has(job.kind) ? refreshDelay(env) : 0;
  await env.JOBS.send(job, delaySeconds > 0 ? { delaySeconds } : undefined);
}
