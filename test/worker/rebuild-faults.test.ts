// Faults of the background rebuild (ADR 001), driven message by message through the real queue handler with
// a queue that holds what is sent instead of delivering it: a worker restarted mid-rebuild (its next message
// lost) leaves readers on the previous generation whole and the rebuild resumes when nudged; a message
// delivered twice does nothing twice; two rebuilds asked for at once run once; a change arriving while a
// rebuild runs is not lost, and a rebuild asked for while one runs runs after it.
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFramework } from '../../shared/framework/default';
import type { JobMessage } from '../../shared/schemas/jobs';
import { app } from '../../worker/index';
import { consumeJobs } from '../../worker/jobs/queue';
import { syntheticEnterprises } from '../../worker/seed/synthetic-enterprises';
import { jiadingStreets } from '../../worker/seed/jiading-streets';
import type { WorldSpec } from '../../worker/seed/world';
import { derivedIdle, derivedState } from './support/derived';
import { expectLiveResultsMatchReference, liveResults } from './support/reference';
import { createWorld, type World } from './world';

const enterprises = syntheticEnterprises({ count: 60, seed: 61 });
const spec: WorldSpec = {
  streets: jiadingStreets,
  framework: defaultFramework,
  round: { nameZh: '故障测试', nameEn: 'Faults', year: 2026, status: 'scoring' },
  enterprises,
  users: [
    { login: 'admin', displayName: 'Admin', isAdmin: true },
    ...['e1', 'e2', 'e3'].map((login) => ({ login, displayName: login, membership: { role: 'expert' as const } })),
  ],
  assignments: ['e1', 'e2', 'e3'].map((expert) => ({ expert, scope: ['STAFF', 'MGMT', 'GOV', 'COMM', 'ENV'] })),
  demoData: { seed: 3, evidenceShare: 0.3 },
};

let world: World<'admin' | 'e1'>;
const today = new Date().toISOString().slice(0, 10);

/** A queue that keeps what is sent: the test decides what is delivered, twice, or never. */
function heldQueue() {
  const held: JobMessage[] = [];
  const jobs = { send: async (body: JobMessage) => void held.push(body), sendBatch: async () => undefined };
  return { held, env: { ...env, JOBS: jobs as unknown as typeof env.JOBS } };
}

let messageId = 0;
/** Delivers one message to the worker's queue handler, as the queue would; says whether it was acknowledged. */
async function deliver(queueEnv: typeof env, body: JobMessage) {
  const batch = createMessageBatch('csr-clipper-jobs', [{ id: `m${++messageId}`, timestamp: new Date(), attempts: 1, body }]);
  const ctx = createExecutionContext();
  await consumeJobs(batch, queueEnv);
  return (await getQueueResult(batch, ctx)).explicitAcks.length === 1;
}

/** Delivers the oldest held rebuild message (one step of the rebuild); false when none is held. */
async function step(q: ReturnType<typeof heldQueue>) {
  const i = q.held.findIndex((m) => m.kind === 'results.rebuild');
  if (i < 0) return false;
  const [message] = q.held.splice(i, 1);
  expect(await deliver(q.env, message!)).toBe(true);
  return true;
}

/** Delivers rebuild steps until none is held, then whatever else was sent (refresh, prune); returns the steps run. */
async function drain(q: ReturnType<typeof heldQueue>) {
  let steps = 0;
  while (await step(q)) steps += 1;
  while (q.held.length > 0) await deliver(q.env, q.held.shift()!);
  return steps;
}

