// The worker's memory under `wrangler dev`: the resident set of the workerd process wrangler starts, sampled
// from /proc while a request runs. It holds the worker's isolate and, in local mode, the D1 database's
// SQLite (page cache included) and the other local services, so the bench reports the peak's rise over the
// resident set just before the request, not the whole.
import { readdir, readFile } from 'node:fs/promises';

async function parentOf(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": the command may hold spaces and parentheses, so read after the last ')'.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** The workerd process among the descendants of `root` (the wrangler dev process). */
export async function workerdPid(root: number): Promise<number> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  for (const pid of pids) {
    const comm = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
    if (comm.trim() !== 'workerd') continue;
    for (let up: number | null = pid; up !== null && up > 1; up = await parentOf(up)) if (up === root) return pid;
  }
  throw new Error(`no workerd process under ${root}`);
}

const rssKiB = async (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

export type MemoryPeak = { beforeMiB: number; peakMiB: number; riseMiB: number };

/** Samples the resident set of `pid` every `everyMs` while `work` runs; the peak and its rise over the start. */
export async function peakWhile<T>(pid: number, work: () => Promise<T>, everyMs = 20): Promise<{ result: T; memory: MemoryPeak }> {
  const before = await rssKiB(pid);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await rssKiB(pid).catch(() => peak));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  let result: T;
  try {
    result = await work();
  } finally {
    sampling = false;
    await sampler;
  }
  return { result, memory: { beforeMiB: before / 1024, peakMiB: peak / 1024, riseMiB: (peak - before) / 1024 } };
}
