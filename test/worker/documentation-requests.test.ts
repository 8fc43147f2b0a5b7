// Documentation requests: asked by an expert or reviewer with a due date, answered by the enterprise with
// links or a statement (kept as evidence), accepted or reopened by the asker or a reviewer; each step audited.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentationRequest } from '../../worker/db/schema';
import { creditCodes } from '../support/test-world';
import { indicatorIds } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let huaxin: number;
let jiaan: number;
beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  huaxin = world.enterpriseId(creditCodes.huaxin);
  jiaan = world.enterpriseId(creditCodes.jiaan);
});

const dueIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const auditCount = async (action: string) => (await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, action) })).length;
const askPath = (enterpriseId: number) => `/rounds/${world.roundId}/enterprises/${enterpriseId}/documentation-requests`;

async function ask(enterpriseId = huaxin, token = world.tokens.expert, question = '请提供劳动合同签订台账') {
  const res = await call(askPath(enterpriseId), { token, json: { indicatorId: ids['STAFF.1.1'], question, dueOn: dueIn(14) } });
  if (res.status !== 201) throw new Error(JSON.stringify(res.data));
  return res.data as { id: number; version: number };
}
const answer = (id: number, token: string, body: Record<string, unknown>) => call(`/documentation-requests/${id}/answer`, { token, json: body });
const decide = (id: number, token: string, body: Record<string, unknown>) => call(`/documentation-requests/${id}/decision`, { token, json: body });

