// Adjustments: bonus and deduction items proposed with their evidence, confirmed or rejected by a reviewer
// (never by their proposer), withdrawn while proposed, and applied after the weighted total as separate,
// capped lines of the result.
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { indicatorIds, scoreEverything, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let huaxin: number;
let jiaan: number;
let certificate: number;
beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  huaxin = world.enterpriseId(creditCodes.huaxin);
  jiaan = world.enterpriseId(creditCodes.jiaan);
  const evidence = await call('/evidence', {
    token: world.tokens.expert,
    json: { roundId: world.roundId, enterpriseId: huaxin, indicatorId: ids['STAFF.1.1'], kind: 'link', url: 'https://huaxin-auto.cn/honours', title: '嘉定区文明单位', capturedAt: '2026-11-20T08:00:00.000Z', idempotencyKey: crypto.randomUUID() },
  });
  certificate = evidence.data.id;
  await setRoundStatus(world, 'scoring');
  await scoreEverything(world, ids, () => 8);
});

const listPath = (enterpriseId: number) => `/rounds/${world.roundId}/enterprises/${enterpriseId}/adjustments`;
const auditCount = async (action: string) => (await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, action) })).length;

async function propose(code: string, occurrences: number, token = world.tokens.expert) {
  const res = await call(listPath(huaxin), { token, json: { code, occurrences, evidenceIds: [certificate] } });
  if (res.status !== 201) throw new Error(JSON.stringify(res.data));
  return res.data as { id: number; version: number };
}
const decide = (id: number, token: string, body: Record<string, unknown>) => call(`/adjustments/${id}/decision`, { token, json: body });

describe('POST /rounds/:roundId/enterprises/:enterpriseId/adjustments', () => {
  it('proposes an item of the framework with its evidence, audited', async () => {
    const before = await auditCount('adjustment.propose');
    const res = await call(listPath(huaxin), { token: world.tokens.reviewer, json: { code: 'AWARD_CITY', evidenceIds: [certificate], note: '区级文明单位' } });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ status: 'proposed', occurrences: 1, item: { direction: 'bonus', points: 2, capPerEnterprise: 4 }, proposedBy: { displayName: '赵审核' } });
    expect(await auditCount('adjustment.propose')).toBe(before + 1);
    expect((await call(`/adjustments/${res.data.id}`, { method: 'DELETE', token: world.tokens.reviewer })).status).toBe(204);
  });

  it('is 400 for a code the framework lacks, no evidence or another enterprise’s evidence; 401; 403 for enterprises and coordinators; 404', async () => {
    expect((await call(listPath(huaxin), { token: world.tokens.expert, json: { code: 'AWARD_MOON', evidenceIds: [certificate] } })).status).toBe(400);
    expect((await call(listPath(huaxin), { token: world.tokens.expert, json: { code: 'AWARD_CITY', evidenceIds: [] } })).status).toBe(400);
    expect((await call(listPath(jiaan), { token: world.tokens.expert, json: { code: 'AWARD_CITY', evidenceIds: [certificate] } })).status).toBe(400);
    const body = { code: 'AWARD_CITY', evidenceIds: [certificate] };
    expect((await call(listPath(huaxin), { json: body })).status).toBe(401);
    expect((await call(listPath(huaxin), { token: world.tokens.huaxin, json: body })).status).toBe(403);
    expect((await call(listPath(huaxin), { token: world.tokens.coordinator, json: body })).status).toBe(403);
    expect((await call(listPath(999_999), { token: world.tokens.expert, json: body })).status).toBe(404);
  });
});

