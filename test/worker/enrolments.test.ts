import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../shared/domain/credit-code';
import { roundEnterprise } from '../../worker/db/schema';
import { creditCodes, streets } from '../support/test-world';
import { derivedIdle, derivedState } from './support/derived';
import { indicatorIds, putScore, scoreEverything, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let fresh: { id: number; street: string }[];
beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  // Three registered enterprises that the round does not enrol yet.
  fresh = [];
  for (const [i, street, industry] of [[1, '马陆镇', 'food'], [2, '马陆镇', 'finance'], [3, '徐行镇', 'food']] as const) {
    const body = `91310114MA1H1000${i}`;
    const res = await call('/enterprises', { token: world.tokens.admin, json: { creditCode: body + creditCodeCheckChar(body), name: `上海新企业${i}有限公司`, industry, street, size: 'small', partyOrgType: 'joint' } });
    fresh.push({ id: res.data.id, street });
  }
});

const enrol = (json: unknown, token = world.tokens.admin) => call(`/rounds/${world.roundId}/enrolments`, { token, json });

describe('POST /rounds/:roundId/enrolments', () => {
  it('enrols by street, by industry and by list, counting only new enrolments, and rebuilds the results in the background', async () => {
    const before = (await derivedState(world.db, world.roundId))!;
    expect((await enrol({ by: 'street', streets: ['马陆镇'] })).data).toEqual({ added: 2, enrolled: 5 });
    expect((await enrol({ by: 'industry', industries: ['food'] })).data).toEqual({ added: 1, enrolled: 6 });
    expect((await enrol({ by: 'list', enterpriseIds: [fresh[0]!.id] })).data).toEqual({ added: 0, enrolled: 6 });
    expect((await enrol({ by: 'all' })).data).toEqual({ added: 0, enrolled: 6 });
    // Two enrolments that added someone asked for a rebuild; those that added nobody asked for nothing.
    expect((await derivedState(world.db, world.roundId))!.rebuildRequested).toBe(before.rebuildRequested + 2);
    await derivedIdle(world.db);
    const live = await world.db.all(sql`SELECT enterprise_id FROM result_enterprise WHERE round_id = ${world.roundId}
      AND generation = (SELECT live_generation FROM results_state WHERE round_id = ${world.roundId})`);
    expect(live).toHaveLength(6);
    // Enrolments that add nobody change nothing and leave no audit row.
    expect((await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, 'round.enrol') })).length).toBe(2);
  });

  it('is 404 when a listed enterprise is not registered and 400 for an unknown way of enrolling', async () => {
    expect((await enrol({ by: 'list', enterpriseIds: [9999] })).data.error.code).toBe('enterprise_not_found');
    expect((await enrol({ by: 'size', sizes: ['small'] })).status).toBe(400);
  });

  it('is 403 for non-admins and once scoring started', async () => {
    expect((await enrol({ by: 'all' }, world.tokens.reviewer)).status).toBe(403);
    await setRoundStatus(world, 'scoring');
    expect((await enrol({ by: 'all' })).status).toBe(403);
    await setRoundStatus(world, 'collecting');
  });
});

describe('DELETE /rounds/:roundId/enrolments/:enterpriseId', () => {
  it('withdraws an enterprise without evidence or scores, and keeps one that has them', async () => {
    expect((await call(`/rounds/${world.roundId}/enrolments/${fresh[2]!.id}`, { method: 'DELETE', token: world.tokens.admin })).status).toBe(204);
    const evidence = await call('/evidence', {
      token: world.tokens.expert,
      json: { roundId: world.roundId, enterpriseId: fresh[1]!.id, indicatorId: ids['STAFF.1.1'], kind: 'link', url: 'https://x.cn', title: 't', capturedAt: '2026-11-20T08:00:00.000Z', idempotencyKey: crypto.randomUUID() },
    });
    expect(evidence.status).toBe(201);
    const kept = await call(`/rounds/${world.roundId}/enrolments/${fresh[1]!.id}`, { method: 'DELETE', token: world.tokens.admin });
    expect(kept.status).toBe(409);
    expect((await call(`/rounds/${world.roundId}/enrolments/${fresh[2]!.id}`, { method: 'DELETE', token: world.tokens.admin })).status).toBe(404);
    expect((await call(`/rounds/${world.roundId}/enrolments/${fresh[0]!.id}`, { method: 'DELETE', token: world.tokens.expert })).status).toBe(403);
  });
});

