// Moving a misfiled clip to another indicator (POST /evidence/:id/move) and the experts' queues: slots to
// score by readiness with counts, and their clips a reviewer rejected or moved.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidence } from '../../worker/db/schema';
import { creditCodes, streets } from '../support/test-world';
import { addEvidence } from './support/queue-world';
import { indicatorIds, putScore, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let huaxin: number;
let lvyuan: number;
let jiaan: number;
const version = async (id: number) => (await world.db.query.evidence.findFirst({ where: (e, { eq }) => eq(e.id, id) }))!.version;
const move = async (id: number, indicatorId: number, token = world.tokens.reviewer, at?: number) =>
  call(`/evidence/${id}/move`, { token, json: { indicatorId, version: at ?? (await version(id)) } });

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  huaxin = world.enterpriseId(creditCodes.huaxin);
  lvyuan = world.enterpriseId(creditCodes.lvyuan);
  jiaan = world.enterpriseId(creditCodes.jiaan);
});

describe('POST /evidence/:id/move', () => {
  it('moves a misfiled clip to another indicator, keeping its quote and selectors, audited with the indicator before and after', async () => {
    const [clip] = await addEvidence(world, ids, [{ company: 'huaxin', code: 'STAFF.1.1', stance: 'contradicts' }]);
    const before = await world.db.query.evidence.findFirst({ where: (e, { eq }) => eq(e.id, clip!) });
    const res = await move(clip!, ids['ENV.1.1']!);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ id: clip, indicatorId: ids['ENV.1.1'], indicatorCode: 'ENV.1.1', quote: before!.quote, status: 'pending', version: before!.version + 1 });
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { and, eq }) => and(eq(a.action, 'evidence.move'), eq(a.resourceId, String(clip))) });
    expect(audit).toMatchObject({
      role: 'reviewer',
      before: { indicatorId: ids['STAFF.1.1'], indicatorCode: 'STAFF.1.1', version: 1 },
      after: { indicatorId: ids['ENV.1.1'], indicatorCode: 'ENV.1.1', version: 2 },
    });
  });

  it('lets the author move their own clip while it is pending, and only a reviewer once it is reviewed', async () => {
    const [pending, accepted] = await addEvidence(world, ids, [
      { company: 'huaxin', code: 'STAFF.1.1' },
      { company: 'huaxin', code: 'STAFF.1.1', status: 'accepted' },
    ]);
    expect((await move(pending!, ids['STAFF.1.2']!, world.tokens.expert)).status).toBe(200);
    const refused = await move(accepted!, ids['STAFF.1.2']!, world.tokens.expert);
    expect(refused.status).toBe(403);
    expect(refused.data.error.message).toContain('reviewer');
    expect((await move(pending!, ids['STAFF.1.1']!, world.tokens.expert2)).status).toBe(403);
    expect((await move(accepted!, ids['STAFF.1.2']!)).status).toBe(200);
  });

  it('is 404 for an indicator not in the round’s framework, 409 for one that does not apply to the enterprise or a stale version, 400 for its own indicator', async () => {
    const [clip] = await addEvidence(world, ids, [{ company: 'huaxin', code: 'ENV.1.1' }]);
    expect((await move(clip!, ids.ENV!)).status).toBe(404);
    expect((await move(clip!, 999999)).status).toBe(404);
    // ENV.1.2 applies to construction only; huaxin makes car parts.
    const special = await move(clip!, ids['ENV.1.2']!);
    expect(special.status).toBe(409);
    expect(special.data.error.code).toBe('indicator_not_applicable');
    expect((await move(clip!, ids['ENV.1.1']!)).status).toBe(400);
    expect((await move(clip!, ids['STAFF.1.1']!, world.tokens.reviewer, 7)).status).toBe(409);
    expect((await call(`/evidence/${clip}/move`, { token: world.tokens.reviewer, json: { indicatorId: 'x', version: 1 } })).status).toBe(400);
    expect((await call(`/evidence/${clip}/move`, { json: { indicatorId: ids['STAFF.1.1'], version: 1 } })).status).toBe(401);
    expect((await move(999999, ids['STAFF.1.1']!, world.tokens.reviewer, 1)).status).toBe(404);
    expect((await move(clip!, ids['STAFF.1.1']!, world.tokens.coordinator)).status).toBe(403);
  });
});

