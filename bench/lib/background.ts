// Background work at the tier's size: a full rebuild asked for by the admin, timed from the request to the
// switch of the live generation and on to the refreshed figures, and every statement the jobs ran, metered
// by the worker (D1_METER) and read from `wrangler dev`'s output (worker/jobs/job-database.ts).
import { JOB_METER_PREFIX } from '../../worker/jobs/job-database';
import type { Session } from './worker-figures';

export type JobLine = { kind: string; roundId: number; ms: number; statements: number; rowsRead: number; rowsWritten: number; longestMs: number; longestSql: string };

/** Job meter lines as `wrangler dev` prints them, collected from its output. */
export function jobMeterLines() {
  const lines: JobLine[] = [];
  let pending = '';
  return {
    lines,
    feed(chunk: string) {
      pending += chunk;
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const line of complete) {
        const at = line.indexOf(JOB_METER_PREFIX);
        if (at >= 0) lines.push(JSON.parse(line.slice(at + JOB_METER_PREFIX.length)) as JobLine);
      }
    },
  };
}

export type JobSummary = { kind: string; messages: number; statements: number; seconds: number; longestMs: number; longestSql: string };

/** Per job kind: messages handled, statements run, time spent and the longest statement. */
export function summariseJobs(lines: readonly JobLine[]): JobSummary[] {
  const kinds = [...new Set(lines.map((l) => l.kind))].sort();
  return kinds.map((kind) => {
    const of = lines.filter((l) => l.kind === kind);
    const longest = of.reduce((a, b) => (b.longestMs > a.longestMs ? b : a));
    return { kind, messages: of.length, statements: of.reduce((n, l) => n + l.statements, 0), seconds: of.reduce((n, l) => n + l.ms, 0) / 1000, longestMs: longest.longestMs, longestSql: longest.longestSql };
  });
}

export type RebuildFigures = { enterprises: number; switchSeconds: number; settledSeconds: number; jobs: JobSummary[] };

type State = { freshness: { ranks: { pending: boolean }; rebuild: { status: string; done: number; total: number; finishedAt: string | null; error: string | null } } };

const state = async (session: Session, roundId: number) =>
  (await (await fetch(`${session.base}/api/v1/rounds/${roundId}/results/state`, { headers: { authorization: `Bearer ${session.tokens.admin}` } })).json()) as State;

const pause = () => new Promise((resolve) => setTimeout(resolve, 200));

/**
 * Waits for the writes' refreshes to settle (so the rebuild is timed alone), asks for a rebuild and follows it
 * (polling every 200 ms, at most `timeoutMs` each): to the switch, and to refreshed figures. The meter's lines
 * are kept for the whole run; the rebuild's figures are those from its request on.
 */
export async function measureRebuild(session: Session, roundId: number, meter: ReturnType<typeof jobMeterLines>, log: (line: string) => void, timeoutMs = 600_000): Promise<RebuildFigures> {
  const quiet = performance.now();
  for (;;) {
    if (performance.now() - quiet > timeoutMs) throw new Error("the writes' refreshes did not settle in time");
    const { freshness } = await state(session, roundId);
    if (!freshness.ranks.pending && freshness.rebuild.status === 'idle') break;
    await pause();
  }
  const from = meter.lines.length;
  const started = performance.now();
  const asked = await fetch(`${session.base}/api/v1/rounds/${roundId}/results/rebuild`, { method: 'POST', headers: { authorization: `Bearer ${session.tokens.admin}` } });
  if (asked.status !== 202) throw new Error(`rebuild answered ${asked.status} ${await asked.text()}`);
  let switchSeconds: number | null = null;
  for (;;) {
    if (performance.now() - started > timeoutMs) throw new Error('the rebuild did not finish in time');
    const { freshness } = await state(session, roundId);
    if (freshness.rebuild.status === 'failed') throw new Error(`the rebuild failed: ${freshness.rebuild.error}`);
    if (switchSeconds === null && freshness.rebuild.status === 'idle') {
      switchSeconds = (performance.now() - started) / 1000;
      log(`  rebuild of ${freshness.rebuild.total} enterprises switched in after ${switchSeconds.toFixed(1)} s`);
    }
    if (switchSeconds !== null && !freshness.ranks.pending) {
      const settledSeconds = (performance.now() - started) / 1000;
      return { enterprises: freshness.rebuild.total, switchSeconds, settledSeconds, jobs: summariseJobs(meter.lines.slice(from)) };
    }
    await pause();
  }
}