const request = (queueEnv: typeof env, path: string, init: RequestInit & { json?: unknown; token?: string } = {}) =>
  app.fetch(
    new Request(`http://127.0.0.1/api/v1${path}`, {
      method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
      headers: { authorization: `Bearer ${init.token ?? world.tokens.admin}`, ...(init.json === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    }),
    queueEnv,
  );

const askRebuild = (queueEnv: typeof env) => request(queueEnv, `/rounds/${world.roundId}/results/rebuild`, { method: 'POST' });

/** The consensus method changes behind the round's back (as a framework change would): the next generation differs from the live one. */
const setConsensus = (method: string) =>
  world.db.run(sql`UPDATE framework SET settings = json_set(settings, '$.consensus.method', ${method}, '$.consensus.trimFraction', 0.34) WHERE id = ${world.frameworkId}`);

beforeAll(async () => {
  world = await createWorld<'admin' | 'e1'>(spec);
});

describe('a rebuild', () => {
  it('interrupted mid-way leaves readers on the previous generation whole, and resumes when nudged', async () => {
    const q = heldQueue();
    const before = await liveResults(world.db, world.roundId);
    const { liveGeneration } = (await derivedState(world.db, world.roundId))!;
    await setConsensus('mean');
    expect((await askRebuild(q.env)).status).toBe(202);
    // Started and one chunk built; then the worker restarts and the message for the next chunk is lost.
    await step(q);
    await step(q);
    q.held.length = 0;
    const midway = (await derivedState(world.db, world.roundId))!;
    expect(midway).toMatchObject({ rebuildStatus: 'running', liveGeneration, buildingGeneration: liveGeneration + 1 });
    expect(midway.rebuildDone).toBeGreaterThan(0);
    expect(midway.rebuildDone).toBeLessThan(enterprises.length);
    // Readers still see the previous generation, all of it, as it was, and are told a rebuild is on its way.
    expect(await liveResults(world.db, world.roundId)).toEqual(before);
    const reading = await request(q.env, `/rounds/${world.roundId}/results?limit=5`);
    expect(((await reading.json()) as { freshness: { rebuild: { status: string } } }).freshness.rebuild).toMatchObject({ status: 'running', done: midway.rebuildDone });
    expect(q.held).toHaveLength(0);

    // A minute without a step: the next read sends the rebuild again, and it carries on from its cursor.
    await world.db.run(sql`UPDATE results_state SET rebuild_step_at = '2000-01-01T00:00:00.000Z' WHERE round_id = ${world.roundId}`);
    await request(q.env, `/rounds/${world.roundId}/results?limit=5`);
    expect(q.held.map((m) => m.kind)).toEqual(['results.rebuild']);
    await drain(q);
    expect((await derivedState(world.db, world.roundId))!).toMatchObject({ rebuildStatus: 'idle', liveGeneration: liveGeneration + 1, rebuildDone: enterprises.length });
    await expectLiveResultsMatchReference(world.db, world.roundId, today);
    expect(await liveResults(world.db, world.roundId)).not.toEqual(before);
  }, 60_000);

  it('does nothing twice when a message is delivered twice', async () => {
    const q = heldQueue();
    await setConsensus('trimmed_mean');
    const { liveGeneration } = (await derivedState(world.db, world.roundId))!;
    await askRebuild(q.env);
    let steps = 0;
    for (let i = q.held.findIndex((m) => m.kind === 'results.rebuild'); i >= 0; i = q.held.findIndex((m) => m.kind === 'results.rebuild')) {
      const [message] = q.held.splice(i, 1);
      await deliver(q.env, message!);
      // The same message again, as a queue may deliver it: the step it asked for is done, nothing runs twice.
      await deliver(q.env, message!);
      steps += 1;
    }
    expect(steps).toBeGreaterThan(3);
    await drain(q);
    expect((await derivedState(world.db, world.roundId))!).toMatchObject({ rebuildStatus: 'idle', liveGeneration: liveGeneration + 1 });
    await expectLiveResultsMatchReference(world.db, world.roundId, today);
    const rows = await world.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM result_enterprise WHERE round_id = ${world.roundId}`);
    expect(rows.n).toBe(enterprises.length);
  }, 60_000);

  it('asked for twice at once runs once', async () => {
    const q = heldQueue();
    const { liveGeneration } = (await derivedState(world.db, world.roundId))!;
    const answers = await Promise.all([askRebuild(q.env), askRebuild(q.env)]);
    expect(answers.map((a) => a.status)).toEqual([202, 202]);
    expect(q.held.filter((m) => m.kind === 'results.rebuild')).toHaveLength(1);
    await drain(q);
    expect((await derivedState(world.db, world.roundId))!).toMatchObject({ rebuildStatus: 'idle', liveGeneration: liveGeneration + 1 });
  }, 60_000);

  it('loses no change that arrives while it runs', async () => {
    const q = heldQueue();
    await setConsensus('median');
    const { liveGeneration } = (await derivedState(world.db, world.roundId))!;
    await askRebuild(q.env);
    await step(q);
    await step(q);
    // The first enterprise is built already, the last one not yet: a score of each changes while the rebuild runs.
    const [first, last] = [enterprises[0]!, enterprises.at(-1)!].map((e) => world.enterpriseId(e.creditCode)) as [number, number];
    const indicatorId = (await world.db.get<{ id: number }>(sql`SELECT MIN(id) AS id FROM indicator WHERE framework_id = ${world.frameworkId} AND level = 3 AND kind = 'mandatory'`)).id;
    for (const enterpriseId of [first, last]) {
      const { version } = (await world.db.get<{ version: number }>(sql`SELECT version FROM score WHERE round_id = ${world.roundId} AND enterprise_id = ${enterpriseId}
        AND indicator_id = ${indicatorId} AND expert_id = ${world.userIds.get('e1')!}`))!;
      const put = await request(q.env, `/rounds/${world.roundId}/enterprises/${enterpriseId}/indicators/${indicatorId}/my-score`, {
        method: 'PUT',
        token: world.tokens.e1,
        json: { value: 0, rationale: '重建期间的改动', evidenceIds: [], version },
      });
      expect(put.status).toBe(200);
    }
    expect((await derivedState(world.db, world.roundId))!.rebuildStatus).toBe('running');
    await drain(q);
    expect((await derivedState(world.db, world.roundId))!).toMatchObject({ rebuildStatus: 'idle', liveGeneration: liveGeneration + 1 });
    // The switched-in generation holds both changes: the reference reads the scores as they are now.
    await expectLiveResultsMatchReference(world.db, world.roundId, today);
  }, 60_000);

  it('runs once more when asked for again while it runs', async () => {
    const q = heldQueue();
    const { liveGeneration } = (await derivedState(world.db, world.roundId))!;
    await askRebuild(q.env);
    await step(q);
    await step(q);
    // As an assignment change would while it runs: the running rebuild may have read the old assignments already.
    expect((await askRebuild(q.env)).status).toBe(202);
    expect((await derivedState(world.db, world.roundId))!.rebuildStatus).toBe('running');
    expect(q.held.filter((m) => m.kind === 'results.rebuild')).toHaveLength(1);
    await drain(q);
    expect((await derivedState(world.db, world.roundId))!).toMatchObject({ rebuildStatus: 'idle', liveGeneration: liveGeneration + 2, rebuildRequested: (await derivedState(world.db, world.roundId))!.rebuildServing });
  }, 60_000);

  it('leaves no background work behind for the real queue', async () => {
    await derivedIdle(world.db);
  });
});
