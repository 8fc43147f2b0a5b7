import { beforeAll, describe, expect, it } from 'vitest';
import { round } from '../../worker/db/schema';
import { creditCodes, streets } from '../support/test-world';
import { makeSession, makeUser } from './accounts';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
const admin = () => ({ token: world.tokens.admin });
const put = (userId: number, json: unknown, roundId = world.roundId) => call(`/rounds/${roundId}/members/${userId}`, { method: 'PUT', ...admin(), json });

describe('PUT /rounds/:roundId/members/:userId', () => {
  it('gives a role with its binding, which then applies to the user at once', async () => {
    const person = await makeUser(world.db);
    const token = await makeSession(world.db, person.id);
    expect((await call(`/rounds/${world.roundId}`, { token })).status).toBe(403);
    const added = await put(person.id, { role: 'enterprise', enterpriseId: world.enterpriseId(creditCodes.jiaan) });
    expect(added.status).toBe(201);
    expect(added.data).toMatchObject({ role: 'enterprise', enterprise: { name: '上海嘉安物流有限公司' }, street: null, bureau: null });
    expect((await call(`/rounds/${world.roundId}`, { token })).status).toBe(200);
  });

  it('replaces the role: one role per round, the old binding cleared', async () => {
    const person = await makeUser(world.db);
    const given = await put(person.id, { role: 'coordinator', streetId: world.streetId(streets.anting) });
    expect(given.data.version).toBe(1);
    const changed = await put(person.id, { role: 'expert', bureau: '区市场监管局', version: 1 });
    expect(changed.status).toBe(200);
    expect(changed.data).toMatchObject({ role: 'expert', bureau: '区市场监管局', street: null, version: 2 });
    const rows = await world.db.query.roundMember.findMany({ where: (m, { eq }) => eq(m.userId, person.id) });
    expect(rows).toHaveLength(1);
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { and, eq }) => and(eq(a.action, 'member.change'), eq(a.resourceId, `${world.roundId}:${person.id}`)) });
    expect(audit).toMatchObject({ role: 'admin', roundId: world.roundId, before: { role: 'coordinator', street: streets.anting, streetId: world.streetId(streets.anting) } });
  });

  it('is 409 with the current role for a stale version, and changes nothing', async () => {
    const person = await makeUser(world.db);
    await put(person.id, { role: 'reviewer' });
    expect((await put(person.id, { role: 'expert', bureau: '区人社局', version: 1 })).status).toBe(200);
    const auditCount = async () => (await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.resourceId, `${world.roundId}:${person.id}`) })).length;
    const audited = await auditCount();
    // A second admin still holds the page from before the change: their edit must not overwrite it.
    const stale = await put(person.id, { role: 'coordinator', streetId: world.streetId(streets.anting), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.data.error.code).toBe('conflict');
    expect(stale.data.error.details.current).toMatchObject({ role: 'expert', bureau: '区人社局', version: 2 });
    expect(await world.db.query.roundMember.findFirst({ where: (m, { and, eq }) => and(eq(m.userId, person.id), eq(m.roundId, world.roundId)) })).toMatchObject({ role: 'expert', version: 2 });
    expect(await auditCount()).toBe(audited);
    // Reloaded, with the current version, the edit goes through.
    expect((await put(person.id, { role: 'coordinator', streetId: world.streetId(streets.anting), version: 2 })).data).toMatchObject({ role: 'coordinator', version: 3 });
  });

  it('is 409 for giving a role to someone who has one meanwhile (no version), and for a version of a removed role', async () => {
    const person = await makeUser(world.db);
    await put(person.id, { role: 'reviewer' });
    const again = await put(person.id, { role: 'expert', bureau: '区人社局' });
    expect(again.status).toBe(409);
    expect(again.data.error.details.current).toMatchObject({ role: 'reviewer', version: 1 });
    const nobody = await makeUser(world.db);
    const removed = await put(nobody.id, { role: 'reviewer', version: 1 });
    expect(removed.status).toBe(409);
    expect(removed.data.error.details.current).toBeNull();
    expect(await world.db.query.roundMember.findFirst({ where: (m, { eq }) => eq(m.userId, nobody.id) })).toBeUndefined();
  });

  it.each([
    ['a coordinator without a street', { role: 'coordinator' }, 'streetId'],
    ['a reviewer with a street', { role: 'reviewer', streetId: 5 }, ''],
    ['an expert without a bureau', { role: 'expert' }, 'bureau'],
    ['an unknown role', { role: 'owner' }, 'role'],
    ['a version that is not a positive integer', { role: 'reviewer', version: 0 }, 'version'],
  ])('is 400 for %s', async (_case, body, path) => {
    const res = await put((await makeUser(world.db)).id, body);
    expect(res.status).toBe(400);
    expect(res.data.error.details.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it('is 400 for a street the registry does not hold, 404 for an enterprise not in the round', async () => {
    const person = await makeUser(world.db);
    const street = await put(person.id, { role: 'coordinator', streetId: 9999 });
    expect(street.status).toBe(400);
    expect(street.data.error.details.fields).toEqual([expect.objectContaining({ path: 'streetId', reason: 'street_unknown' })]);
    expect((await put(person.id, { role: 'enterprise', enterpriseId: 9999 })).data.error.code).toBe('enterprise_not_found');
  });

  it('is 409 admin_is_global for an admin, 404 for unknown users and rounds', async () => {
    expect((await put(world.userIds.get('admin')!, { role: 'reviewer' })).data.error.code).toBe('admin_is_global');
    expect((await put(99999, { role: 'reviewer' })).data.error.code).toBe('user_not_found');
    expect((await put(world.userIds.get('expert')!, { role: 'reviewer' }, 9999)).data.error.code).toBe('round_not_found');
  });

  it('is 403 in a closed round, even for an admin', async () => {
    const [closed] = await world.db.insert(round).values({ nameZh: '旧轮次', nameEn: 'Old', year: 2020, status: 'closed', frameworkId: world.frameworkId }).returning();
    const res = await put((await makeUser(world.db)).id, { role: 'reviewer' }, closed!.id);
    expect(res.status).toBe(403);
    expect(res.data.error.message).toContain('closed');
  });

  it('is 403 for non-admins and 401 anonymous', async () => {
    const person = await makeUser(world.db);
    expect((await call(`/rounds/${world.roundId}/members/${person.id}`, { method: 'PUT', token: world.tokens.coordinator, json: { role: 'reviewer' } })).status).toBe(403);
    expect((await call(`/rounds/${world.roundId}/members/${person.id}`, { method: 'PUT', json: { role: 'reviewer' } })).status).toBe(401);
  });
});

describe('DELETE /rounds/:roundId/members/:userId', () => {
  it('removes the role, and the user loses the round', async () => {
    const person = await makeUser(world.db, { membership: { roundId: world.roundId, role: 'reviewer' } });
    const token = await makeSession(world.db, person.id);
    expect((await call(`/rounds/${world.roundId}/members/${person.id}`, { method: 'DELETE', ...admin() })).status).toBe(204);
    expect((await call(`/rounds/${world.roundId}`, { token })).status).toBe(403);
    const again = await call(`/rounds/${world.roundId}/members/${person.id}`, { method: 'DELETE', ...admin() });
    expect(again.status).toBe(404);
    expect(again.data.error.code).toBe('member_not_found');
  });

  it('is 403 for non-admins', async () => {
    expect((await call(`/rounds/${world.roundId}/members/${world.userIds.get('expert')}`, { method: 'DELETE', token: world.tokens.reviewer })).status).toBe(403);
  });
});

describe('GET /rounds/:roundId/members', () => {
  it('lists the members with their bindings, paged by user id', async () => {
    const page = await call(`/rounds/${world.roundId}/members?limit=2`, admin());
    expect(page.status).toBe(200);
    expect(page.data.items).toHaveLength(2);
    expect(page.data.items[0]).toMatchObject({ user: { login: 'expert' }, role: 'expert', bureau: '区人社局' });
    const rest = await call(`/rounds/${world.roundId}/members?limit=100&cursor=${page.data.nextCursor}`, admin());
    expect(rest.data.items.map((m: { user: { login: string } }) => m.user.login)).toContain('jiaan');
    expect(rest.data.nextCursor).toBeNull();
  });

  it('is 403 for non-admins, 404 for an unknown round', async () => {
    expect((await call(`/rounds/${world.roundId}/members`, { token: world.tokens.reviewer })).status).toBe(403);
    expect((await call('/rounds/9999/members', admin())).status).toBe(404);
  });
});
