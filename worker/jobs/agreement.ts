// The cached agreement of a round (ADR 001): recomputed on the queue after the experts' scores changed, by
// the one function that computes it (queries/agreement.ts roundAgreement), and stored with the score
// sequence number it took in; scores that change meanwhile send it again.
import { sql } from 'drizzle-orm';
import type { JobMessage } from '../../shared/schemas/jobs';
import { runBatch } from '../db/batch';
import type { Database } from '../db/client';
import type { Env } from '../env';
import { roundAgreement } from '../queries/agreement';
import { readState } from '../queries/results-state';
import { jobDatabase } from './job-database';
import { storeSummary } from './refresh';
import { sendJob } from './send';

export async function refreshAgreementOf(db: Database, roundId: number): Promise<{ again: boolean }> {
  const state = await readState(db, roundId);
  if (!state || state.agreementQueuedAt === null) return { again: false };
  const seq = state.scoresSeq;
  const now = new Date().toISOString();
  const body = await roundAgreement(db, { id: roundId, framework: { id: state.frameworkId } });
  const [, cleared] = await runBatch(db, [
    storeSummary(roundId, 'agreement', seq, body, now),
    sql`UPDATE results_state SET agreement_queued_at = CASE WHEN scores_seq > ${seq} THEN ${now} ELSE NULL END
        WHERE round_id = ${roundId} RETURNING agreement_queued_at IS NOT NULL AS again`,
  ]);
  return { again: Boolean((cleared!.results[0] as { again: number } | undefined)?.again) };
}

export async function refreshAgreement(job: Extract<JobMessage, { kind: 'agreement.refresh' }>, env: Env) {
  const { db, done } = jobDatabase(env, job.kind, job.roundId);
  let again: boolean;
  try {
    ({ again } = await refreshAgreementOf(db, job.roundId));
  } finally {
    done();
  }
  if (again) await sendJob(env, job);
}
