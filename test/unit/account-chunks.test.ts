import { describe, expect, it } from 'vitest';
import { ACCOUNTS_CHUNK, type EnterpriseAccountsProgress } from '../../shared/schemas/enterprise-accounts';
import { addChunk, maxChunks, newRun, runAccountChunks } from '../../extension/lib/account-chunks';
import type { Result } from '../../extension/lib/result';

/** A worker with `total` enterprises in scope, answering each chunk as the route does; `fail` breaks one call. */
function worker(total: number, { fail = -1, grows = 0 } = {}) {
  const asked: (number | undefined)[] = [];
  const ask = async (after: number | undefined): Promise<Result<EnterpriseAccountsProgress>> => {
    asked.push(after);
    if (asked.length - 1 === fail) return { ok: false, error: { code: 'network', message: 'offline', status: 0 } };
    const scope = total + grows * (asked.length - 1);
    const from = after ?? 0;
    const done = Math.min(scope, from + ACCOUNTS_CHUNK);
    // Never done when the scope keeps growing faster than a chunk.
    const next = grows >= ACCOUNTS_CHUNK || done < scope ? done : null;
    return { ok: true, value: { total: scope, done, created: done - from - 1, rolesGiven: 0, skipped: 1, next } };
  };
  return { ask, asked };
}

const never = () => false;

describe('creating enterprise accounts chunk by chunk', () => {
  it('asks chunk after chunk, each after the last one’s next, and adds up the totals until next is null', async () => {
    const { ask, asked } = worker(450);
    const seen: number[] = [];
    const { run, error } = await runAccountChunks(ask, newRun(), { onChunk: (r) => seen.push(r.done), stopped: never });
    expect(error).toBeNull();
    expect(asked).toEqual([undefined, 200, 400]);
    expect(seen).toEqual([200, 400, 450]);
    expect(run).toEqual({ total: 450, done: 450, created: 447, rolesGiven: 0, skipped: 3, after: null, finished: true, notEnrolled: [] });
  });

  it('stops on a failed chunk keeping where it got, and resumes from there without counting twice', async () => {
    const { ask, asked } = worker(450, { fail: 1 });
    const failed = await runAccountChunks(ask, newRun(), { onChunk: () => {}, stopped: never });
    expect(failed.error?.code).toBe('network');
    expect(failed.run).toMatchObject({ done: 200, after: 200, created: 199, finished: false });
    const resumed = await runAccountChunks(ask, failed.run, { onChunk: () => {}, stopped: never });
    expect(asked).toEqual([undefined, 200, 200, 400]);
    expect(resumed.run).toMatchObject({ done: 450, created: 447, skipped: 3, finished: true });
  });

  it('stops between chunks when the user stops it', async () => {
    const { ask, asked } = worker(1_000);
    let chunks = 0;
    const { run } = await runAccountChunks(ask, newRun(), { onChunk: () => chunks++, stopped: () => chunks === 2 });
    expect(asked).toHaveLength(2);
    expect(run).toMatchObject({ done: 400, after: 400, finished: false });
  });

  it('is bounded: never more than the scope’s chunks plus two, even when the worker never says done', async () => {
    const { ask, asked } = worker(450, { grows: ACCOUNTS_CHUNK });
    const { run } = await runAccountChunks(ask, newRun(), { onChunk: () => {}, stopped: never });
    expect(run.finished).toBe(false);
    // 450 enterprises when it started: three chunks and two more.
    expect(maxChunks(450)).toBe(5);
    expect(asked).toHaveLength(5);
  });

  it('takes the worker’s position and adds up the counts', () => {
    const one = addChunk(newRun(), { total: 3, done: 2, created: 1, rolesGiven: 1, skipped: 0, next: 9 });
    expect(addChunk(one, { total: 3, done: 3, created: 0, rolesGiven: 0, skipped: 1, next: null })).toEqual({ total: 3, done: 3, created: 1, rolesGiven: 1, skipped: 1, after: null, finished: true, notEnrolled: [] });
  });

  it('keeps the codes the first chunk said are not enrolled through the later chunks', () => {
    const first = addChunk(newRun(), { total: 300, done: 200, created: 200, rolesGiven: 0, skipped: 0, next: 9, notEnrolled: ['91310114MA1GT35K7H'] });
    expect(addChunk(first, { total: 300, done: 300, created: 100, rolesGiven: 0, skipped: 0, next: null }).notEnrolled).toEqual(['91310114MA1GT35K7H']);
  });
});