describe('POST /rounds/:roundId/enterprises/:enterpriseId/sign-off', () => {
  const signOff = (enterpriseId: number, token = world.tokens.reviewer) => call(`/rounds/${world.roundId}/enterprises/${enterpriseId}/sign-off`, { token, json: { comment: '材料齐全' } });

  it('is refused while indicators are unscored or disagreements unsettled', async () => {
    // Only the three seeded enterprises stay enrolled.
    for (const e of fresh.slice(0, 2)) await world.db.delete(roundEnterprise).where(eq(roundEnterprise.enterpriseId, e.id));
    await world.db.run('DELETE FROM evidence' as never);
    await setRoundStatus(world, 'scoring');
    await scoreEverything(world, ids, () => 8);
    await setRoundStatus(world, 'reviewing');
    const huaxin = world.enterpriseId(creditCodes.huaxin);
    // expert2 disagrees on ENV.1.1 of huaxin: 8 against 2.
    await putScore(world, { token: world.tokens.expert2, enterpriseId: huaxin, indicatorId: ids['ENV.1.1']!, value: 2 });
    const refused = await signOff(huaxin);
    expect(refused.status).toBe(409);
    expect(refused.data.error).toMatchObject({ code: 'sign_off_refused', details: { unsettled: 1, scoredShare: 1 } });
    await call(`/rounds/${world.roundId}/enterprises/${huaxin}/indicators/${ids['ENV.1.1']}/settlement`, { method: 'PUT', token: world.tokens.reviewer, json: { value: 6, reason: '复核', version: 0 } });
    const signed = await signOff(huaxin);
    expect(signed.status).toBe(200);
    expect(signed.data).toMatchObject({ status: 'signed_off' });
    const listed = await call(`/rounds/${world.roundId}/enterprises?status=signed_off`, { token: world.tokens.admin });
    expect(listed.data.items.map((e: { creditCode: string }) => e.creditCode)).toEqual([creditCodes.huaxin]);
  });

  it('is 403 for experts and outside reviewing, 404 for an enterprise not enrolled', async () => {
    const jiaan = world.enterpriseId(creditCodes.jiaan);
    expect((await signOff(jiaan, world.tokens.expert)).status).toBe(403);
    await setRoundStatus(world, 'scoring');
    expect((await signOff(jiaan)).status).toBe(403);
    await setRoundStatus(world, 'reviewing');
    expect((await signOff(fresh[2]!.id)).status).toBe(404);
    expect((await signOff(jiaan)).status).toBe(200);
  });
});

describe('DELETE /rounds/:roundId/enterprises/:enterpriseId/sign-off', () => {
  it('reopens a signed-off enterprise, audited', async () => {
    const jiaan = world.enterpriseId(creditCodes.jiaan);
    expect((await call(`/rounds/${world.roundId}/enterprises/${jiaan}/sign-off`, { method: 'DELETE', token: world.tokens.coordinator })).status).toBe(403);
    expect((await call(`/rounds/${world.roundId}/enterprises/${jiaan}/sign-off`, { method: 'DELETE', token: world.tokens.reviewer })).status).toBe(204);
    const listed = await call(`/rounds/${world.roundId}/enterprises?street=${encodeURIComponent(streets.anting)}`, { token: world.tokens.admin });
    expect(listed.data.items[0]).toMatchObject({ status: 'enrolled', signedOffAt: null });
    expect(await world.db.query.auditLog.findFirst({ where: (a, { eq }) => eq(a.action, 'enterprise.sign_off_revoke') })).toBeTruthy();
  });
});
