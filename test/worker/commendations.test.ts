// Commendations on the published example round: the admin gives and withdraws them, readers see them as
// they see the results (coordinators their street, enterprises their own after publication).
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { indicatorIds, publishExample, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
  await publishExample(world, await indicatorIds(world));
});

const path = () => `/rounds/${world.roundId}/commendations`;
const give = (code: string, title = { zh: '优秀单位', en: 'Outstanding unit' }, token = world.tokens.admin) =>
  call(path(), { token, json: { enterpriseId: world.enterpriseId(code), title } });
const audits = (action: string) => world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, action) });

describe('POST /rounds/:roundId/commendations', () => {
  it('gives an enrolled enterprise a commendation, audited, once per title', async () => {
    const res = await give(creditCodes.lvyuan);
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ roundId: world.roundId, enterprise: { id: world.enterpriseId(creditCodes.lvyuan), name: '上海绿源建设工程有限公司' }, title: { zh: '优秀单位' } });
    expect(await audits('commendation.create')).toHaveLength(1);
    expect((await give(creditCodes.lvyuan)).status).toBe(409);
    expect((await give(creditCodes.jiaan, { zh: '示范点位', en: 'Pilot site' })).status).toBe(201);
  });

  it('is 400 for a bad body, 401 anonymous, 403 for non-admins and while the round collects, 404 for unknown targets', async () => {
    expect((await call(path(), { token: world.tokens.admin, json: { enterpriseId: 1, title: { zh: '' } } })).status).toBe(400);
    expect((await call(path(), { json: { enterpriseId: 1, title: { zh: '优秀', en: 'Good' } } })).status).toBe(401);
    expect((await give(creditCodes.huaxin, undefined, world.tokens.reviewer)).status).toBe(403);
    expect((await call(path(), { token: world.tokens.admin, json: { enterpriseId: 9999, title: { zh: '优秀', en: 'Good' } } })).status).toBe(404);
    expect((await call('/rounds/999/commendations', { token: world.tokens.admin, json: { enterpriseId: 1, title: { zh: '优秀', en: 'Good' } } })).status).toBe(404);
    await setRoundStatus(world, 'collecting');
    expect((await give(creditCodes.huaxin)).status).toBe(403);
    await setRoundStatus(world, 'published');
  });
});

describe('GET /rounds/:roundId/commendations', () => {
  it('lists them to readers of the results, narrowed to what each may see', async () => {
    const all = await call(path(), { token: world.tokens.reviewer });
    expect(all.status).toBe(200);
    expect(all.data.items.map((c: { title: { zh: string } }) => c.title.zh).sort()).toEqual(['优秀单位', '示范点位']);
    const nanxiang = await call(path(), { token: world.tokens.coordinator });
    expect(nanxiang.data.items.map((c: { enterprise: { id: number } }) => c.enterprise.id)).toEqual([world.enterpriseId(creditCodes.lvyuan)]);
    expect((await call(path(), { token: world.tokens.jiaan })).data.items).toHaveLength(1);
    expect((await call(path(), { token: world.tokens.huaxin })).data.items).toHaveLength(0);
  });

  it('is 401 anonymous, 403 outside the round and for enterprises before publication, 404 for an unknown round', async () => {
    expect((await call(path())).status).toBe(401);
    expect((await call(path(), { token: world.tokens.outsider })).status).toBe(403);
    expect((await call('/rounds/999/commendations', { token: world.tokens.admin })).status).toBe(404);
    await setRoundStatus(world, 'reviewing');
    expect((await call(path(), { token: world.tokens.jiaan })).status).toBe(403);
    await setRoundStatus(world, 'published');
  });
});

describe('DELETE /rounds/:roundId/commendations/:id', () => {
  it('withdraws a commendation for the admin only, audited', async () => {
    const [first] = (await call(path(), { token: world.tokens.admin })).data.items;
    expect((await call(`${path()}/${first.id}`, { method: 'DELETE', token: world.tokens.reviewer })).status).toBe(403);
    expect((await call(`${path()}/${first.id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await call(`${path()}/abc`, { method: 'DELETE', token: world.tokens.admin })).status).toBe(400);
    expect((await call(`${path()}/${first.id}`, { method: 'DELETE', token: world.tokens.admin })).status).toBe(204);
    expect((await call(`${path()}/${first.id}`, { method: 'DELETE', token: world.tokens.admin })).status).toBe(404);
    expect(await audits('commendation.delete')).toHaveLength(1);
  });
});
