// Evidence validity windows: evidence older than its indicator's window (24 months in the test framework) or
// past the expiry date given on it is flagged expired everywhere and does not count towards completeness;
// evidence about to expire is listed on the round's "expiring soon" list, per street for coordinators.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../shared/domain/evidence-validity';
import { creditCodes } from '../support/test-world';
import { indicatorIds } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let jiaan: number;
let expired: number;
let expiring: number;
const day = () => new Date().toISOString().slice(0, 10);

async function accepted(indicatorCode: string, title: string, dates: { publishedOn?: string; expiresOn?: string }) {
  const made = await call('/evidence', {
    token: world.tokens.expert,
    json: { roundId: world.roundId, enterpriseId: jiaan, indicatorId: ids[indicatorCode], kind: 'report', url: `https://jiaan-logistics.cn/${crypto.randomUUID()}.pdf`, title, capturedAt: new Date().toISOString(), idempotencyKey: crypto.randomUUID(), ...dates },
  });
  if (made.status !== 201) throw new Error(JSON.stringify(made.data));
  const review = await call(`/evidence/${made.data.id}/review`, { token: world.tokens.reviewer, json: { status: 'accepted', version: made.data.version } });
  if (review.status !== 200) throw new Error(JSON.stringify(review.data));
  return made.data.id as number;
}

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  jiaan = world.enterpriseId(creditCodes.jiaan);
  // Figures published 3 years ago: past the 24-month window. Figures 24 months old less 10 days: ending soon.
  expired = await accepted('STAFF.1.2', '2023年培训台账', { publishedOn: addMonths(day(), -36) });
  expiring = await accepted('STAFF.1.1', '劳动合同台账', { publishedOn: addDays(addMonths(day(), -24), 10) });
});

describe('evidence validity in the side panel', () => {
  it('flags expired and expiring evidence and counts only the valid towards completeness', async () => {
    const panel = await call(`/rounds/${world.roundId}/enterprises/${jiaan}/panel`, { token: world.tokens.reviewer });
    expect(panel.status).toBe(200);
    const item = (id: number) => panel.data.evidence.find((e: { id: number }) => e.id === id);
    expect(item(expired).validity).toEqual({ status: 'expired', validUntil: addMonths(addMonths(day(), -36), 24) });
    expect(item(expiring).validity.status).toBe('expiring');
    const fact = (code: string) => panel.data.indicators.find((i: { indicatorId: number }) => i.indicatorId === ids[code]);
    expect(fact('STAFF.1.2')).toMatchObject({ evidenceCount: 1, acceptedCount: 0 });
    expect(fact('STAFF.1.1')).toMatchObject({ evidenceCount: 1, acceptedCount: 1 });
    expect(panel.data.completeness).toMatchObject({ applicable: 3, evidenced: 1 });
  });

  it('flags them in the enterprise’s evidence list too', async () => {
    const res = await call(`/rounds/${world.roundId}/enterprises/${jiaan}/evidence`, { token: world.tokens.reviewer });
    const status = Object.fromEntries(res.data.items.map((e: { id: number; validity: { status: string } }) => [e.id, e.validity.status]));
    expect(status).toEqual({ [expired]: 'expired', [expiring]: 'expiring' });
  });
});

describe('GET /rounds/:roundId/evidence/expiring', () => {
  const path = (query = '') => `/rounds/${world.roundId}/evidence/expiring${query}`;

  it('lists expired and expiring evidence, soonest first, for reviewers', async () => {
    const res = await call(path(), { token: world.tokens.reviewer });
    expect(res.status).toBe(200);
    expect(res.data.items.map((i: { evidence: { id: number }; status: string }) => [i.evidence.id, i.status])).toEqual([
      [expired, 'expired'],
      [expiring, 'expiring'],
    ]);
    expect(res.data.today).toBe(day());
  });

  it('narrows coordinators to their street', async () => {
    expect((await call(path(), { token: world.tokens['coordinator-anting'] })).data.items).toHaveLength(2);
    expect((await call(path(), { token: world.tokens.coordinator })).data.items).toEqual([]);
  });

  it('is 400 for a window past two years, 401 anonymous, 403 for experts and enterprises, 404 for an unknown round', async () => {
    expect((await call(path('?withinDays=9999'), { token: world.tokens.reviewer })).status).toBe(400);
    expect((await call(path())).status).toBe(401);
    expect((await call(path(), { token: world.tokens.expert })).status).toBe(403);
    expect((await call(path(), { token: world.tokens.jiaan })).status).toBe(403);
    expect((await call('/rounds/999999/evidence/expiring', { token: world.tokens.reviewer })).status).toBe(404);
  });
});
