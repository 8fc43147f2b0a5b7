// The disagreement queue (scores, rationales and cited evidence side by side) and the explicit bulk settle:
// a preview of exactly which items get which value under the median rule, and a confirmation with one reason
// that settles each item on its own, audited, or is refused with the items that changed since the preview.
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes, streets } from '../support/test-world';
import { addEvidence } from './support/queue-world';
import { indicatorIds, putScore, scoreEverything, setRoundStatus } from './support/scenario';
import { scoresVersionOf } from '../../shared/domain/bulk-settle';
import { isStaleWrite, runBatch } from '../../worker/db/batch';
import { scoreSettlement } from '../../worker/db/schema';
import { abortUnlessScoresAsPreviewed } from '../../worker/queries/disagreements';
import { settleRound } from '../../worker/jobs/settle';
import { derivedIdle } from './support/derived';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let huaxin: number;
let lvyuan: number;
let cited: number;
const get = (path: string, query: Record<string, string | number> = {}, token = world.tokens.reviewer) =>
  call(`/rounds/${world.roundId}${path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`, { token });
const keys = (items: { enterprise?: { id: number }; enterpriseId?: number; indicator?: { code: string }; indicatorCode?: string }[]) =>
  items.map((i) => [i.enterprise?.id ?? i.enterpriseId, i.indicator?.code ?? i.indicatorCode]);
const confirm = (body: unknown, token = world.tokens.reviewer) => call(`/rounds/${world.roundId}/settlements`, { token, json: body });

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  huaxin = world.enterpriseId(creditCodes.huaxin);
  lvyuan = world.enterpriseId(creditCodes.lvyuan);
  cited = (await addEvidence(world, ids, [{ company: 'lvyuan', code: 'ENV.1.1', stance: 'contradicts', status: 'accepted' }]))[0]!;
  await setRoundStatus(world, 'scoring');
  const high = (slot: { enterpriseId: number; indicatorCode: string }) =>
    slot.indicatorCode === 'ENV.1.1' ? (slot.enterpriseId === huaxin ? 8 : 9) : slot.indicatorCode === 'ENV.1.2' ? 5.5 : 7;
  await scoreEverything(world, ids, high, () => '报告第3页');
  // expert2 disagrees on three slots: two across a rubric level (8 vs 2, 9 vs 1), one within level 0 (5.5 vs 1).
  for (const [enterpriseId, code, value] of [[huaxin, 'ENV.1.1', 2], [lvyuan, 'ENV.1.1', 1], [lvyuan, 'ENV.1.2', 1]] as const) {
    const res = await putScore(world, { token: world.tokens.expert2, enterpriseId, indicatorId: ids[code]!, value, rationale: `监测超标 ${code}`, evidenceIds: enterpriseId === lvyuan && code === 'ENV.1.1' ? [cited!] : [] });
    expect(res.status).toBe(201);
  }
  await setRoundStatus(world, 'reviewing');
});

