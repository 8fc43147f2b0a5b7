// The reviewers' queue of pending evidence across the round: order (contradicting first, then oldest),
// filters, keyset pages, facet counts, the saved position and the reject reasons.
import { env } from 'cloudflare:test';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { facetStatements } from '../../worker/queries/review-queue';
import { creditCodes, streets } from '../support/test-world';
import { addEvidence } from './support/queue-world';
import { indicatorIds, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let pieces: number[];
let dimensions: Record<string, number>;
const queue = (query: Record<string, string | number> = {}, token = world.tokens.reviewer) =>
  call(`/rounds/${world.roundId}/queues/evidence?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`, { token });
const idsOf = (res: { data: { items: { evidence: { id: number } }[] } }) => res.data.items.map((i) => i.evidence.id);

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  dimensions = { STAFF: ids.STAFF!, ENV: ids.ENV! };
  pieces = await addEvidence(world, ids, [
    { company: 'huaxin', code: 'STAFF.1.1' }, // 0
    { company: 'jiaan', code: 'ENV.1.1', stance: 'contradicts' }, // 1
    { company: 'lvyuan', code: 'ENV.1.2', by: 'expert2' }, // 2
    { company: 'huaxin', code: 'ENV.1.1', stance: 'context', by: 'huaxin' }, // 3
    { company: 'lvyuan', code: 'STAFF.1.2', stance: 'contradicts', by: 'expert2' }, // 4
    { company: 'jiaan', code: 'STAFF.1.1', status: 'accepted' }, // 5: reviewed, not in the queue
    { company: 'jiaan', code: 'STAFF.1.2', deleted: true }, // 6: withdrawn
    { company: 'huaxin', code: 'STAFF.1.2' }, // 7
  ]);
});

describe('GET /rounds/:roundId/queues/evidence', () => {
  it('lists pending live evidence of every enterprise, contradicting first, then oldest, with its enterprise and indicator', async () => {
    const res = await queue();
    expect(res.status).toBe(200);
    expect(idsOf(res)).toEqual([1, 4, 0, 2, 3, 7].map((i) => pieces[i]));
    expect(res.data.nextCursor).toBeNull();
    expect(res.data.items[0]).toMatchObject({
      evidence: { id: pieces[1], stance: 'contradicts', status: 'pending', indicatorCode: 'ENV.1.1', capturedBy: { displayName: '李专家' } },
      enterprise: { id: world.enterpriseId(creditCodes.jiaan), name: '上海嘉安物流有限公司', street: streets.anting },
      indicator: { id: ids['ENV.1.1'], code: 'ENV.1.1', dimensionId: dimensions.ENV },
    });
  });

  it('pages by cursor across the contradicting and the other items without losing or repeating one', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await queue({ limit: 2, ...(cursor ? { cursor } : {}) });
      expect(res.data.items.length).toBeLessThanOrEqual(2);
      seen.push(...idsOf(res));
      cursor = res.data.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual([1, 4, 0, 2, 3, 7].map((i) => pieces[i]));
    expect(pages).toBe(3);
  });

  it.each([
    ['street', { street: streets.nanxiang }, [4, 0, 2, 3, 7]],
    ['dimension', { dimensionId: 'ENV' }, [1, 2, 3]],
    ['indicator', { indicatorId: 'STAFF.1.2' }, [4, 7]],
    ['expert', { expertId: 'expert2' }, [4, 2]],
    ['enterprise', { enterpriseId: 'huaxin' }, [0, 3, 7]],
    ['stance', { stance: 'context' }, [3]],
    ['several', { street: streets.nanxiang, dimensionId: 'STAFF', stance: 'supports' }, [0, 7]],
  ])('filters by %s', async (_what, filters, expected) => {
    const query = Object.fromEntries(
      Object.entries(filters).map(([key, value]) => {
        if (key === 'dimensionId' || key === 'indicatorId') return [key, ids[value]!];
        if (key === 'expertId') return [key, world.userIds.get(value)!];
        if (key === 'enterpriseId') return [key, world.enterpriseId(creditCodes[value as keyof typeof creditCodes])];
        return [key, value];
      }),
    );
    expect(idsOf(await queue(query))).toEqual(expected.map((i) => pieces[i]));
  });

  it('is 400 for a cursor it did not hand out and a bad filter, 404 for a dimension not in the framework and an unknown round', async () => {
    expect((await queue({ cursor: 'bm90LWEtY3Vyc29y' })).status).toBe(400);
    expect((await queue({ stance: 'against' })).status).toBe(400);
    expect((await queue({ limit: 0 })).status).toBe(400);
    const leafAsDimension = await queue({ dimensionId: ids['STAFF.1.1']! });
    expect(leafAsDimension.status).toBe(404);
    expect(leafAsDimension.data.error.code).toBe('indicator_not_found');
    expect((await call('/rounds/999/queues/evidence', { token: world.tokens.reviewer })).status).toBe(404);
  });

  it('is 401 without a session and 403 for experts, coordinators and enterprises', async () => {
    expect((await call(`/rounds/${world.roundId}/queues/evidence`)).status).toBe(401);
    for (const who of ['expert', 'coordinator', 'huaxin'] as const) expect((await queue({}, world.tokens[who])).status).toBe(403);
    expect((await queue({}, world.tokens.admin)).status).toBe(200);
  });
});

