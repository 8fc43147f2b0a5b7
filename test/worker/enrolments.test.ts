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
    expect((await enrol({ by: 'street', streetIds: [world.streetId('马陆镇')] })).data).toEqual({ added: 2, enrolled: 5 });
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

  it('enrols from a CSV of credit codes and reports the codes not valid and not registered, by line', async () => {
    const body = '91310114MA1H20001';
    const code = body + creditCodeCheckChar(body);
    const registered = await call('/enterprises', { token: world.tokens.admin, json: { creditCode: code, name: '上海名单企业有限公司', industry: 'food', street: '马陆镇', size: 'small', partyOrgType: 'none' } });
    expect(registered.status).toBe(201);
    const unregistered = '91310114MA1H20002' + creditCodeCheckChar('91310114MA1H20002');
    const csv = ['序号,统一社会信用代码', `1,${code.toLowerCase()}`, `2,${creditCodes.huaxin}`, '3,91310114MA1GT35K7X', `4,${unregistered}`, '5,12345', `6,${code}`].join('\r\n');
    const res = await enrol({ by: 'csv', csv });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      added: 1,
      enrolled: 7,
      invalid: [
        { row: 4, code: '91310114MA1GT35K7X', problem: 'check_digit' },
        { row: 6, code: '12345', problem: 'length' },
      ],
      notFound: [{ row: 5, code: unregistered, problem: 'not_registered' }],
    });
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { eq }) => eq(a.action, 'round.enrol'), orderBy: (a, { desc }) => desc(a.id) });
    expect(audit?.after).toEqual({ by: 'csv', codes: 2, invalid: 2, notFound: 1 });
    await world.db.delete(roundEnterprise).where(eq(roundEnterprise.enterpriseId, registered.data.id));
    expect((await enrol({ by: 'csv', csv: '' })).status).toBe(400);
    expect((await enrol({ by: 'csv', csv }, world.tokens.reviewer)).status).toBe(403);
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
  const signOff = (enterpriseId: number, token = world.tokens.reviewer, confirm?: { reason: string }) =>
    call(`/rounds/${world.roundId}/enterprises/${enterpriseId}/sign-off`, { token, json: { comment: '材料齐全', confirm } });

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
    // Scored and settled, but nothing evidenced: below the framework's completeness floor (default 80 %).
    const asked = await signOff(huaxin);
    expect(asked.status).toBe(409);
    expect(asked.data.error).toMatchObject({ code: 'sign_off_needs_confirmation', details: { pendingEvidence: 0, contradictingUnreviewed: 0, completeness: 0, completenessThreshold: 0.8 } });
    const signed = await signOff(huaxin, world.tokens.reviewer, { reason: '证据另行书面核实' });
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
    expect((await signOff(jiaan, world.tokens.reviewer, { reason: '' })).status).toBe(400);
    expect((await call(`/rounds/${world.roundId}/enterprises/${jiaan}/sign-off`, { json: { confirm: { reason: '已核实' } } })).status).toBe(401);
    expect((await signOff(jiaan, world.tokens.reviewer, { reason: '已核实' })).status).toBe(200);
  });

  it('asks for a confirmation while evidence is pending or contradicting evidence unreviewed, and records the reason it was given', async () => {
    const lvyuan = world.enterpriseId(creditCodes.lvyuan);
    const clip = (stance: string, indicator: string) =>
      call('/evidence', {
        token: world.tokens.expert,
        json: { roundId: world.roundId, enterpriseId: lvyuan, indicatorId: ids[indicator], kind: 'record', url: 'https://credit.example.cn/p', title: '行政处罚', stance, capturedAt: '2026-11-20T08:00:00.000Z', idempotencyKey: crypto.randomUUID() },
      });
    for (const [stance, indicator] of [['contradicts', 'ENV.1.1'], ['supports', 'STAFF.1.1'], ['supports', 'STAFF.1.2']] as const) expect((await clip(stance, indicator)).status).toBe(201);
    const asked = await signOff(lvyuan);
    expect(asked.status).toBe(409);
    expect(asked.data.error.details).toEqual({ pendingEvidence: 3, contradictingUnreviewed: 1, completeness: 0, completenessThreshold: 0.8 });
    // A refusal changes nothing.
    expect((await world.db.query.roundEnterprise.findFirst({ where: (r, { and, eq }) => and(eq(r.roundId, world.roundId), eq(r.enterpriseId, lvyuan)) }))?.status).toBe('enrolled');

    expect((await signOff(lvyuan, world.tokens.reviewer, { reason: '处罚已整改,另行核实' })).status).toBe(200);
    const stored = await world.db.query.roundEnterprise.findFirst({ where: (r, { and, eq }) => and(eq(r.roundId, world.roundId), eq(r.enterpriseId, lvyuan)) });
    const confirmation = { reason: '处罚已整改,另行核实', openItems: { pendingEvidence: 3, contradictingUnreviewed: 1, completeness: 0, completenessThreshold: 0.8 } };
    expect(stored).toMatchObject({ status: 'signed_off', signOffConfirmation: confirmation });
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { and, eq }) => and(eq(a.action, 'enterprise.sign_off'), eq(a.resourceId, String(lvyuan))) });
    expect(audit?.after).toEqual({ status: 'signed_off', comment: '材料齐全', confirmation });
    // Revoking the sign-off forgets the confirmation with it.
    expect((await call(`/rounds/${world.roundId}/enterprises/${lvyuan}/sign-off`, { method: 'DELETE', token: world.tokens.reviewer })).status).toBe(204);
    expect((await world.db.query.roundEnterprise.findFirst({ where: (r, { and, eq }) => and(eq(r.roundId, world.roundId), eq(r.enterpriseId, lvyuan)) }))?.signOffConfirmation).toBeNull();
  });
});

describe('DELETE /rounds/:roundId/enterprises/:enterpriseId/sign-off', () => {
  it('reopens a signed-off enterprise, audited', async () => {
    const jiaan = world.enterpriseId(creditCodes.jiaan);
    expect((await call(`/rounds/${world.roundId}/enterprises/${jiaan}/sign-off`, { method: 'DELETE', token: world.tokens.coordinator })).status).toBe(403);
    expect((await call(`/rounds/${world.roundId}/enterprises/${jiaan}/sign-off`, { method: 'DELETE', token: world.tokens.reviewer })).status).toBe(204);
    const listed = await call(`/rounds/${world.roundId}/enterprises?streetId=${world.streetId(streets.anting)}`, { token: world.tokens.admin });
    expect(listed.data.items[0]).toMatchObject({ status: 'enrolled', signedOffAt: null });
    expect(await world.db.query.auditLog.findFirst({ where: (a, { eq }) => eq(a.action, 'enterprise.sign_off_revoke') })).toBeTruthy();
  });
});
