import { beforeAll, describe, expect, it } from 'vitest';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('POST /sessions', () => {
  it('signs in with the right password and the token then works', async () => {
    const login = await call('/sessions', { json: { login: 'expert', password: 'expert-password-1' } });
    expect(login.status).toBe(201);
    expect(login.data.user).toMatchObject({ login: 'expert', isAdmin: false, memberships: [{ role: 'expert', bureau: '区人社局' }] });
    const me = await call('/me', { token: login.data.token });
    expect(me.status).toBe(200);
    expect(me.data.login).toBe('expert');
  });

  it.each([
    ['a wrong password', { login: 'expert', password: 'nope' }],
    ['an unknown login', { login: 'nobody', password: 'expert-password-1' }],
    ['a user without a password', { login: 'reviewer', password: '' }],
  ])('refuses %s with invalid_credentials', async (_case, body) => {
    const res = await call('/sessions', { json: body });
    expect(res.status).toBe(body.password === '' ? 400 : 401);
    if (res.status === 401) expect(res.data.error.code).toBe('invalid_credentials');
  });

  it('logs the sign-in in the audit trail', async () => {
    const rows = await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, 'session.create') });
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('DELETE /sessions/current', () => {
  it('ends the session so its token stops working', async () => {
    const login = await call('/sessions', { json: { login: 'admin', password: 'admin-password-1' } });
    const token = login.data.token as string;
    expect((await call('/sessions/current', { method: 'DELETE', token })).status).toBe(204);
    const after = await call('/me', { token });
    expect(after.status).toBe(401);
    expect(after.data.error.code).toBe('unauthenticated');
  });

  it('needs a session', async () => {
    expect((await call('/sessions/current', { method: 'DELETE' })).status).toBe(401);
  });
});

describe('GET /me', () => {
  it('is 401 without a token and for a malformed one', async () => {
    expect((await call('/me')).status).toBe(401);
    expect((await call('/me', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
    expect((await call('/me', { token: 'x'.repeat(40) })).status).toBe(401);
  });
});
