// The D1 handle of a background job. Under the benchmark (D1_METER=true, as in middleware/d1-meter.ts) every
// statement of the job is metered and one log line per job says how many ran and the longest one, which
// `wrangler dev` prints and the bench reads (bench/lib/background.ts); otherwise the binding is used as it is.
import { database, type Database } from '../db/client';
import { meteredD1 } from '../db/metered-d1';
import type { Env } from '../env';

export const JOB_METER_PREFIX = '[d1-meter job]';

export function jobDatabase(env: Env, kind: string, roundId: number): { db: Database; done(): void } {
  if (env.D1_METER !== 'true') return { db: database(env.DB), done: () => {} };
  const meter = meteredD1(env.DB);
  const started = Date.now();
  return {
    db: database(meter.db),
    done() {
      const { statements, rowsRead, rowsWritten, longestMs, longestSql } = meter.tally;
      console.log(`${JOB_METER_PREFIX} ${JSON.stringify({ kind, roundId, ms: Date.now() - started, statements, rowsRead, rowsWritten, longestMs, longestSql })}`);
    },
  };
}
