// Sending background jobs: refreshes wait DERIVED_DELAY_SECONDS so a burst of changes is taken in by one
// computation, and agreement (seconds of D1 time at 10,000 enterprises, a figure that moves slowly) twenty
// times as long; rebuild steps and pruning go at once.
import type { JobMessage } from '../../shared/schemas/jobs';
import type { Env } from '../env';

const DEFAULT_DELAY_SECONDS = 3;

/** The debounce of refreshes, from the wrangler var (tests set 0). */
export const refreshDelay = (env: Pick<Env, 'DERIVED_DELAY_SECONDS'>) => {
  const value = Number(env.DERIVED_DELAY_SECONDS ?? DEFAULT_DELAY_SECONDS);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_DELAY_SECONDS;
};

/** How many refresh delays a kind waits; any other goes at once. */
const delays: Partial<Record<JobMessage['kind'], number>> = { 'results.refresh': 1, 'agreement.refresh': 20 };

export async function sendJob(env: Pick<Env, 'JOBS' | 'DERIVED_DELAY_SECONDS'>, job: JobMessage) {
  const delaySeconds = (delays[job.kind] ?? 0) * refreshDelay(env);
  await env.JOBS.send(job, delaySeconds > 0 ? { delaySeconds } : undefined);
}
