// The floor under the worker's figures: the statements the worker runs for a request, run directly on the
// same SQLite file with node:sqlite. The worker's own code (worker/index.ts, its routes and query builders)
// runs in Node over a recording D1 (sqlite-d1.ts) to learn them; only their replay is timed, so the floor
// has no HTTP, no workerd, no D1 transport and no JavaScript of ours in it.
import type { DatabaseSync } from 'node:sqlite';
import { openLocalD1 } from '../../test/support/local-d1';
import { app } from '../../worker/index';
import type { Env } from '../../worker/env';
import { replay, sqliteD1, type RecordedStatement } from './sqlite-d1';
import { timed, type Summary } from './stats';
import { authorization, type Probe, type Session } from './worker-figures';

export type Floor = { summary: Summary; statements: number };

/** The worker's answer to `probe`'s request i, computed in Node on `db`; every statement it ran goes to `record`. */
async function answerInNode(db: DatabaseSync, session: Session, probe: Probe, i: number, record: (s: RecordedStatement) => void = () => {}) {
  // Reads send no jobs in a steady state; a queue that drops what it is sent stands in for the binding.
  const env = { DB: sqliteD1(db, record), JOBS: { send: async () => ({}) }, DEV: 'true', SESSION_DAYS: '30', ALLOWED_ORIGINS: '' } as unknown as Env;
  const { method, path, body, headers } = probe.request(i);
  const res = await app.fetch(
    new Request(`http://127.0.0.1/api/v1${path}`, {
      method,
      headers: { ...authorization(session, probe), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    env,
  );
  await res.arrayBuffer();
  return res;
}

/** An ETag as the worker would answer it now (the poll probe's, after the browser changed the state). */
export async function etagInNode(persistTo: string, session: Session, probe: Probe): Promise<string | undefined> {
  const db = await openLocalD1(persistTo, { readOnly: false });
  try {
    return (await answerInNode(db, session, probe, 0)).headers.get('etag') ?? undefined;
  } finally {
    db.close();
  }
}

/** The statements the worker runs for `probe`'s request i, learnt on a second run (the first fills the isolate's caches, as warm-up does). */
async function learn(db: DatabaseSync, session: Session, probe: Probe, i: number): Promise<RecordedStatement[]> {
  let recorded: RecordedStatement[] = [];
  for (let run = 0; run < 2; run++) {
    recorded = [];
    const res = await answerInNode(db, session, probe, i, (s) => recorded.push(s));
    if (!probe.ok.includes(res.status)) throw new Error(`floor of ${probe.label}: the worker's code in Node answered ${res.status}`);
  }
  return recorded;
}

/** Times the replay of each request of `probe` (as many as the worker's sequential run) on the tier's SQLite file. */
export async function measureFloor(persistTo: string, session: Session, probe: Probe): Promise<Floor> {
  const db = await openLocalD1(persistTo, { readOnly: false });
  try {
    const learnt = new Map<string, RecordedStatement[]>();
    const statementsOf = async (i: number) => {
      const key = JSON.stringify(probe.request(i));
      if (!learnt.has(key)) learnt.set(key, await learn(db, session, probe, i));
      return learnt.get(key)!;
    };
    // Learning runs each request twice in Node on this file: SQLite's pages are warm before the timed replays.
    for (let i = 0; i < probe.iterations; i++) await statementsOf(i);
    const summary = await timed(async (i) => void replay(db, await statementsOf(i)), probe.iterations);
    return { summary, statements: (await statementsOf(0)).length };
  } finally {
    db.close();
  }
}