describe('GET /rounds/:roundId/queues/disagreements', () => {
  it('lists every unsettled disagreement with the experts’ scores, rationales and cited evidence side by side', async () => {
    const res = await get('/queues/disagreements');
    expect(res.status).toBe(200);
    expect(keys(res.data.items)).toEqual([
      [huaxin, 'ENV.1.1'],
      [lvyuan, 'ENV.1.1'],
      [lvyuan, 'ENV.1.2'],
    ]);
    const item = res.data.items[1];
    expect(item).toMatchObject({
      enterprise: { id: lvyuan, street: streets.nanxiang },
      indicator: { code: 'ENV.1.1', maxScore: 10, rubric: [expect.anything(), expect.anything()] },
      computedConsensus: 5,
      minValue: 1,
      maxValue: 9,
      levelSpread: 1,
      scoresVersion: expect.stringMatching(/^\d+:1,\d+:1$/),
    });
    expect(item.scores.map((s: { expert: { displayName: string }; value: number; rationale: string }) => [s.expert.displayName, s.value, s.rationale])).toEqual([
      ['李专家', 9, '报告第3页'],
      ['王专家', 1, '监测超标 ENV.1.1'],
    ]);
    expect(item.evidence).toEqual([expect.objectContaining({ id: cited, stance: 'contradicts', status: 'accepted' })]);
  });

  it('filters by rubric levels apart, expert, enterprise, street and indicator, sorts by spread, and pages by cursor with the total', async () => {
    expect(keys((await get('/queues/disagreements', { withinLevels: 0 })).data.items)).toEqual([[lvyuan, 'ENV.1.2']]);
    expect(keys((await get('/queues/disagreements', { enterpriseId: huaxin })).data.items)).toEqual([[huaxin, 'ENV.1.1']]);
    expect((await get('/queues/disagreements', { expertId: world.userIds.get('expert2')! })).data.items).toHaveLength(3);
    expect((await get('/queues/disagreements', { street: streets.anting })).data.items).toEqual([]);
    expect(keys((await get('/queues/disagreements', { indicatorId: ids['ENV.1.2']! })).data.items)).toEqual([[lvyuan, 'ENV.1.2']]);
    const first = await get('/queues/disagreements', { limit: 2 });
    const second = await get('/queues/disagreements', { limit: 2, cursor: first.data.nextCursor });
    expect(keys([...first.data.items, ...second.data.items])).toHaveLength(3);
    expect(second.data.nextCursor).toBeNull();
    // Every page tells how many the filters match in all, the page count's basis.
    expect([first.data.total, second.data.total]).toEqual([3, 3]);
    expect((await get('/queues/disagreements', { withinLevels: 0, limit: 1 })).data.total).toBe(1);
    // The widest spread first: 9 vs 1 (8 apart), 8 vs 2 (6), 5.5 vs 1 (4.5); the same order page by page.
    const widest = [[lvyuan, 'ENV.1.1'], [huaxin, 'ENV.1.1'], [lvyuan, 'ENV.1.2']];
    expect(keys((await get('/queues/disagreements', { sort: 'spread' })).data.items)).toEqual(widest);
    const spread: unknown[] = [];
    let cursor: string | null = null;
    for (let n = 0; n < 5; n++) {
      const page = await get('/queues/disagreements', { sort: 'spread', limit: 1, ...(cursor && { cursor }) });
      spread.push(...keys(page.data.items));
      cursor = page.data.nextCursor;
      if (!cursor) break;
    }
    expect(spread).toEqual(widest);
  });

  it('is 400 for a bad filter, 401 without a session, 403 for experts (blind scoring) and coordinators, 404 for an unknown round', async () => {
    expect((await get('/queues/disagreements', { withinLevels: -1 })).status).toBe(400);
    expect((await call(`/rounds/${world.roundId}/queues/disagreements`)).status).toBe(401);
    for (const who of ['expert', 'expert2', 'coordinator', 'huaxin'] as const) expect((await get('/queues/disagreements', {}, world.tokens[who])).status).toBe(403);
    expect((await call('/rounds/999/queues/disagreements', { token: world.tokens.reviewer })).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/settlements/preview and POST /rounds/:roundId/settlements', () => {
  it('previews exactly which items a filter selects and the median each gets, then settles each on its own with one reason', async () => {
    const preview = await get('/settlements/preview', { withinLevels: 0 });
    expect(preview.status).toBe(200);
    expect(preview.data).toMatchObject({
      rule: 'median',
      matched: 1,
      skipped: [],
      items: [{ enterpriseId: lvyuan, indicatorId: ids['ENV.1.2'], indicatorCode: 'ENV.1.2', street: streets.nanxiang, values: [1, 5.5], value: 3.25, rubricLevel: 0 }],
      token: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const { rule, token, items } = preview.data;
    // Nothing is settled by looking.
    expect(await world.db.query.scoreSettlement.findMany()).toEqual([]);

    const settled = await confirm({ rule, token, reason: '同一评分等级内,取专家中位数', items });
    expect(settled.status).toBe(201);
    expect(settled.data).toEqual({ settled: 1, items: [{ enterpriseId: lvyuan, indicatorId: ids['ENV.1.2'], value: 3.25 }] });
    expect(await world.db.query.scoreSettlement.findMany()).toEqual([expect.objectContaining({ enterpriseId: lvyuan, indicatorId: ids['ENV.1.2'], value: 3.25, reason: '同一评分等级内,取专家中位数', settledBy: world.userIds.get('reviewer') })]);
    const audit = await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, 'score.settle') });
    expect(audit).toEqual([expect.objectContaining({ resourceType: 'settlement', resourceId: `${lvyuan}/${ids['ENV.1.2']}`, role: 'reviewer', after: expect.objectContaining({ value: 3.25, rule: 'median', bulk: true }) })]);
    // Settled, it leaves the queue (results recomputed through the same staleness as a single settle).
    expect(keys((await get('/queues/disagreements')).data.items)).toEqual([[huaxin, 'ENV.1.1'], [lvyuan, 'ENV.1.1']]);
    // The same confirmation again finds the item settled.
    const again = await confirm({ rule, token, reason: '再来一次', items });
    expect(again.status).toBe(409);
    expect(again.data.error).toMatchObject({ code: 'preview_stale', details: { changed: [{ enterpriseId: lvyuan, indicatorId: ids['ENV.1.2'], why: 'settled' }] } });
  });

  it('previews an explicit slot list, skipping slots that are no unsettled disagreement, and settles several in one batch, one audit row each', async () => {
    const slots = `${huaxin}:${ids['ENV.1.1']},${huaxin}:${ids['STAFF.1.1']},${lvyuan}:${ids['ENV.1.1']}`;
    const preview = await get('/settlements/preview', { slots });
    expect(preview.data.skipped).toEqual([{ enterpriseId: huaxin, indicatorId: ids['STAFF.1.1'] }]);
    expect(preview.data.items.map((i: { indicatorCode: string; value: number }) => [i.indicatorCode, i.value])).toEqual([
      ['ENV.1.1', 5],
      ['ENV.1.1', 5],
    ]);
    const before = (await world.db.query.auditLog.findMany()).length;
    const res = await confirm({ rule: 'median', token: preview.data.token, reason: '两名专家分歧,取中位数', items: preview.data.items });
    expect(res.status).toBe(201);
    const written = (await world.db.query.auditLog.findMany()).slice(before);
    expect(written.map((a) => [a.action, a.resourceId])).toEqual([
      ['score.settle', `${huaxin}/${ids['ENV.1.1']}`],
      ['score.settle', `${lvyuan}/${ids['ENV.1.1']}`],
    ]);
    // The panel's version moved for each enterprise, as after a single settle.
    expect((await get('/queues/disagreements')).data.items).toEqual([]);
  });

  it('refuses a confirmation whose items changed since the preview, naming them, and writes nothing', async () => {
    await world.db.run('DELETE FROM score_settlement' as never);
    // Settlements deleted behind the API: the round's derived results are rebuilt as a rebuild job would.
    await derivedIdle(world.db);
    await settleRound(world.db, world.roundId, 'test');
    const preview = await get('/settlements/preview', { enterpriseId: lvyuan });
    expect(preview.data.items).toHaveLength(2);
    // expert2 revises one of the scores meanwhile (still a disagreement, but not the one previewed).
    await setRoundStatus(world, 'scoring');
    const current = (await world.db.query.score.findFirst({ where: (s, { and, eq }) => and(eq(s.enterpriseId, lvyuan), eq(s.indicatorId, ids['ENV.1.1']!), eq(s.expertId, world.userIds.get('expert2')!)) }))!;
    expect((await putScore(world, { token: world.tokens.expert2, enterpriseId: lvyuan, indicatorId: ids['ENV.1.1']!, value: 2, version: current.version })).status).toBe(200);
    await setRoundStatus(world, 'reviewing');
    const before = (await world.db.query.auditLog.findMany()).length;
    const res = await confirm({ rule: 'median', token: preview.data.token, reason: '取中位数', items: preview.data.items });
    expect(res.status).toBe(409);
    expect(res.data.error).toMatchObject({ code: 'preview_stale', details: { changed: [{ enterpriseId: lvyuan, indicatorId: ids['ENV.1.1'], why: 'scores_changed' }] } });
    expect(await world.db.query.scoreSettlement.findMany()).toEqual([]);
    expect((await world.db.query.auditLog.findMany()).length).toBe(before);
  });

  it('is 400 for a token that does not match the items or a value changed by hand, and for a bad selection', async () => {
    const preview = await get('/settlements/preview', { enterpriseId: huaxin });
    const { token, items } = preview.data;
    expect((await confirm({ rule: 'median', token: '0'.repeat(64), reason: 'x', items })).status).toBe(400);
    const tampered = await confirm({ rule: 'median', token, reason: 'x', items: [{ ...items[0], value: 10 }] });
    expect(tampered.status).toBe(400);
    expect(tampered.data.error.details.fields[0].path).toBe('token');
    expect((await confirm({ rule: 'median', token, reason: ' ', items })).status).toBe(400);
    expect((await confirm({ rule: 'mean', token, reason: 'x', items })).status).toBe(400);
    expect((await get('/settlements/preview', { slots: 'huaxin:ENV' })).status).toBe(400);
    expect((await get('/settlements/preview', { indicatorId: 999999 })).status).toBe(404);
    expect(await world.db.query.scoreSettlement.findMany()).toEqual([]);
  });

  it('is 401 without a session, 403 for experts and coordinators and outside scoring and review, 404 for an unknown round', async () => {
    const preview = await get('/settlements/preview', { enterpriseId: huaxin });
    const body = { rule: 'median', token: preview.data.token, reason: '取中位数', items: preview.data.items };
    expect((await call(`/rounds/${world.roundId}/settlements/preview`)).status).toBe(401);
    expect((await confirm(body, '')).status).toBe(401);
    for (const who of ['expert', 'coordinator', 'huaxin'] as const) {
      expect((await get('/settlements/preview', {}, world.tokens[who])).status).toBe(403);
      expect((await confirm(body, world.tokens[who])).status).toBe(403);
    }
    await setRoundStatus(world, 'published');
    expect((await confirm(body)).status).toBe(403);
    await setRoundStatus(world, 'reviewing');
    expect((await call('/rounds/999/settlements', { token: world.tokens.reviewer, json: body })).status).toBe(404);
    expect((await confirm(body, world.tokens.admin)).status).toBe(201);
  });
});

describe('the bulk settle batch', () => {
  it('aborts, writing nothing, when a slot’s scores moved between the check and the batch (its SQL guard builds scoresVersionOf)', async () => {
    await world.db.run('DELETE FROM score_settlement' as never);
    const slot = { enterpriseId: huaxin, indicatorId: ids['ENV.1.1']! };
    const scores = await world.db.query.score.findMany({ where: (t, { and, eq }) => and(eq(t.enterpriseId, huaxin), eq(t.indicatorId, ids['ENV.1.1']!)) });
    const write = world.db.insert(scoreSettlement).values({ roundId: world.roundId, ...slot, value: 5, reason: 'x', settledBy: world.userIds.get('reviewer')!, settledAt: new Date().toISOString() });
    const stale = runBatch(world.db, [abortUnlessScoresAsPreviewed(world.roundId, [{ ...slot, scoresVersion: `${scores[0]!.id}:99` }]), write]);
    await expect(stale).rejects.toSatisfy(isStaleWrite);
    expect(await world.db.query.scoreSettlement.findMany()).toEqual([]);
    await runBatch(world.db, [abortUnlessScoresAsPreviewed(world.roundId, [{ ...slot, scoresVersion: scoresVersionOf(scores) }]), write]);
    expect(await world.db.query.scoreSettlement.findMany()).toHaveLength(1);
  });
});
