// Progress of the small test world in scoring: the expert scored all 10 applicable slots, expert2 one of
// its three (huaxin's ENV.1.1, at 2 against the expert's 8: an open disagreement), one clip for huaxin.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { EnterpriseProgressQuery } from '../../shared/schemas/progress';
import { database } from '../../worker/db/client';
import { enterpriseProgress } from '../../worker/queries/progress';
import { creditCodes, streets } from '../support/test-world';
import { oneDisagreementWorld } from './support/scenario';
import { call, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await oneDisagreementWorld();
});

const progress = (token?: string, roundId = world.roundId) => call(`/rounds/${roundId}/progress`, { token });

describe('GET /rounds/:roundId/progress', () => {
  it('counts evidence, scored slots, open disagreements and sign-offs per street, and each expert’s share', async () => {
    const res = await progress(world.tokens.reviewer);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ roundId: world.roundId, street: null, streetId: null, freshness: { pending: false } });
    // In the registry's official order (南翔镇 is the 4th, 安亭镇 the 5th), not by name.
    expect(res.data.streets).toEqual([
      { streetId: world.streetId(streets.nanxiang), street: streets.nanxiang, enterprises: 2, evidence: 1, acceptedEvidence: 0, applicableSlots: 7, scoredSlots: 7, openDisagreements: 1, signedOff: 0 },
      { streetId: world.streetId(streets.anting), street: streets.anting, enterprises: 1, evidence: 0, acceptedEvidence: 0, applicableSlots: 3, scoredSlots: 3, openDisagreements: 0, signedOff: 0 },
    ]);
    expect(res.data.experts).toEqual([
      { expert: { id: world.userIds.get('expert'), displayName: '李专家', bureau: '区人社局' }, assignedSlots: 10, scoredSlots: 10, evidence: 1, openDisagreements: 1 },
      { expert: { id: world.userIds.get('expert2'), displayName: '王专家', bureau: '区生态环境局' }, assignedSlots: 3, scoredSlots: 1, evidence: 0, openDisagreements: 1 },
    ]);
  });

  it('gives a coordinator the figures of their street only', async () => {
    const res = await progress(world.tokens['coordinator-anting']);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ street: streets.anting, streetId: world.streetId(streets.anting) });
    expect(res.data.streets.map((s: { street: string }) => s.street)).toEqual([streets.anting]);
    expect(res.data.experts.map((e: { assignedSlots: number; scoredSlots: number; openDisagreements: number }) => [e.assignedSlots, e.scoredSlots, e.openDisagreements])).toEqual([
      [3, 3, 0],
      [0, 0, 0],
    ]);
  });

  it('is 400 for a bad id, 401 anonymous, 403 for enterprises and outsiders, 404 for an unknown round', async () => {
    expect((await call('/rounds/x/progress', { token: world.tokens.admin })).status).toBe(400);
    expect((await progress()).status).toBe(401);
    expect((await progress(world.tokens.huaxin)).status).toBe(403);
    expect((await progress(world.tokens.outsider)).status).toBe(403);
    expect((await progress(world.tokens.admin, 999)).status).toBe(404);
    expect((await progress(world.tokens.expert)).status).toBe(200);
  });
});

const behind = (query = '', token = world.tokens.admin) => call(`/rounds/${world.roundId}/progress/enterprises${query}`, { token });
const ids = (res: { data: { items: { enterprise: { id: number } }[] } }) => res.data.items.map((i) => i.enterprise.id);

describe('GET /rounds/:roundId/progress/enterprises', () => {
  it('lists every enterprise with what it still lacks, the furthest behind first', async () => {
    const res = await behind();
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ roundId: world.roundId, street: null, nextCursor: null, freshness: { pending: false } });
    // Nothing is evidenced yet (the one clip is pending): each lacks evidence on all its applicable slots, and huaxin
    // has the open disagreement; equally far behind, the lower id comes first.
    expect(res.data.items.map((i: { enterprise: { id: number }; behind: number; missingEvidence: number; openDisagreements: number }) => [i.enterprise.id, i.behind, i.missingEvidence, i.openDisagreements])).toEqual([
      [world.enterpriseId(creditCodes.huaxin), 4, 3, 1],
      [world.enterpriseId(creditCodes.lvyuan), 4, 4, 0],
      [world.enterpriseId(creditCodes.jiaan), 3, 3, 0],
    ]);
    expect(res.data.items[0]).toMatchObject({ applicableSlots: 3, evidencedSlots: 0, scoredSlots: 3, unscoredSlots: 0, scores: 4, evidence: 1, acceptedEvidence: 0, requestsWaiting: 0, requestsOverdue: 0, reportsOverdue: 0, signedOff: false });
  });

  it('sorts by one kind of gap and pages with a cursor', async () => {
    expect(ids(await behind('?sort=disagreements'))[0]).toBe(world.enterpriseId(creditCodes.huaxin));
    const first = await behind('?limit=2');
    const rest = await behind(`?limit=2&cursor=${encodeURIComponent(first.data.nextCursor)}`);
    expect([...ids(first), ...ids(rest)]).toEqual(ids(await behind()));
    expect(rest.data.nextCursor).toBeNull();
  });

  it('finds the page from the counters and results alone, and looks up only its enterprises in the registry', async () => {
    const recorded: { sql: string; params: unknown[] }[] = [];
    // A D1 that notes each statement (and its parameters) the query runs.
    const recording = new Proxy(env.DB, {
      get: (d1, key) =>
        key === 'prepare'
          ? (text: string) => {
              const entry = { sql: text, params: [] as unknown[] };
              recorded.push(entry);
              const statement = d1.prepare(text);
              return new Proxy(statement, { get: (s, k) => (k === 'bind' ? (...params: unknown[]) => ((entry.params = params), s.bind(...params)) : Reflect.get(s, k, s)) });
            }
          : Reflect.get(d1, key, d1),
    });
    const page = await enterpriseProgress(database(recording), world.roundId, { kind: 'all' }, EnterpriseProgressQuery.parse({}));
    expect(page.items).toHaveLength(3);
    const [statement] = recorded;
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${statement!.sql}`).bind(...statement!.params).all<{ detail: string }>();
    const steps = results.map((r) => r.detail);
    const sorted = steps.indexOf('USE TEMP B-TREE FOR ORDER BY');
    expect(sorted).toBeGreaterThan(0);
    // The registry is read after the sort (for the page's rows), never for every enterprise before it.
    expect(steps.slice(0, sorted).filter((d) => / enterprise /.test(d))).toEqual([]);
    expect(steps.slice(sorted).filter((d) => / enterprise /.test(d))).toHaveLength(1);
  });

  it('gives a coordinator their street only, and is 400 for an unknown sort, 401 anonymous, 403 for enterprises', async () => {
    const mine = await behind('', world.tokens['coordinator-anting']);
    expect(mine.data).toMatchObject({ street: streets.anting });
    expect(ids(mine)).toEqual([world.enterpriseId(creditCodes.jiaan)]);
    expect(ids(await behind(`?street=${encodeURIComponent(streets.nanxiang)}`, world.tokens['coordinator-anting']))).toEqual([]);
    expect((await behind('?sort=name')).status).toBe(400);
    expect((await call(`/rounds/${world.roundId}/progress/enterprises`)).status).toBe(401);
    expect((await behind('', world.tokens.huaxin)).status).toBe(403);
  });
});
