import { beforeAll, describe, expect, it } from 'vitest';
import { makeSession, makeUser, type MadeUser } from './accounts';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('bearer tokens', () => {
  it.each([
    ['expired', 'expired'],
    ['revoked', 'revoked'],
  ] as const)('an %s token is 401 with unauthenticated', async (_name, state) => {
    const token = await makeSession(world.db, world.userIds.get('expert')!, state);
    const res = await call('/me', { token });
    expect(res.status).toBe(401);
    expect(res.data.error.code).toBe('unauthenticated');
  });

  it.each([
    ['not a bearer scheme', 'Basic ZXhwZXJ0OnB3'],
    ['a bearer without a token', 'Bearer '],
    ['a token with characters no token has', 'Bearer abc.def.ghi-jkl-mno-pqr-stu'],
    ['an unknown well-formed token', `Bearer ${'A'.repeat(43)}`],
  ])('%s is 401', async (_name, authorization) => {
    const res = await call('/me', { headers: { authorization } });
    expect(res.status).toBe(401);
  });

  it("acts as its own user only: another user's token never reaches this user's account", async () => {
    const other = await makeUser(world.db);
    const mine = await makeUser(world.db);
    const otherToken = await makeSession(world.db, other.id);
    expect((await call('/me', { token: otherToken })).data.login).toBe(other.login);
    expect((await call(`/users/${mine.id}`, { token: otherToken })).status).toBe(403);
    expect((await call(`/users/${mine.id}/sessions`, { method: 'DELETE', token: otherToken })).status).toBe(403);
  });

  it('stops working for a disabled user', async () => {
    const person = await makeUser(world.db);
    const token = await makeSession(world.db, person.id);
    await world.db.$client.prepare('UPDATE user SET disabled_at = ? WHERE id = ?').bind(new Date().toISOString(), person.id).run();
    expect((await call('/me', { token })).status).toBe(401);
  });

  it.each(['token', 'access_token', 'Authorization', 'session', 'api_key', 'password'])('is refused in the query string (%s)', async (name) => {
    const res = await call(`/me?${name}=${world.tokens.expert}`);
    expect(res.status).toBe(400);
    expect(res.data.error.code).toBe('credentials_in_url');
  });
});

describe('DELETE /users/:userId/sessions', () => {
  let person: MadeUser;
  let tokens: string[];
  beforeAll(async () => {
    person = await makeUser(world.db);
    tokens = [await makeSession(world.db, person.id), await makeSession(world.db, person.id)];
  });

  it('lets the user end all their own sessions, the calling one included', async () => {
    const res = await call(`/users/${person.id}/sessions`, { method: 'DELETE', token: tokens[0] });
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ revoked: 2 });
    for (const token of tokens) expect((await call('/me', { token })).status).toBe(401);
  });

  it("lets an admin end another user's sessions", async () => {
    const token = await makeSession(world.db, person.id);
    const res = await call(`/users/${person.id}/sessions`, { method: 'DELETE', token: world.tokens.admin });
    expect(res.data).toEqual({ revoked: 1 });
    expect((await call('/me', { token })).status).toBe(401);
    expect((await call('/me', { token: world.tokens.admin })).status).toBe(200);
  });

  it('is 401 without a session, 403 for someone else, 404 for an unknown user, 400 for a bad id', async () => {
    expect((await call(`/users/${person.id}/sessions`, { method: 'DELETE' })).status).toBe(401);
    expect((await call(`/users/${person.id}/sessions`, { method: 'DELETE', token: world.tokens.expert })).status).toBe(403);
    expect((await call('/users/99999/sessions', { method: 'DELETE', token: world.tokens.admin })).data.error.code).toBe('user_not_found');
    expect((await call('/users/x/sessions', { method: 'DELETE', token: world.tokens.admin })).status).toBe(400);
  });
});

describe('PUT /me/password', () => {
  it('changes the password and ends every other session, keeping this one', async () => {
    const person = await makeUser(world.db);
    const [here, elsewhere] = [await makeSession(world.db, person.id), await makeSession(world.db, person.id)];
    const res = await call('/me/password', { method: 'PUT', token: here, json: { currentPassword: person.password, newPassword: 'brand-new-password' } });
    expect(res.status).toBe(204);
    expect((await call('/me', { token: here })).status).toBe(200);
    expect((await call('/me', { token: elsewhere })).status).toBe(401);
    expect((await call('/sessions', { json: { login: person.login, password: person.password } })).status).toBe(401);
    expect((await call('/sessions', { json: { login: person.login, password: 'brand-new-password' } })).status).toBe(201);
  });

  it('is 400 wrong_password for a wrong current password and 400 for a short new one', async () => {
    const person = await makeUser(world.db);
    const token = await makeSession(world.db, person.id);
    const wrong = await call('/me/password', { method: 'PUT', token, json: { currentPassword: 'not-it', newPassword: 'brand-new-password' } });
    expect(wrong.status).toBe(400);
    expect(wrong.data.error.code).toBe('wrong_password');
    const short = await call('/me/password', { method: 'PUT', token, json: { currentPassword: person.password, newPassword: 'short' } });
    expect(short.data.error.details.fields).toContainEqual(expect.objectContaining({ path: 'newPassword' }));
  });

  it('is 401 without a session', async () => {
    expect((await call('/me/password', { method: 'PUT', json: { currentPassword: 'x', newPassword: 'brand-new-password' } })).status).toBe(401);
  });
});