describe('GET /rounds/:roundId/queues/my-clips', () => {
  it('shows the author their clips that were rejected or moved, newest first, with who did it and where it went', async () => {
    const [rejected, moved, untouched] = await addEvidence(world, ids, [
      { company: 'jiaan', code: 'STAFF.1.1', by: 'expert2' },
      { company: 'lvyuan', code: 'STAFF.1.2', by: 'expert2' },
      { company: 'lvyuan', code: 'ENV.1.1', by: 'expert2' },
    ]);
    expect((await call(`/evidence/${rejected}/review`, { token: world.tokens.reviewer, json: { status: 'rejected', comment: '与该指标无关', version: 1 } })).status).toBe(200);
    expect((await move(moved!, ids['ENV.1.2']!)).status).toBe(200);
    const res = await call(`/rounds/${world.roundId}/queues/my-clips`, { token: world.tokens.expert2 });
    expect(res.status).toBe(200);
    expect(res.data.counts).toEqual({ rejected: 1, moved: 1 });
    expect(res.data.items.map((i: { evidence: { id: number } }) => i.evidence.id)).toEqual([moved, rejected]);
    expect(res.data.items[0]).toMatchObject({
      enterprise: { id: lvyuan, street: streets.nanxiang },
      moved: { from: { id: ids['STAFF.1.2'], code: 'STAFF.1.2' }, to: { id: ids['ENV.1.2'], code: 'ENV.1.2' }, by: '赵审核' },
      rejected: null,
    });
    expect(res.data.items[1]).toMatchObject({ rejected: { comment: '与该指标无关', by: '赵审核' }, moved: null });
    expect(JSON.stringify(res.data)).not.toContain(`"id":${untouched},`);
    const onlyMoved = await call(`/rounds/${world.roundId}/queues/my-clips?kind=moved&limit=1`, { token: world.tokens.expert2 });
    expect(onlyMoved.data.items).toHaveLength(1);
    expect(onlyMoved.data.nextCursor).toBeNull();
    // Others' clips are not theirs.
    expect((await call(`/rounds/${world.roundId}/queues/my-clips`, { token: world.tokens.huaxin })).data.items).toEqual([]);
  });

  it('is 400 for a bad kind, 401 without a session, 403 for coordinators and 404 for an unknown round', async () => {
    expect((await call(`/rounds/${world.roundId}/queues/my-clips?kind=lost`, { token: world.tokens.expert2 })).status).toBe(400);
    expect((await call(`/rounds/${world.roundId}/queues/my-clips`)).status).toBe(401);
    expect((await call(`/rounds/${world.roundId}/queues/my-clips`, { token: world.tokens.coordinator })).status).toBe(403);
    expect((await call('/rounds/999/queues/my-clips', { token: world.tokens.expert2 })).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/queues/to-score', () => {
  const toScore = (query: Record<string, string | number> = {}, token = world.tokens.expert2) =>
    call(`/rounds/${world.roundId}/queues/to-score?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`, { token });
  const slots = (res: { data: { items: { enterprise: { id: number }; indicator: { code: string } }[] } }) => res.data.items.map((i) => [i.enterprise.id, i.indicator.code]);

  it('lists the unscored slots of the expert’s assignment that have accepted evidence first, then the waiting ones, enterprise by enterprise', async () => {
    await world.db.run('DELETE FROM evidence' as never);
    await setRoundStatus(world, 'scoring');
    // expert2 covers ENV.1 (ENV.1.1, and ENV.1.2 for construction) of huaxin and lvyuan only.
    await addEvidence(world, ids, [
      { company: 'lvyuan', code: 'ENV.1.2', status: 'accepted' },
      { company: 'lvyuan', code: 'ENV.1.2' },
      { company: 'huaxin', code: 'ENV.1.1', status: 'accepted' },
      { company: 'jiaan', code: 'ENV.1.1', status: 'accepted' }, // outside expert2's enterprises
      { company: 'huaxin', code: 'STAFF.1.1', status: 'accepted' }, // outside expert2's indicators
    ]);
    const ready = await toScore();
    expect(ready.status).toBe(200);
    expect(slots(ready)).toEqual([
      [huaxin, 'ENV.1.1'],
      [lvyuan, 'ENV.1.2'],
    ].sort((a, b) => (a[0] as number) - (b[0] as number)));
    expect(ready.data.items.find((i: { indicator: { code: string } }) => i.indicator.code === 'ENV.1.2')).toMatchObject({ acceptedEvidence: 1, pendingEvidence: 1 });
    expect(slots(await toScore({ readiness: 'waiting' }))).toEqual([[lvyuan, 'ENV.1.1']]);
    expect((await call(`/rounds/${world.roundId}/queues/to-score/counts`, { token: world.tokens.expert2 })).data).toEqual({ covered: 3, scored: 0, ready: 2, waiting: 1 });

    // Scoring a slot takes it off the queue.
    expect((await putScore(world, { token: world.tokens.expert2, enterpriseId: huaxin, indicatorId: ids['ENV.1.1']!, value: 7 })).status).toBe(201);
    expect(slots(await toScore())).toEqual([[lvyuan, 'ENV.1.2']]);
    expect((await call(`/rounds/${world.roundId}/queues/to-score/counts`, { token: world.tokens.expert2 })).data).toEqual({ covered: 3, scored: 1, ready: 1, waiting: 1 });
  });

  it('pages the waiting slots by cursor and filters by street, dimension, indicator and enterprise', async () => {
    // The expert covers STAFF and ENV of every enterprise: 3 × 3 applicable ENV/STAFF slots plus lvyuan's ENV.1.2.
    const all: unknown[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await toScore({ readiness: 'waiting', limit: 3, ...(cursor ? { cursor } : {}) }, world.tokens.expert);
      all.push(...slots(res));
      cursor = res.data.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    const counts = (await call(`/rounds/${world.roundId}/queues/to-score/counts`, { token: world.tokens.expert })).data;
    expect(counts).toEqual({ covered: 10, scored: 0, ready: 4, waiting: 6 });
    expect(all).toHaveLength(6);
    expect(new Set(all.map((s) => JSON.stringify(s))).size).toBe(6);
    expect(slots(await toScore({ readiness: 'waiting', street: streets.anting }, world.tokens.expert))).toEqual([
      [jiaan, 'STAFF.1.1'],
      [jiaan, 'STAFF.1.2'],
    ]);
    expect(slots(await toScore({ dimensionId: ids.ENV!, enterpriseId: lvyuan }, world.tokens.expert))).toEqual([[lvyuan, 'ENV.1.2']]);
    expect(slots(await toScore({ indicatorId: ids['STAFF.1.1']! }, world.tokens.expert))).toEqual([[huaxin, 'STAFF.1.1']]);
  });

  it('reads the ready slots window by window of enterprises: a page spans windows, and one with nothing near answers short with a cursor past them', async () => {
    const ready = async (limit: number, cursor?: string) => toScore({ limit, ...(cursor ? { cursor } : {}) }, world.tokens.expert);
    const walk = async (limit: number) => {
      const found: unknown[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 100; pages++) {
        const res = await ready(limit, cursor);
        found.push(...slots(res));
        if (!res.data.nextCursor) break;
        cursor = res.data.nextCursor;
      }
      return found;
    };
    const near = slots(await ready(50));
    // 450 more enrolled enterprises after the world's three: windows of 100 enterprises, four per request.
    await world.db.run(sql`INSERT INTO enterprise (credit_code, name, industry, street, street_id, size, party_org_type)
      WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 450)
      SELECT printf('FILLER%05d', k), '填充企业' || k, e.industry, e.street, e.street_id, 'small', 'none' FROM n, enterprise e WHERE e.id = ${huaxin}`);
    await world.db.run(sql`INSERT INTO round_enterprise (round_id, enterprise_id) SELECT ${world.roundId}, id FROM enterprise WHERE credit_code LIKE 'FILLER%'`);
    const filler = async (k: number) => (await world.db.get<{ id: number }>(sql`SELECT id FROM enterprise WHERE credit_code = ${`FILLER${String(k).padStart(5, '0')}`}`))!.id;
    const [second, fifth] = [await filler(150), await filler(449)];
    for (const [enterpriseId, code] of [[second, 'STAFF.1.2'], [fifth, 'ENV.1.1']] as const) {
      await world.db.insert(evidence).values({
        roundId: world.roundId, enterpriseId, indicatorId: ids[code]!, kind: 'clip', url: 'https://filler.example.cn/csr', title: code, quote: '证据',
        stance: 'supports', status: 'accepted', capturedBy: world.userIds.get('expert2')!, capturedAt: '2026-11-20T08:00:00.000Z', idempotencyKey: crypto.randomUUID(),
      });
    }
    const everything = [...near, [second, 'STAFF.1.2'], [fifth, 'ENV.1.1']];
    // Page by page, one slot at a time or fifty: the same slots in the same order, across the windows.
    expect(await walk(1)).toEqual(everything);
    expect(await walk(50)).toEqual(everything);
    // The first page looked at four windows (up to the 400th enterprise): short, with a cursor to go on from.
    const first = await ready(50);
    expect(slots(first)).toEqual([...near, [second, 'STAFF.1.2']]);
    expect(first.data.nextCursor).not.toBeNull();
    const next = await ready(50, first.data.nextCursor);
    expect(slots(next)).toEqual([[fifth, 'ENV.1.1']]);
    expect(next.data.nextCursor).toBeNull();
    // The waiting slots, 200 a page across the windows: each once, enterprise by enterprise, as many as the counts say.
    const waiting: [number, string][] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const res = await toScore({ readiness: 'waiting', limit: 200, ...(cursor ? { cursor } : {}) }, world.tokens.expert);
      waiting.push(...(slots(res) as [number, string][]));
      if (!res.data.nextCursor) break;
      cursor = res.data.nextCursor;
    }
    const counts = (await call(`/rounds/${world.roundId}/queues/to-score/counts`, { token: world.tokens.expert })).data;
    expect(waiting).toHaveLength(counts.waiting);
    expect(new Set(waiting.map((w) => JSON.stringify(w))).size).toBe(waiting.length);
    expect(waiting.map(([id]) => id)).toEqual(waiting.map(([id]) => id).sort((a, b) => a - b));
  });

  it('is 400 for a bad readiness, 401 without a session, 403 for everyone but experts and 404 for unknown rounds and indicators', async () => {
    expect((await toScore({ readiness: 'soon' })).status).toBe(400);
    expect((await call(`/rounds/${world.roundId}/queues/to-score`)).status).toBe(401);
    for (const who of ['reviewer', 'admin', 'huaxin'] as const) {
      expect((await toScore({}, world.tokens[who])).status).toBe(403);
      expect((await call(`/rounds/${world.roundId}/queues/to-score/counts`, { token: world.tokens[who] })).status).toBe(403);
    }
    expect((await toScore({ indicatorId: 999999 })).status).toBe(404);
    expect((await call('/rounds/999/queues/to-score', { token: world.tokens.expert })).status).toBe(404);
    expect((await call(`/rounds/${world.roundId}/queues/to-score/counts`)).status).toBe(401);
    expect((await call('/rounds/999/queues/to-score/counts', { token: world.tokens.expert })).status).toBe(404);
    expect((await call('/rounds/0/queues/to-score/counts', { token: world.tokens.expert })).status).toBe(400);
  });
});