describe('POST /rounds/:roundId/enterprises/:enterpriseId/documentation-requests', () => {
  it('asks the enterprise, open, audited', async () => {
    const before = await auditCount('docRequest.create');
    const res = await call(askPath(huaxin), { token: world.tokens.reviewer, json: { indicatorId: ids['STAFF.1.1'], question: '请补充安全培训记录', dueOn: dueIn(30) } });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ status: 'open', overdue: false, indicator: { code: 'STAFF.1.1' }, askedBy: { displayName: '赵审核' }, version: 1 });
    expect(await auditCount('docRequest.create')).toBe(before + 1);
    // The enterprise's side panel carries it, with what the reader may do.
    const panel = await call(`/rounds/${world.roundId}/enterprises/${huaxin}/panel`, { token: world.tokens.reviewer });
    expect(panel.data.requests).toEqual(expect.arrayContaining([expect.objectContaining({ id: res.data.id, status: 'open', may: { answer: false, decide: true } })]));
  });

  it('is 400 for a due date in the past or an empty question', async () => {
    const past = await call(askPath(huaxin), { token: world.tokens.expert, json: { indicatorId: ids['STAFF.1.1'], question: '台账', dueOn: '2020-01-01' } });
    expect(past.status).toBe(400);
    expect(past.data.error.details.fields[0].path).toBe('dueOn');
    expect((await call(askPath(huaxin), { token: world.tokens.expert, json: { indicatorId: ids['STAFF.1.1'], question: ' ', dueOn: dueIn(3) } })).status).toBe(400);
  });

  it('is 401 without a session, 403 for enterprises and coordinators, 404 for an unknown enterprise', async () => {
    const body = { indicatorId: ids['STAFF.1.1'], question: '台账', dueOn: dueIn(3) };
    expect((await call(askPath(huaxin), { json: body })).status).toBe(401);
    expect((await call(askPath(huaxin), { token: world.tokens.huaxin, json: body })).status).toBe(403);
    expect((await call(askPath(huaxin), { token: world.tokens.coordinator, json: body })).status).toBe(403);
    expect((await call(askPath(999_999), { token: world.tokens.expert, json: body })).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/documentation-requests', () => {
  const list = (token: string, query = '') => call(`/rounds/${world.roundId}/documentation-requests${query}`, { token });

  it('lists each enterprise only its own requests, without the askers’ names', async () => {
    await ask(jiaan, world.tokens.expert, '请提供运输安全记录');
    const own = await list(world.tokens.huaxin);
    expect(own.status).toBe(200);
    expect(own.data.items.length).toBeGreaterThan(0);
    expect(new Set(own.data.items.map((r: { enterprise: { id: number } }) => r.enterprise.id))).toEqual(new Set([huaxin]));
    expect(own.data.items.every((r: { askedBy: unknown }) => r.askedBy === null)).toBe(true);
    expect(JSON.stringify(own.data)).not.toContain('李专家');
    expect(JSON.stringify(own.data)).not.toContain('运输安全记录');
  });

  it('lists a coordinator the overdue requests of their street', async () => {
    const late = await ask(huaxin, world.tokens.expert, '逾期请求');
    await world.db.update(documentationRequest).set({ dueOn: '2026-01-05' }).where(eq(documentationRequest.id, late.id));
    const lateElsewhere = await ask(jiaan, world.tokens.expert, '安亭逾期');
    await world.db.update(documentationRequest).set({ dueOn: '2026-01-05' }).where(eq(documentationRequest.id, lateElsewhere.id));
    const overdue = await list(world.tokens.coordinator, '?overdue=true');
    expect(overdue.status).toBe(200);
    expect(overdue.data.items.map((r: { id: number }) => r.id)).toEqual([late.id]);
    expect(overdue.data.items[0]).toMatchObject({ overdue: true, status: 'open' });
    const anting = await list(world.tokens['coordinator-anting'], '?overdue=true');
    expect(anting.data.items.map((r: { id: number }) => r.id)).toEqual([lateElsewhere.id]);
  });

  it('is 400 for a bad filter, 401 without a session, 403 outside the round, 404 for an unknown round', async () => {
    expect((await list(world.tokens.reviewer, '?status=lost')).status).toBe(400);
    expect((await call(`/rounds/${world.roundId}/documentation-requests`)).status).toBe(401);
    expect((await list(world.tokens.outsider)).status).toBe(403);
    expect((await call('/rounds/999999/documentation-requests', { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('GET /documentation-requests/:id', () => {
  it('reads one request for its enterprise and evaluators; 403 for another enterprise, 404 unknown, 400 bad id, 401 anonymous', async () => {
    const made = await ask();
    expect((await call(`/documentation-requests/${made.id}`, { token: world.tokens.huaxin })).data).toMatchObject({ id: made.id, askedBy: null });
    expect((await call(`/documentation-requests/${made.id}`, { token: world.tokens.reviewer })).data).toMatchObject({ askedBy: { displayName: '李专家' } });
    expect((await call(`/documentation-requests/${made.id}`, { token: world.tokens.jiaan })).status).toBe(403);
    expect((await call('/documentation-requests/999999', { token: world.tokens.admin })).status).toBe(404);
    expect((await call('/documentation-requests/abc', { token: world.tokens.admin })).status).toBe(400);
    expect((await call(`/documentation-requests/${made.id}`)).status).toBe(401);
  });
});

describe('POST /documentation-requests/:id/answer', () => {
  it('answers with links and a statement kept as evidence of the indicator, audited; a stale version is 409', async () => {
    const made = await ask();
    const before = await auditCount('docRequest.answer');
    const body = { links: [{ url: 'https://huaxin-auto.cn/contracts.pdf', title: '劳动合同台账', kind: 'report' }], statement: '已全员签订。', version: 1 };
    const res = await answer(made.id, world.tokens.huaxin, body);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ status: 'answered', answerStatement: '已全员签订。', version: 2 });
    expect(res.data.answerEvidenceIds).toHaveLength(2);
    const saved = await world.db.query.evidence.findMany({ where: (e, { inArray }) => inArray(e.id, res.data.answerEvidenceIds) });
    expect(saved.map((e) => [e.kind, e.indicatorId, e.enterpriseId])).toEqual([
      ['report', ids['STAFF.1.1'], huaxin],
      ['statement', ids['STAFF.1.1'], huaxin],
    ]);
    expect(await auditCount('docRequest.answer')).toBe(before + 1);
    expect((await answer(made.id, world.tokens.huaxin, body)).status).toBe(409);
  });

  it('is 400 without a link or statement, 401 anonymous, 403 for another enterprise or an expert, 404 unknown', async () => {
    const made = await ask();
    expect((await answer(made.id, world.tokens.huaxin, { links: [], version: 1 })).status).toBe(400);
    expect((await answer(made.id, '', { statement: '好', version: 1 })).status).toBe(401);
    expect((await answer(made.id, world.tokens.jiaan, { statement: '好', version: 1 })).status).toBe(403);
    expect((await answer(made.id, world.tokens.expert, { statement: '好', version: 1 })).status).toBe(403);
    expect((await answer(999_999, world.tokens.huaxin, { statement: '好', version: 1 })).status).toBe(404);
  });
});

describe('POST /documentation-requests/:id/decision', () => {
  it('reopens with what is missing, takes a second answer, and accepts it; each step audited', async () => {
    const made = await ask();
    await answer(made.id, world.tokens.huaxin, { statement: '稍后补充', version: 1 });
    const before = await auditCount('docRequest.decide');
    const reopened = await decide(made.id, world.tokens.expert, { decision: 'reopen', comment: '缺少签字页', version: 2 });
    expect(reopened.status).toBe(200);
    expect(reopened.data).toMatchObject({ status: 'reopened', decisionComment: '缺少签字页', version: 3 });
    expect((await answer(made.id, world.tokens.huaxin, { statement: '签字页已上传', version: 3 })).data.status).toBe('answered');
    const accepted = await decide(made.id, world.tokens.reviewer, { decision: 'accept', version: 4 });
    expect(accepted.data).toMatchObject({ status: 'accepted', decidedBy: { displayName: '赵审核' } });
    expect(await auditCount('docRequest.decide')).toBe(before + 2);
    // Accepted is final.
    expect((await decide(made.id, world.tokens.reviewer, { decision: 'reopen', comment: '再看', version: 5 })).status).toBe(409);
  });

  it('is 400 reopening without a comment, 401 anonymous, 403 for another expert or the enterprise, 404 unknown, 409 before an answer', async () => {
    const made = await ask();
    expect((await decide(made.id, world.tokens.expert, { decision: 'accept', version: 1 })).status).toBe(409);
    await answer(made.id, world.tokens.huaxin, { statement: '见附件', version: 1 });
    expect((await decide(made.id, world.tokens.expert, { decision: 'reopen', version: 2 })).status).toBe(400);
    expect((await decide(made.id, '', { decision: 'accept', version: 2 })).status).toBe(401);
    expect((await decide(made.id, world.tokens.expert2, { decision: 'accept', version: 2 })).status).toBe(403);
    expect((await decide(made.id, world.tokens.huaxin, { decision: 'accept', version: 2 })).status).toBe(403);
    expect((await decide(999_999, world.tokens.reviewer, { decision: 'accept', version: 1 })).status).toBe(404);
  });
});
