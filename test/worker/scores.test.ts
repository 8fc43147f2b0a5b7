import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { framework, roundEnterprise } from '../../worker/db/schema';
import { creditCodes } from '../support/test-world';
import { indicatorIds, putScore, scorePath, setRoundStatus } from './support/scenario';
import { liveIndicatorResult } from './support/derived';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let huaxin: number;
let lvyuan: number;
let jiaan: number;
beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  huaxin = world.enterpriseId(creditCodes.huaxin);
  lvyuan = world.enterpriseId(creditCodes.lvyuan);
  jiaan = world.enterpriseId(creditCodes.jiaan);
  await setRoundStatus(world, 'scoring');
});

const auditCount = async (action: string) => (await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, action) })).length;

describe('PUT /rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/my-score', () => {
  it('creates a score with its rubric level, audits it and takes it into the enterprise’s results at once', async () => {
    const before = await auditCount('score.put');
    const res = await putScore(world, { token: world.tokens.expert, enterpriseId: huaxin, indicatorId: ids['STAFF.1.1']!, value: 7.5 });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ value: 7.5, rubricLevel: 1, indicatorCode: 'STAFF.1.1', expert: { displayName: '李专家' }, version: 1 });
    expect(await auditCount('score.put')).toBe(before + 1);
    expect(await liveIndicatorResult(world.db, world.roundId, huaxin, ids['STAFF.1.1']!)).toMatchObject({ consensus: 7.5, expert_count: 1 });
  });

  it('updates at the current version and is 409 with the current score for a stale one', async () => {
    const slot = { token: world.tokens.expert, enterpriseId: jiaan, indicatorId: ids['STAFF.1.2']! };
    expect((await putScore(world, { ...slot, value: 4 })).status).toBe(201);
    const updated = await putScore(world, { ...slot, value: 5, version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({ value: 5, version: 2 });
    const stale = await putScore(world, { ...slot, value: 9, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.data.error).toMatchObject({ code: 'conflict', details: { current: { value: 5, version: 2 } } });
    const again = await putScore(world, { ...slot, value: 9, version: 0 });
    expect(again.data.error.details.current).toMatchObject({ value: 5 });
  });

  it('cites evidence of the same enterprise and round only', async () => {
    const evidence = await call('/evidence', {
      token: world.tokens.expert,
      json: { roundId: world.roundId, enterpriseId: lvyuan, indicatorId: ids['ENV.1.2'], kind: 'link', url: 'https://lvyuan-build.cn/csr', title: '扬尘治理', capturedAt: '2026-11-20T08:00:00.000Z', idempotencyKey: crypto.randomUUID() },
    });
    const cited = await putScore(world, { token: world.tokens.expert, enterpriseId: lvyuan, indicatorId: ids['ENV.1.2']!, value: 6, evidenceIds: [evidence.data.id] });
    expect(cited.status).toBe(201);
    expect(cited.data.evidenceIds).toEqual([evidence.data.id]);
    const foreign = await putScore(world, { token: world.tokens.expert, enterpriseId: huaxin, indicatorId: ids['STAFF.1.2']!, value: 6, evidenceIds: [evidence.data.id] });
    expect(foreign.status).toBe(400);
    expect(foreign.data.error.details.fields[0].path).toBe('evidenceIds');
  });

  it('is 400 above the max score, for a rubric level the value is not in, and for a missing rationale', async () => {
    const slot = { token: world.tokens.expert, enterpriseId: huaxin, indicatorId: ids['ENV.1.1']! };
    expect((await putScore(world, { ...slot, value: 10.5 })).data.error.details.fields[0].path).toBe('value');
    const level = await call(scorePath(world, huaxin, ids['ENV.1.1']!), { method: 'PUT', token: world.tokens.expert, json: { value: 3, rubricLevel: 1, rationale: 'x', version: 0 } });
    expect(level.status).toBe(400);
    expect(level.data.error.details.fields[0].path).toBe('rubricLevel');
    expect((await call(scorePath(world, huaxin, ids['ENV.1.1']!), { method: 'PUT', token: world.tokens.expert, json: { value: 3, rationale: ' ', version: 0 } })).status).toBe(400);
  });

  it('is 409 for a special indicator that does not apply to the industry', async () => {
    const res = await putScore(world, { token: world.tokens.expert, enterpriseId: huaxin, indicatorId: ids['ENV.1.2']!, value: 5 });
    expect(res.status).toBe(409);
    expect(res.data.error.code).toBe('indicator_not_applicable');
  });

  it('is 403 outside the assignment: another group, or an enterprise outside the subset', async () => {
    const group = await putScore(world, { token: world.tokens.expert2, enterpriseId: huaxin, indicatorId: ids['STAFF.1.1']!, value: 5 });
    expect(group.status).toBe(403);
    expect(group.data.error.message).toContain('outside your assignment');
    expect((await putScore(world, { token: world.tokens.expert2, enterpriseId: jiaan, indicatorId: ids['ENV.1.1']!, value: 5 })).status).toBe(403);
    expect((await putScore(world, { token: world.tokens.expert2, enterpriseId: huaxin, indicatorId: ids['ENV.1.1']!, value: 5 })).status).toBe(201);
  });

  it('is 403 for reviewers, admins and enterprises, and while the round is not scoring or reviewing', async () => {
    for (const who of ['reviewer', 'admin', 'huaxin'] as const) {
      expect((await putScore(world, { token: world.tokens[who], enterpriseId: huaxin, indicatorId: ids['STAFF.1.2']!, value: 5 })).status, who).toBe(403);
    }
    await setRoundStatus(world, 'published');
    const closed = await putScore(world, { token: world.tokens.expert, enterpriseId: huaxin, indicatorId: ids['STAFF.1.2']!, value: 5 });
    expect(closed.status).toBe(403);
    expect(closed.data.error.message).toContain('published');
    await setRoundStatus(world, 'scoring');
  });

  it('is 403 once a reviewer signed the enterprise off, for scores and settlements alike, until the sign-off is revoked', async () => {
    const signedOff = () => world.db.update(roundEnterprise).set({ status: 'signed_off' }).where(eq(roundEnterprise.enterpriseId, jiaan));
    await signedOff();
    const score = await putScore(world, { token: world.tokens.expert, enterpriseId: jiaan, indicatorId: ids['STAFF.1.1']!, value: 6 });
    expect(score.status).toBe(403);
    expect(score.data.error.message).toContain('signed off');
    const settle = await call(`/rounds/${world.roundId}/enterprises/${jiaan}/indicators/${ids['STAFF.1.1']}/settlement`, { method: 'PUT', token: world.tokens.reviewer, json: { value: 6, reason: 'x', version: 0 } });
    expect(settle.status).toBe(403);
    await world.db.update(roundEnterprise).set({ status: 'enrolled' }).where(eq(roundEnterprise.enterpriseId, jiaan));
    expect((await putScore(world, { token: world.tokens.expert, enterpriseId: jiaan, indicatorId: ids['STAFF.1.1']!, value: 6 })).status).toBe(201);
  });

  it('is 404 for an unknown indicator, a dimension or an enterprise not enrolled, 401 without a session', async () => {
    expect((await putScore(world, { token: world.tokens.expert, enterpriseId: huaxin, indicatorId: 9999, value: 5 })).data.error.code).toBe('indicator_not_found');
    expect((await putScore(world, { token: world.tokens.expert, enterpriseId: huaxin, indicatorId: ids.STAFF!, value: 5 })).data.error.code).toBe('indicator_not_found');
    expect((await putScore(world, { token: world.tokens.expert, enterpriseId: 9999, indicatorId: ids['STAFF.1.1']!, value: 5 })).data.error.code).toBe('enterprise_not_found');
    expect((await call(scorePath(world, huaxin, ids['STAFF.1.1']!), { method: 'PUT', json: { value: 1, rationale: 'x', version: 0 } })).status).toBe(401);
  });
});

describe('GET /rounds/:roundId/enterprises/:enterpriseId/scores', () => {
  const path = () => `/rounds/${world.roundId}/enterprises/${huaxin}/scores`;

  it('shows every expert score and settlement to reviewers and admins, and to experts those of the indicators they scored', async () => {
    for (const who of ['expert', 'reviewer', 'admin'] as const) {
      const res = await call(path(), { token: world.tokens[who] });
      expect(res.status, who).toBe(200);
      expect(res.data.items.map((s: { indicatorCode: string }) => s.indicatorCode)).toContain('STAFF.1.1');
      expect(res.data.settlements).toEqual([]);
    }
    // expert2 scored only ENV.1.1 of huaxin (blind scoring: test/worker/blind-scoring.test.ts).
    const blind = await call(path(), { token: world.tokens.expert2 });
    expect(new Set(blind.data.items.map((s: { indicatorCode: string }) => s.indicatorCode))).toEqual(new Set(['ENV.1.1']));
  });

  it('shows them to the enterprise only after publication, never to coordinators', async () => {
    expect((await call(path(), { token: world.tokens.huaxin })).status).toBe(403);
    expect((await call(path(), { token: world.tokens.coordinator })).status).toBe(403);
    await setRoundStatus(world, 'published');
    expect((await call(path(), { token: world.tokens.huaxin })).status).toBe(200);
    expect((await call(path(), { token: world.tokens.jiaan })).status).toBe(403);
    await setRoundStatus(world, 'scoring');
    expect((await call(`/rounds/${world.roundId}/enterprises/9999/scores`, { token: world.tokens.admin })).status).toBe(404);
  });

  it('names the experts to the enterprise only where the framework shows their names', async () => {
    const expertsAsSeenBy = async (who: 'huaxin' | 'reviewer') =>
      new Set((await call(path(), { token: world.tokens[who] })).data.items.map((s: { expert: { displayName: string } | null }) => s.expert?.displayName ?? null));
    const showExpertNames = async (show: boolean) => {
      const current = await world.db.select({ settings: framework.settings }).from(framework).where(eq(framework.id, world.frameworkId)).get();
      await world.db.update(framework).set({ settings: { ...current!.settings, showExpertNames: show } }).where(eq(framework.id, world.frameworkId));
    };
    await setRoundStatus(world, 'published');
    expect(await expertsAsSeenBy('huaxin')).toEqual(new Set([null]));
    expect(await expertsAsSeenBy('reviewer')).toContain('李专家');
    await showExpertNames(true);
    expect(await expertsAsSeenBy('huaxin')).toContain('李专家');
    await showExpertNames(false);
    await setRoundStatus(world, 'scoring');
  });
});

describe('PUT /rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/settlement', () => {
  const path = (enterpriseId: number) => `/rounds/${world.roundId}/enterprises/${enterpriseId}/indicators/${ids['ENV.1.1']}/settlement`;

  it('is 409 while the experts do not disagree', async () => {
    await putScore(world, { token: world.tokens.expert, enterpriseId: lvyuan, indicatorId: ids['ENV.1.1']!, value: 6 });
    await putScore(world, { token: world.tokens.expert2, enterpriseId: lvyuan, indicatorId: ids['ENV.1.1']!, value: 7 });
    const res = await call(path(lvyuan), { method: 'PUT', token: world.tokens.reviewer, json: { value: 6.5, reason: '取中', version: 0 } });
    expect(res.status).toBe(409);
    expect(res.data.error.code).toBe('no_disagreement');
  });

  it('settles a disagreement with a reason, keeps the experts’ scores, and is versioned', async () => {
    await putScore(world, { token: world.tokens.expert, enterpriseId: huaxin, indicatorId: ids['ENV.1.1']!, value: 9 });
    // expert2 scored 5 on the same slot above: a spread of 4 on a 10-point indicator.
    const res = await call(path(huaxin), { method: 'PUT', token: world.tokens.reviewer, json: { value: 7, reason: '现场核查后取7分', version: 0 } });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ value: 7, reason: '现场核查后取7分', settledBy: { displayName: '赵审核' }, version: 1 });
    const scores = await call(`/rounds/${world.roundId}/enterprises/${huaxin}/scores`, { token: world.tokens.reviewer });
    expect(scores.data.items.filter((s: { indicatorCode: string }) => s.indicatorCode === 'ENV.1.1').map((s: { value: number }) => s.value).sort()).toEqual([5, 9]);
    expect(scores.data.settlements).toHaveLength(1);
    const stale = await call(path(huaxin), { method: 'PUT', token: world.tokens.reviewer, json: { value: 8, reason: '再议', version: 0 } });
    expect(stale.status).toBe(409);
    expect(stale.data.error.details.current).toMatchObject({ value: 7, version: 1 });
    expect((await call(path(huaxin), { method: 'PUT', token: world.tokens.reviewer, json: { value: 8, reason: '再议', version: 1 } })).data).toMatchObject({ value: 8, version: 2 });
    expect(await auditCount('score.settle')).toBe(2);
  });

  it('is 403 for experts and coordinators, 400 above the max and 404 for an unknown enterprise', async () => {
    expect((await call(path(huaxin), { method: 'PUT', token: world.tokens.expert, json: { value: 7, reason: 'x', version: 2 } })).status).toBe(403);
    expect((await call(path(huaxin), { method: 'PUT', token: world.tokens.coordinator, json: { value: 7, reason: 'x', version: 2 } })).status).toBe(403);
    expect((await call(path(huaxin), { method: 'PUT', token: world.tokens.reviewer, json: { value: 70, reason: 'x', version: 2 } })).status).toBe(400);
    expect((await call(path(9999), { method: 'PUT', token: world.tokens.reviewer, json: { value: 7, reason: 'x', version: 0 } })).status).toBe(404);
  });
});

describe('DELETE /rounds/:roundId/enterprises/:enterpriseId/indicators/:indicatorId/settlement', () => {
  it('withdraws a settlement, audited; 403 for experts', async () => {
    const path = `/rounds/${world.roundId}/enterprises/${huaxin}/indicators/${ids['ENV.1.1']}/settlement`;
    expect((await call(path, { method: 'DELETE', token: world.tokens.expert })).status).toBe(403);
    expect((await call(path, { method: 'DELETE', token: world.tokens.reviewer })).status).toBe(204);
    expect((await call(`/rounds/${world.roundId}/enterprises/${huaxin}/scores`, { token: world.tokens.reviewer })).data.settlements).toEqual([]);
    expect(await auditCount('score.unsettle')).toBe(1);
  });
});
