// Creating a round's enterprise accounts chunk by chunk: the bounded loop that asks the worker for one chunk after
// another and adds up what each did, until the scope is done, a chunk fails, the user stops it or the bound is hit.
import { ACCOUNTS_CHUNK, type EnterpriseAccountsProgress } from '../../shared/schemas/enterprise-accounts';
import type { Failure, Result } from './result';

/** How far a run got: the worker's position in the scope, the running totals and where to go on from. */
export type AccountsRun = {
  total: number | null;
  done: number;
  created: number;
  rolesGiven: number;
  skipped: number;
  /** The last chunk's `next`: a resumed run asks for the enterprises after it. */
  after: number | null;
  finished: boolean;
  /** A scope of credit codes: the listed codes no enterprise enrolled in the round has (said by the first chunk). */
  notEnrolled: string[];
};

export const newRun = (): AccountsRun => ({ total: null, done: 0, created: 0, rolesGiven: 0, skipped: 0, after: null, finished: false, notEnrolled: [] });

/** The run after one more chunk's answer. */
export const addChunk = (run: AccountsRun, chunk: EnterpriseAccountsProgress): AccountsRun => ({
  total: chunk.total,
  done: chunk.done,
  created: run.created + chunk.created,
  rolesGiven: run.rolesGiven + chunk.rolesGiven,
  skipped: run.skipped + chunk.skipped,
  after: chunk.next,
  finished: chunk.next === null,
  notEnrolled: chunk.notEnrolled ?? run.notEnrolled,
});

/** At most this many chunks per run: the scope's own plus two, for enterprises enrolled while it runs. */
export const maxChunks = (total: number) => Math.ceil(total / ACCOUNTS_CHUNK) + 2;

export type RunOptions = { onChunk: (run: AccountsRun) => void; stopped: () => boolean };

/**
 * Goes on from `from` until the scope is done (`next` is null), a chunk fails, `stopped()` says so between chunks
 * or the bound is reached. A failed chunk leaves `from`'s position as it was, so running again resumes there.
 */
export async function runAccountChunks(
  ask: (after: number | undefined) => Promise<Result<EnterpriseAccountsProgress>>,
  from: AccountsRun,
  { onChunk, stopped }: RunOptions,
): Promise<{ run: AccountsRun; error: Failure | null }> {
  let run = from;
  // Fixed by the first total seen: a scope that keeps growing must not keep the loop going.
  let limit = from.total === null ? null : maxChunks(from.total);
  for (let chunks = 0; !run.finished && !stopped() && (limit === null || chunks < limit); chunks++) {
    const answer = await ask(run.after ?? undefined);
    if (!answer.ok) return { run, error: answer.error };
    run = addChunk(run, answer.value);
    limit ??= maxChunks(run.total!);
    onChunk(run);
  }
  return { run, error: null };
}