describe('POST /adjustments/:id/decision', () => {
  it('confirms by a reviewer (not the proposer), caps each item, and adds the lines after the weighted total', async () => {
    const award = await propose('AWARD_CITY', 3);
    const before = await auditCount('adjustment.decide');
    const confirmed = await decide(award.id, world.tokens.reviewer, { decision: 'confirm', version: 1 });
    expect(confirmed.status).toBe(200);
    expect(confirmed.data).toMatchObject({ status: 'confirmed', decidedBy: { displayName: '赵审核' }, version: 2 });
    expect(await auditCount('adjustment.decide')).toBe(before + 1);
    const exposure = await propose('MEDIA_EXPOSED', 1, world.tokens.reviewer);
    expect((await decide(exposure.id, world.tokens.reviewer, { decision: 'confirm', version: 1 })).status).toBe(403);
    expect((await decide(exposure.id, world.tokens.admin, { decision: 'confirm', version: 1 })).status).toBe(200);

    const list = await call(listPath(huaxin), { token: world.tokens.reviewer });
    expect(list.data).toMatchObject({
      lines: [
        { code: 'AWARD_CITY', occurrences: 3, points: 4, capped: true },
        { code: 'MEDIA_EXPOSED', occurrences: 1, points: -3, capped: false },
      ],
      total: 1,
      capped: false,
    });
    const result = await call(`/rounds/${world.roundId}/results/enterprises/${huaxin}`, { token: world.tokens.reviewer });
    expect(result.status).toBe(200);
    expect(result.data.adjustments.map((l: { code: string; points: number }) => [l.code, l.points])).toEqual([
      ['AWARD_CITY', 4],
      ['MEDIA_EXPOSED', -3],
    ]);
    expect(result.data.summary).toMatchObject({ adjustmentTotal: 1 });
    expect(result.data.summary.total).toBeCloseTo(result.data.summary.weightedTotal + 1, 2);
  });

  it('rejects with a reason; is 400 without one, 401, 403 for experts, 404, 409 at a stale version or the same state', async () => {
    const made = await propose('AWARD_CITY', 1);
    expect((await decide(made.id, world.tokens.reviewer, { decision: 'reject', version: 1 })).status).toBe(400);
    expect((await decide(made.id, '', { decision: 'confirm', version: 1 })).status).toBe(401);
    expect((await decide(made.id, world.tokens.expert, { decision: 'confirm', version: 1 })).status).toBe(403);
    expect((await decide(999_999, world.tokens.reviewer, { decision: 'confirm', version: 1 })).status).toBe(404);
    const rejected = await decide(made.id, world.tokens.reviewer, { decision: 'reject', comment: '证书过期', version: 1 });
    expect(rejected.data).toMatchObject({ status: 'rejected', decisionComment: '证书过期' });
    expect((await decide(made.id, world.tokens.reviewer, { decision: 'confirm', version: 1 })).status).toBe(409);
    expect((await decide(made.id, world.tokens.reviewer, { decision: 'reject', comment: '再次', version: 2 })).status).toBe(409);
  });
});

describe('DELETE /adjustments/:id', () => {
  it('withdraws a proposal by its proposer, audited; 401, 403 for others, 404, 409 once confirmed', async () => {
    const made = await propose('AWARD_CITY', 1);
    expect((await call(`/adjustments/${made.id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await call(`/adjustments/${made.id}`, { method: 'DELETE', token: world.tokens.expert2 })).status).toBe(403);
    const before = await auditCount('adjustment.withdraw');
    expect((await call(`/adjustments/${made.id}`, { method: 'DELETE', token: world.tokens.expert })).status).toBe(204);
    expect(await auditCount('adjustment.withdraw')).toBe(before + 1);
    expect((await call(`/adjustments/${made.id}`, { method: 'DELETE', token: world.tokens.expert })).status).toBe(404);
    const kept = await propose('AWARD_CITY', 1);
    await decide(kept.id, world.tokens.reviewer, { decision: 'confirm', version: 1 });
    expect((await call(`/adjustments/${kept.id}`, { method: 'DELETE', token: world.tokens.expert })).status).toBe(409);
  });

  it('never both withdraws and confirms: a withdrawal racing a confirmation either wins or is 409, audited only when it happened', async () => {
    // The withdrawal starts a few database round trips after the confirmation, so that some runs read the
    // adjustment before the confirmation commits and write after it.
    for (let delay = 0; delay < 12; delay++) {
      const made = await propose('AWARD_CITY', 1);
      const before = await auditCount('adjustment.withdraw');
      const confirming = decide(made.id, world.tokens.reviewer, { decision: 'confirm', version: made.version });
      for (let i = 0; i < delay; i++) await world.db.query.adjustment.findFirst();
      const [decided, withdrawn] = await Promise.all([confirming, call(`/adjustments/${made.id}`, { method: 'DELETE', token: world.tokens.expert })]);
      const stored = await world.db.query.adjustment.findFirst({ where: (a, { eq }) => eq(a.id, made.id) });
      expect(withdrawn.status === 204 && decided.status === 200).toBe(false);
      expect(await auditCount('adjustment.withdraw')).toBe(before + (stored ? 0 : 1));
      if (stored) expect(stored.status).toBe('confirmed');
      if (stored) await decide(made.id, world.tokens.reviewer, { decision: 'reject', version: stored.version });
    }
  }, 30_000);
});

describe('GET /rounds/:roundId/enterprises/:enterpriseId/adjustments', () => {
  it('lists the items with their state for evaluators; 400 bad id, 401, 403 for enterprises, 404', async () => {
    const res = await call(listPath(huaxin), { token: world.tokens.expert });
    expect(res.status).toBe(200);
    expect(res.data.items.length).toBeGreaterThan(0);
    expect((await call(`/rounds/${world.roundId}/enterprises/x/adjustments`, { token: world.tokens.expert })).status).toBe(400);
    expect((await call(listPath(huaxin))).status).toBe(401);
    expect((await call(listPath(huaxin), { token: world.tokens.huaxin })).status).toBe(403);
    expect((await call(listPath(999_999), { token: world.tokens.expert })).status).toBe(404);
  });
});
