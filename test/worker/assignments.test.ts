import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { indicatorIds, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
});

const path = () => `/rounds/${world.roundId}/assignments`;
const expertId = (login: string) => world.userIds.get(login)!;

describe('GET /rounds/:roundId/assignments', () => {
  it('lists every assignment to admins and reviewers, and experts their own', async () => {
    const all = await call(path(), { token: world.tokens.reviewer });
    expect(all.status).toBe(200);
    expect(all.data.items.map((a: { expert: { displayName: string } }) => a.expert.displayName)).toEqual(['李专家', '王专家']);
    expect(all.data.items[1]).toMatchObject({ scope: [{ code: 'ENV.1', level: 2 }], enterpriseIds: [world.enterpriseId(creditCodes.huaxin), world.enterpriseId(creditCodes.lvyuan)] });
    const own = await call(path(), { token: world.tokens.expert2 });
    expect(own.data.items.map((a: { expert: { id: number } }) => a.expert.id)).toEqual([expertId('expert2')]);
  });

  it('is 403 for coordinators and enterprises, 404 for an unknown round', async () => {
    expect((await call(path(), { token: world.tokens.coordinator })).status).toBe(403);
    expect((await call(path(), { token: world.tokens.huaxin })).status).toBe(403);
    expect((await call('/rounds/999/assignments', { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('POST /rounds/:roundId/assignments', () => {
  it('assigns dimensions, groups and indicators, optionally for some enterprises, audited', async () => {
    const res = await call(path(), {
      token: world.tokens.admin,
      json: { expertId: expertId('expert2'), dimensionCodes: ['STAFF'], indicatorCodes: ['ENV.1.2'], enterpriseIds: [world.enterpriseId(creditCodes.lvyuan)] },
    });
    expect(res.status).toBe(201);
    expect(res.data.scope.map((s: { code: string }) => s.code)).toEqual(['STAFF', 'ENV.1.2']);
    expect(res.data.enterpriseIds).toEqual([world.enterpriseId(creditCodes.lvyuan)]);
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { eq }) => eq(a.action, 'assignment.create') });
    expect(audit?.resourceId).toBe(String(res.data.id));
  });

  it('is 400 for unknown codes, a dimension code among indicators, a non-expert or an enterprise not enrolled', async () => {
    const bad = async (body: Record<string, unknown>) => (await call(path(), { token: world.tokens.admin, json: { expertId: expertId('expert'), ...body } })).data.error;
    expect((await bad({ dimensionCodes: ['NOPE'] })).details.fields[0].path).toBe('dimensionCodes');
    expect((await bad({ dimensionCodes: ['STAFF.1.1'] })).details.fields[0].path).toBe('dimensionCodes');
    expect((await bad({ indicatorCodes: ['STAFF'] })).details.fields[0].path).toBe('indicatorCodes');
    expect((await bad({ indicatorCodes: [] })).details.fields[0].path).toBe('indicatorCodes');
    expect((await bad({ indicatorCodes: ['STAFF.1.1'], enterpriseIds: [9999] })).details.fields[0].path).toBe('enterpriseIds');
    const reviewer = await call(path(), { token: world.tokens.admin, json: { expertId: expertId('reviewer'), dimensionCodes: ['STAFF'] } });
    expect(reviewer.data.error.details.fields[0].path).toBe('expertId');
  });

  it('is 403 for non-admins and once the round is published', async () => {
    expect((await call(path(), { token: world.tokens.reviewer, json: { expertId: expertId('expert'), dimensionCodes: ['STAFF'] } })).status).toBe(403);
    await setRoundStatus(world, 'published');
    expect((await call(path(), { token: world.tokens.admin, json: { expertId: expertId('expert'), dimensionCodes: ['STAFF'] } })).status).toBe(403);
    await setRoundStatus(world, 'collecting');
  });
});

describe('PUT /rounds/:roundId/assignments/:id', () => {
  it('replaces the scope at the current version and is 409 for a stale one', async () => {
    const created = await call(path(), { token: world.tokens.admin, json: { expertId: expertId('expert'), indicatorCodes: ['STAFF.1.2'] } });
    const res = await call(`${path()}/${created.data.id}`, { method: 'PUT', token: world.tokens.admin, json: { version: 1, dimensionCodes: ['ENV'] } });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ version: 2, scope: [{ code: 'ENV' }], enterpriseIds: [] });
    const stale = await call(`${path()}/${created.data.id}`, { method: 'PUT', token: world.tokens.admin, json: { version: 1, dimensionCodes: ['STAFF'] } });
    expect(stale.status).toBe(409);
    expect(stale.data.error.details.current.scope).toEqual([{ indicatorId: ids.ENV, code: 'ENV', level: 1 }]);
  });

  it('is 404 for an unknown assignment and 403 for experts', async () => {
    expect((await call(`${path()}/9999`, { method: 'PUT', token: world.tokens.admin, json: { version: 1, dimensionCodes: ['ENV'] } })).status).toBe(404);
    expect((await call(`${path()}/1`, { method: 'PUT', token: world.tokens.expert, json: { version: 1, dimensionCodes: ['ENV'] } })).status).toBe(403);
  });
});

describe('DELETE /rounds/:roundId/assignments/:id', () => {
  it('removes an assignment, audited', async () => {
    const created = await call(path(), { token: world.tokens.admin, json: { expertId: expertId('expert2'), indicatorCodes: ['STAFF.1.1'] } });
    expect((await call(`${path()}/${created.data.id}`, { method: 'DELETE', token: world.tokens.expert2 })).status).toBe(403);
    expect((await call(`${path()}/${created.data.id}`, { method: 'DELETE', token: world.tokens.admin })).status).toBe(204);
    expect((await call(`${path()}/${created.data.id}`, { method: 'DELETE', token: world.tokens.admin })).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/coverage', () => {
  it('counts applicable indicators of enrolled enterprises that no expert covers', async () => {
    // Drop every assignment but expert2's (ENV.1 for huaxin and lvyuan).
    const list = await call(path(), { token: world.tokens.admin });
    for (const a of list.data.items) if (a.expert.id !== expertId('expert2') || a.scope[0].code !== 'ENV.1') await call(`${path()}/${a.id}`, { method: 'DELETE', token: world.tokens.admin });
    const res = await call(`/rounds/${world.roundId}/coverage`, { token: world.tokens.reviewer });
    expect(res.status).toBe(200);
    // Applicable slots: 3 enterprises × 3 indicators + ENV.1.2 for the construction company = 10; ENV.1.1 of huaxin and lvyuan and ENV.1.2 of lvyuan are covered.
    expect(res.data).toMatchObject({ slots: 10, uncovered: 7 });
    const byCode = Object.fromEntries(res.data.indicators.map((i: { code: string; uncoveredEnterprises: number }) => [i.code, i.uncoveredEnterprises]));
    expect(byCode).toEqual({ 'STAFF.1.1': 3, 'STAFF.1.2': 3, 'ENV.1.1': 1 });
    expect(res.data.indicators.find((i: { code: string }) => i.code === 'ENV.1.1').sampleEnterpriseIds).toEqual([world.enterpriseId(creditCodes.jiaan)]);
  });

  it('is 403 for experts and enterprises', async () => {
    expect((await call(`/rounds/${world.roundId}/coverage`, { token: world.tokens.expert })).status).toBe(403);
    expect((await call(`/rounds/${world.roundId}/coverage`, { token: world.tokens.huaxin })).status).toBe(403);
  });
});
