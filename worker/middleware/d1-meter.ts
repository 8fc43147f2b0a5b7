// Development and benchmarks only: when the worker runs with the var D1_METER=true (`wrangler dev --var
// D1_METER:true`, never in wrangler.toml; predeploy refuses it) and a request asks with `x-d1-meter: 1`, the
// request's D1 statements are counted and the answer carries D1's rows read, rows written and rows returned
// and its longest single statement in headers. Without both, nothing is wrapped: deployed workers and ordinary requests pay nothing.
import { createMiddleware } from 'hono/factory';
import { meteredD1 } from '../db/metered-d1';
import type { AppEnv } from '../env';

export const d1Meter = createMiddleware<AppEnv>(async (c, next) => {
  if (c.env.D1_METER !== 'true' || c.req.header('x-d1-meter') !== '1') return next();
  const meter = meteredD1(c.env.DB);
  // A copy for this request only: the env object itself is shared by every request of the isolate.
  c.env = { ...c.env, DB: meter.db };
  await next();
  const { statements, rowsRead, rowsWritten, rowsReturned, longestMs } = meter.tally;
  c.header('x-d1-statements', String(statements));
  c.header('x-d1-rows-read', String(rowsRead));
  c.header('x-d1-rows-written', String(rowsWritten));
  c.header('x-d1-rows-returned', String(rowsReturned));
  c.header('x-d1-longest-ms', String(longestMs));
});
