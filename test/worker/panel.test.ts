import { beforeAll, describe, expect, it } from 'vitest';
import { PanelStateBody } from '../../shared/schemas/panel';
import { creditCodes } from '../support/test-world';
import { saveClip } from './saved-clip';
import { indicatorIds as readIndicatorIds, putScore, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let huaxin: number;
beforeAll(async () => {
  world = await createWorld();
  ids = await readIndicatorIds(world);
  huaxin = world.enterpriseId(creditCodes.huaxin);
  await setRoundStatus(world, 'scoring');
});

const panelPath = (enterpriseId = huaxin, roundId: number | string = world.roundId) => `/rounds/${roundId}/enterprises/${enterpriseId}/panel`;
const readPanel = async (token: string, etag?: string) => {
  const res = await call(panelPath(), { token, headers: etag ? { 'if-none-match': etag } : {} });
  return { ...res, etag: res.headers.get('etag')! };
};
const stateOf = async (token: string) => PanelStateBody.parse((await readPanel(token)).data);
const facts = (state: PanelStateBody, code: string) => state.indicators.find((i) => i.indicatorId === ids[code])!;

describe('GET /rounds/:roundId/enterprises/:enterpriseId/panel', () => {
  it('is 400 for a malformed id, 401 without a session, 404 for an unknown round or an enterprise not enrolled', async () => {
    expect((await call(panelPath(huaxin, 'x'), { token: world.tokens.reviewer })).status).toBe(400);
    expect((await call(panelPath())).status).toBe(401);
    expect((await call(panelPath(huaxin, 999), { token: world.tokens.reviewer })).data.error.code).toBe('round_not_found');
    expect((await call(panelPath(99_999), { token: world.tokens.reviewer })).data.error.code).toBe('enterprise_not_found');
  });

  it('is 403 for another street, another enterprise and users outside the round', async () => {
    for (const login of ['coordinator-anting', 'jiaan', 'outsider'] as const) {
      expect((await call(panelPath(), { token: world.tokens[login] })).status, login).toBe(403);
    }
  });

  it('gives a reviewer the whole state: facts, evidence with contradicting first, scores, settlements and the provisional result', async () => {
    await saveClip(world, 'expert', '全员签订劳动合同。');
    const against = await call('/evidence', {
      token: world.tokens.expert2,
      json: { roundId: world.roundId, enterpriseId: huaxin, indicatorId: ids['ENV.1.1'], kind: 'record', url: 'https://credit.example.cn/penalty/1', title: '行政处罚决定书', stance: 'contradicts', capturedAt: '2026-11-20T08:00:00.000Z', idempotencyKey: crypto.randomUUID() },
    });
    await putScore(world, { token: world.tokens.expert, enterpriseId: huaxin, indicatorId: ids['ENV.1.1']!, value: 9 });
    await putScore(world, { token: world.tokens.expert2, enterpriseId: huaxin, indicatorId: ids['ENV.1.1']!, value: 3 });

    const res = await readPanel(world.tokens.reviewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    const state = PanelStateBody.parse(res.data);
    expect(state.version).toBe(res.etag);
    expect(state.enterprise).toMatchObject({ id: huaxin, creditCode: creditCodes.huaxin, status: 'enrolled', signedOffBy: null });
    expect(state.viewer).toMatchObject({ role: 'reviewer', seesScores: true, seesResults: true, maySignOff: false });
    // The tree is the round's pinned framework, asked for apart (GET /rounds/:roundId/indicators), never with each state.
    expect(res.data).not.toHaveProperty('tree');
    expect(state.evidence[0]).toMatchObject({ id: against.data.id, stance: 'contradicts', may: { review: true, edit: false, withdraw: false, flagSource: false } });
    expect(facts(state, 'ENV.1.1')).toMatchObject({
      applicable: true,
      evidenceCount: 1,
      acceptedCount: 0,
      contradictingCount: 1,
      outcome: { expertCount: 2, minValue: 3, maxValue: 9, consensus: 6, disagreement: true, settled: false },
      may: { score: false, settle: true },
    });
    expect(facts(state, 'ENV.1.2')).toMatchObject({ applicable: false, may: { score: false, settle: false } });
    expect(state.scores.filter((s) => s.indicatorId === ids['ENV.1.1']).map((s) => [s.expert?.displayName, s.value])).toEqual([
      ['李专家', 9],
      ['王专家', 3],
    ]);
    expect(state.result).toMatchObject({ disagreementCount: 1, unsettledCount: 1, provisional: true });
    expect(state.completeness).toMatchObject({ applicable: 3, evidenced: 0, share: 0 });
  });

  it('lets an expert score only inside the assignment, and edit and withdraw only what they captured', async () => {
    const mine = await saveClip(world, 'expert2', '车间粉尘浓度达标。');
    const state = await stateOf(world.tokens.expert2);
    expect(state.viewer).toMatchObject({ role: 'expert', seesScores: true });
    expect(facts(state, 'ENV.1.1').may).toEqual({ score: true, settle: false, ask: true, decideSuggestions: true });
    expect(facts(state, 'STAFF.1.1').may).toMatchObject({ score: false, decideSuggestions: false });
    const own = state.evidence.find((e) => e.id === mine.id)!;
    expect(own.may).toEqual({ review: false, edit: true, withdraw: true, flagSource: false });
    const others = state.evidence.filter((e) => e.capturedBy!.id !== own.capturedBy!.id);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((e) => !e.may.edit && !e.may.withdraw && !e.may.review && !e.may.flagSource)).toBe(true);
    // Experts read in capture order: contradicting evidence is not pulled forward for them.
    expect(state.evidence.map((e) => e.indicatorId)).toEqual([...state.evidence.map((e) => e.indicatorId)].sort((a, b) => a - b));
  });

  it('lets an expert decide on the finder’s suggestions inside the assignment while evidence is collected, before scoring opens', async () => {
    await setRoundStatus(world, 'collecting');
    try {
      const state = await stateOf(world.tokens.expert2);
      expect(facts(state, 'ENV.1.1').may).toMatchObject({ score: false, decideSuggestions: true });
      expect(facts(state, 'STAFF.1.1').may.decideSuggestions).toBe(false);
    } finally {
      await setRoundStatus(world, 'scoring');
    }
  });

  it('shows a coordinator the results but no expert scores, and enterprise staff neither before publication', async () => {
    const coordinator = await stateOf(world.tokens.coordinator);
    expect(coordinator.viewer).toMatchObject({ seesScores: false, seesResults: true });
    expect(coordinator.scores).toEqual([]);
    expect(coordinator.settlements).toEqual([]);
    expect(facts(coordinator, 'ENV.1.1').outcome).toMatchObject({ disagreement: true });
    // Coordinators and enterprise staff tell the reviewers a source is not reachable; they record no anchoring.
    expect(coordinator.evidence.length).toBeGreaterThan(0);
    expect(coordinator.evidence.every((e) => e.may.flagSource && !e.may.review && !e.may.edit)).toBe(true);

    const staff = await stateOf(world.tokens.huaxin);
    expect(staff.viewer).toMatchObject({ role: 'enterprise', seesScores: false, seesResults: false });
    expect(staff.scores).toEqual([]);
    expect(staff.result).toBeNull();
    expect(staff.indicators.every((i) => i.outcome === null)).toBe(true);
    expect(staff.completeness.applicable).toBe(3);
    expect(staff.evidence.length).toBeGreaterThan(0);
    expect(staff.evidence.every((e) => e.may.flagSource)).toBe(true);
  });

  it('answers 304 while nothing changed, and a new version after every kind of change', async () => {
    const first = await readPanel(world.tokens.reviewer);
    const unchanged = await readPanel(world.tokens.reviewer, first.etag);
    expect(unchanged.status).toBe(304);
    expect(unchanged.data).toBe('');
    expect(unchanged.etag).toBe(first.etag);
    expect((await readPanel(world.tokens.reviewer, `"other", ${first.etag}`)).status).toBe(304);
    expect((await readPanel(world.tokens.expert, first.etag)).status).toBe(200);
    const lvyuan = world.enterpriseId(creditCodes.lvyuan);
    expect((await call(panelPath(lvyuan), { token: world.tokens.reviewer, headers: { 'if-none-match': first.etag } })).status).toBe(200);

    const clip = await saveClip(world, 'expert', '依法足额缴纳社会保险。');
    const changes: [string, () => Promise<unknown>][] = [
      ['a clip', () => saveClip(world, 'expert', '建立职工代表大会制度。')],
      ['a review', () => call(`/evidence/${clip.id}/review`, { token: world.tokens.reviewer, json: { status: 'accepted', version: clip.version } })],
      ['a score', () => putScore(world, { token: world.tokens.expert, enterpriseId: huaxin, indicatorId: ids['STAFF.1.2']!, value: 7 })],
      ['a settlement', () => call(`/rounds/${world.roundId}/enterprises/${huaxin}/indicators/${ids['ENV.1.1']}/settlement`, { method: 'PUT', token: world.tokens.reviewer, json: { value: 6, reason: '复核处罚记录后取中间值', version: 0 } })],
      ['an anchoring report', () => call(`/evidence/${clip.id}/anchoring`, { token: world.tokens.reviewer, json: { status: 'orphan' } })],
      ['the round moving on', () => call(`/rounds/${world.roundId}/transitions`, { token: world.tokens.admin, json: { to: 'reviewing' } })],
    ];
    let etag = (await readPanel(world.tokens.reviewer)).etag;
    for (const [what, change] of changes) {
      await change();
      const after = await readPanel(world.tokens.reviewer, etag);
      expect(after.status, what).toBe(200);
      expect(after.etag, what).not.toBe(etag);
      etag = after.etag;
    }
    const state = await stateOf(world.tokens.reviewer);
    expect(state.viewer.maySignOff).toBe(true);
    expect(facts(state, 'ENV.1.1').outcome).toMatchObject({ settled: true, consensus: 6 });
    expect(state.settlements[0]).toMatchObject({ value: 6, settledBy: { displayName: '赵审核' } });
  });
});