describe('GET /rounds/:roundId/queues/evidence/facets', () => {
  const facets = (query: Record<string, string | number> = {}) =>
    call(`/rounds/${world.roundId}/queues/evidence/facets?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`, { token: world.tokens.reviewer });

  it('counts the pending items per value of each filter', async () => {
    const res = await facets();
    expect(res.status).toBe(200);
    expect(res.data.total).toBe(6);
    expect(res.data.street).toEqual([
      { street: streets.nanxiang, count: 5 },
      { street: streets.anting, count: 1 },
    ]);
    expect(res.data.stance).toEqual(expect.arrayContaining([{ stance: 'supports', count: 3 }, { stance: 'contradicts', count: 2 }, { stance: 'context', count: 1 }]));
    expect(res.data.dimension).toEqual(expect.arrayContaining([expect.objectContaining({ id: dimensions.STAFF, code: 'STAFF', count: 3 }), expect.objectContaining({ code: 'ENV', count: 3 })]));
    expect(res.data.expert).toEqual([
      { id: world.userIds.get('expert'), displayName: '李专家', count: 3 },
      { id: world.userIds.get('expert2'), displayName: '王专家', count: 2 },
      { id: world.userIds.get('huaxin'), displayName: '华鑫联络员', count: 1 },
    ]);
    expect(res.data.enterprise[0]).toEqual({ id: world.enterpriseId(creditCodes.huaxin), name: '上海华鑫汽车零部件有限公司', street: streets.nanxiang, count: 3 });
  });

  it('counts each filter under the other filters, not its own', async () => {
    const res = await facets({ stance: 'contradicts' });
    expect(res.data.total).toBe(2);
    // What choosing each stance would leave: the stance facet ignores the stance filter.
    expect(res.data.stance.find((s: { stance: string }) => s.stance === 'supports').count).toBe(3);
    expect(res.data.street).toEqual(expect.arrayContaining([{ street: streets.anting, count: 1 }, { street: streets.nanxiang, count: 1 }]));
    expect(res.data.indicator).toEqual(expect.arrayContaining([{ id: ids['ENV.1.1'], code: 'ENV.1.1', count: 1 }, { id: ids['STAFF.1.2'], code: 'STAFF.1.2', count: 1 }]));
    const one = await facets({ enterpriseId: world.enterpriseId(creditCodes.huaxin) });
    expect(one.data.total).toBe(3);
  });

  it('reads the pending items from the covering index evidence_pending_facets, never the evidence table row by row', async () => {
    const dialect = new SQLiteAsyncDialect();
    for (const filters of [{}, { stance: 'contradicts' as const, expertId: 1 }, { street: streets.anting, enterpriseId: 1 }]) {
      for (const statement of facetStatements({ id: world.roundId, framework: { id: 0 } }, [], filters)) {
        const { sql: text, params } = dialect.sqlToQuery(statement);
        const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${text}`).bind(...params).all<{ detail: string }>();
        const onEvidence = results.map((r) => r.detail).filter((d) => / evidence /.test(d));
        expect(onEvidence).toEqual([expect.stringContaining('USING COVERING INDEX evidence_pending_facets')]);
      }
    }
  });

  it('is 400, 401, 403 and 404 as the queue is', async () => {
    expect((await facets({ stance: 'x' })).status).toBe(400);
    expect((await call(`/rounds/${world.roundId}/queues/evidence/facets`)).status).toBe(401);
    expect((await call(`/rounds/${world.roundId}/queues/evidence/facets`, { token: world.tokens.expert })).status).toBe(403);
    expect((await facets({ indicatorId: 999999 })).status).toBe(404);
  });
});

describe('PUT and GET /rounds/:roundId/queues/evidence/position', () => {
  const path = () => `/rounds/${world.roundId}/queues/evidence/position`;

  it('remembers where the reviewer left off, per reviewer, and starts the queue there', async () => {
    expect((await call(path(), { token: world.tokens.reviewer })).data).toEqual({ position: null });
    const saved = await call(path(), { method: 'PUT', token: world.tokens.reviewer, json: { evidenceId: pieces[2], filters: { street: streets.nanxiang } } });
    expect(saved.status).toBe(200);
    expect(saved.data.position).toMatchObject({ evidenceId: pieces[2], filters: { street: streets.nanxiang }, cursor: expect.any(String) });
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { eq }) => eq(a.action, 'queue.position') });
    expect(audit).toMatchObject({ resourceType: 'queue', roundId: world.roundId, after: { evidenceId: pieces[2], filters: { street: streets.nanxiang } } });

    // Another browser of the same reviewer reads it back; the admin has none of their own.
    const { position } = (await call(path(), { token: world.tokens.reviewer })).data;
    expect((await call(path(), { token: world.tokens.admin })).data.position).toBeNull();
    expect(idsOf(await queue({ ...position.filters, cursor: position.cursor }))).toEqual([2, 3, 7].map((i) => pieces[i]));

    // Once the item is reviewed, the queue resumes where it stood.
    await world.db.run(`UPDATE evidence SET status = 'accepted' WHERE id = ${pieces[2]}` as never);
    expect(idsOf(await queue({ ...position.filters, cursor: (await call(path(), { token: world.tokens.reviewer })).data.position.cursor }))).toEqual([3, 7].map((i) => pieces[i]));
    await world.db.run(`UPDATE evidence SET status = 'pending' WHERE id = ${pieces[2]}` as never);
  });

  it('is 404 for evidence of no live item of the round, 400 for a bad body, 401 and 403 for others and in a closed round', async () => {
    expect((await call(path(), { method: 'PUT', token: world.tokens.reviewer, json: { evidenceId: pieces[6] } })).status).toBe(404);
    expect((await call(path(), { method: 'PUT', token: world.tokens.reviewer, json: { evidenceId: 'x' } })).status).toBe(400);
    expect((await call(path(), { method: 'PUT', json: { evidenceId: pieces[0] } })).status).toBe(401);
    expect((await call(path(), { method: 'PUT', token: world.tokens.expert, json: { evidenceId: pieces[0] } })).status).toBe(403);
    expect((await call(path(), { token: world.tokens.expert })).status).toBe(403);
    expect((await call(path())).status).toBe(401);
    expect((await call('/rounds/999/queues/evidence/position', { token: world.tokens.reviewer })).status).toBe(404);
    await setRoundStatus(world, 'closed');
    expect((await call(path(), { method: 'PUT', token: world.tokens.reviewer, json: { evidenceId: pieces[0] } })).status).toBe(403);
    await setRoundStatus(world, 'collecting');
  });
});

describe('GET /rounds/:roundId/queues/evidence/reject-reasons', () => {
  it('offers the standard reasons in both languages and the reviewer’s own recent ones, newest first', async () => {
    const reject = async (id: number, comment: string) => {
      const current = (await world.db.query.evidence.findFirst({ where: (e, { eq }) => eq(e.id, id) }))!;
      const res = await call(`/evidence/${id}/review`, { token: world.tokens.reviewer, json: { status: 'rejected', comment, version: current.version } });
      expect(res.status).toBe(200);
    };
    await reject(pieces[0]!, '截图与原文不符');
    await reject(pieces[3]!, '与该指标无关');
    await reject(pieces[7]!, '只有标题没有内容');
    const res = await call(`/rounds/${world.roundId}/queues/evidence/reject-reasons`, { token: world.tokens.reviewer });
    expect(res.status).toBe(200);
    expect(res.data.standard).toContainEqual({ code: 'irrelevant', label: { zh: '与该指标无关', en: 'Not about this indicator' } });
    expect(res.data.recent).toEqual(['只有标题没有内容', '截图与原文不符']);
    expect((await call(`/rounds/${world.roundId}/queues/evidence/reject-reasons`, { token: world.tokens.admin })).data.recent).toEqual([]);
    expect((await call(`/rounds/${world.roundId}/queues/evidence/reject-reasons`, { token: world.tokens.expert })).status).toBe(403);
    expect((await call(`/rounds/${world.roundId}/queues/evidence/reject-reasons`)).status).toBe(401);
    expect((await call('/rounds/999/queues/evidence/reject-reasons', { token: world.tokens.reviewer })).status).toBe(404);
    expect((await call('/rounds/x/queues/evidence/reject-reasons', { token: world.tokens.reviewer })).status).toBe(400);
  });
});
