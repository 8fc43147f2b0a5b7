// The published explanation and settlement: after publication an enterprise reads, per indicator, its
// consensus (the settled value where a reviewer settled), the rubric level, every expert's original score and
// rationale without names (the test framework does not show them) and the cited evidence.
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { exampleValue, indicatorIds, putScore, scoreEverything, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let huaxin: number;
let certificate: number;
const path = (enterpriseId = huaxin) => `/rounds/${world.roundId}/enterprises/${enterpriseId}/explanation`;
const env11 = (slot: { creditCode: string; indicatorCode: string }) => slot.creditCode === creditCodes.huaxin && slot.indicatorCode === 'ENV.1.1';

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  huaxin = world.enterpriseId(creditCodes.huaxin);
  const evidence = await call('/evidence', {
    token: world.tokens.expert,
    json: { roundId: world.roundId, enterpriseId: huaxin, indicatorId: ids['ENV.1.1'], kind: 'link', url: 'https://huaxin-auto.cn/emissions', title: '排放监测报告', capturedAt: new Date().toISOString(), idempotencyKey: crypto.randomUUID() },
  });
  certificate = evidence.data.id;
  await setRoundStatus(world, 'scoring');
  // huaxin's ENV.1.1: the expert says 2, expert2 says 9, and a reviewer settles at 7.
  await scoreEverything(world, ids, (slot) => (env11(slot) ? 2 : exampleValue(slot)), (slot) => (env11(slot) ? '排放超标两次' : '依据报告'));
  await putScore(world, { token: world.tokens.expert2, enterpriseId: huaxin, indicatorId: ids['ENV.1.1']!, value: 9, rationale: '监测报告全部达标', evidenceIds: [certificate] });
  const settled = await call(`/rounds/${world.roundId}/enterprises/${huaxin}/indicators/${ids['ENV.1.1']}/settlement`, { method: 'PUT', token: world.tokens.reviewer, json: { value: 7, reason: '复核监测记录后取7分', version: 0 } });
  if (settled.status !== 201) throw new Error(JSON.stringify(settled.data));
});

describe('GET /rounds/:roundId/enterprises/:enterpriseId/explanation', () => {
  it('is 403 for everyone but admins before publication', async () => {
    expect((await call(path(), { token: world.tokens.huaxin })).status).toBe(403);
    expect((await call(path(), { token: world.tokens.expert })).status).toBe(403);
    expect((await call(path(), { token: world.tokens.reviewer })).status).toBe(403);
  });

  it('explains the published result to the enterprise: settled consensus, rubric level, both original rationales without names, cited evidence', async () => {
    await setRoundStatus(world, 'reviewing');
    for (const enterpriseId of world.enterpriseIds.values()) await call(`/rounds/${world.roundId}/enterprises/${enterpriseId}/sign-off`, { token: world.tokens.reviewer, json: { confirm: { reason: '测试世界' } } });
    const published = await call(`/rounds/${world.roundId}/transitions`, { token: world.tokens.admin, json: { to: 'published' } });
    expect(published.status).toBe(200);

    const res = await call(path(), { token: world.tokens.huaxin });
    expect(res.status).toBe(200);
    const env = res.data.indicators.find((i: { code: string }) => i.code === 'ENV.1.1');
    expect(env).toMatchObject({ consensus: 7, settlement: { value: 7, reason: '复核监测记录后取7分' } });
    expect(env.rubricLevel).not.toBeNull();
    expect(env.rationales.map((r: { value: number; rationale: string; expert: unknown }) => [r.value, r.rationale, r.expert]).sort()).toEqual([
      [2, '排放超标两次', null],
      [9, '监测报告全部达标', null],
    ]);
    expect(env.evidence).toEqual([expect.objectContaining({ id: certificate, title: '排放监测报告', validity: expect.objectContaining({ status: 'valid' }) })]);
    expect(res.data.summary.enterprise.id).toBe(huaxin);
    for (const name of ['李专家', '王专家', '赵审核']) expect(JSON.stringify(res.data)).not.toContain(name);
  });

  it('never labels a failed mandatory indicator with a rubric level: it says the threshold and by how much the score missed it', async () => {
    const res = await call(path(), { token: world.tokens.huaxin });
    // huaxin's mandatory STAFF.1.1 scored 4 of 10 against the framework's 60 %.
    const staff = res.data.indicators.find((i: { code: string }) => i.code === 'STAFF.1.1');
    expect(staff).toMatchObject({ consensus: 4, rubricLevel: null, veto: { threshold: 6, missedBy: 2 } });
    const env = res.data.indicators.find((i: { code: string }) => i.code === 'ENV.1.1');
    expect(env.veto).toBeNull();
  });

  it('uses the settled value in the result and keeps the settlement audited', async () => {
    const result = await call(`/rounds/${world.roundId}/results/enterprises/${huaxin}`, { token: world.tokens.reviewer });
    const indicators = result.data.dimensions.flatMap((d: { groups: { indicators: unknown[] }[] }) => d.groups.flatMap((g) => g.indicators));
    expect(indicators.find((i: { code: string }) => i.code === 'ENV.1.1')).toMatchObject({ consensus: 7, settled: true });
    const audit = await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, 'score.settle') });
    expect(audit).toHaveLength(1);
  });

  it('names the experts to evaluators', async () => {
    const res = await call(path(), { token: world.tokens.reviewer });
    const env = res.data.indicators.find((i: { code: string }) => i.code === 'ENV.1.1');
    expect(env.rationales.map((r: { expert: { displayName: string } }) => r.expert?.displayName).sort()).toEqual(['李专家', '王专家']);
  });

  it('is 400 for a bad id, 401 anonymous, 403 for another enterprise and coordinators, 404 for an unknown enterprise', async () => {
    expect((await call(`/rounds/${world.roundId}/enterprises/x/explanation`, { token: world.tokens.huaxin })).status).toBe(400);
    expect((await call(path())).status).toBe(401);
    expect((await call(path(), { token: world.tokens.jiaan })).status).toBe(403);
    expect((await call(path(), { token: world.tokens.coordinator })).status).toBe(403);
    expect((await call(path(999_999), { token: world.tokens.admin })).status).toBe(404);
  });
});
