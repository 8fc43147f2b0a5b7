import { beforeAll, describe, expect, it } from 'vitest';
import { makeInvite, makeSession, makeUser } from './accounts';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const admin = () => ({ token: world.tokens.admin });
const accept = (code: string, password = 'my-own-password-1') => call('/invites/accept', { json: { code, password } });

describe('POST /users then POST /invites/accept', () => {
  it('creates a user whose one-time code sets the password and signs them in', async () => {
    const created = await call('/users', { ...admin(), json: { login: 'New.Expert', displayName: '新专家' } });
    expect(created.status).toBe(201);
    expect(created.data.user).toMatchObject({ login: 'new.expert', activated: false, isAdmin: false, memberships: [] });
    expect(created.data.invite.code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    // The link opens the web console's "set your password" page; the code rides in the fragment no server sees.
    expect(created.data.invite.link).toBe(`http://127.0.0.1/invite#${created.data.invite.code}`);
    const row = await world.db.query.invite.findFirst({ where: (i, { eq }) => eq(i.userId, created.data.user.id) });
    expect(JSON.stringify(row)).not.toContain(created.data.invite.code);

    // Typed by hand: lower case, without dashes.
    const signedIn = await accept(created.data.invite.code.toLowerCase().replaceAll('-', ' '));
    expect(signedIn.status).toBe(201);
    expect(signedIn.data.user.login).toBe('new.expert');
    expect((await call('/me', { token: signedIn.data.token })).status).toBe(200);
    expect((await call('/sessions', { json: { login: 'new.expert', password: 'my-own-password-1' } })).status).toBe(201);
  });

  it('is single use', async () => {
    const person = await makeUser(world.db);
    const code = await makeInvite(world.db, person.id);
    expect((await accept(code)).status).toBe(201);
    const again = await accept(code, 'someone-elses-password');
    expect(again.status).toBe(410);
    expect(again.data.error.code).toBe('invite_invalid');
  });

  it('lets exactly one of two simultaneous accepts win', async () => {
    const person = await makeUser(world.db);
    const code = await makeInvite(world.db, person.id);
    const results = await Promise.all([accept(code, 'first-password-1'), accept(code, 'second-password-2')]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 410]);
    const sessions = await world.db.query.session.findMany({ where: (s, { eq }) => eq(s.userId, person.id) });
    expect(sessions).toHaveLength(1);
    const audits = await world.db.query.auditLog.findMany({ where: (a, { and, eq }) => and(eq(a.action, 'invite.accept'), eq(a.resourceId, String(person.id))) });
    expect(audits).toHaveLength(1);
  });

  it.each(['expired', 'used'] as const)('refuses an %s code with the same answer as an unknown one', async (state) => {
    const person = await makeUser(world.db);
    const dead = await accept(await makeInvite(world.db, person.id, state));
    const unknown = await accept('ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ');
    expect(dead.status).toBe(410);
    expect(dead.data).toEqual(unknown.data);
  });

  it('refuses a code of a disabled user', async () => {
    const person = await makeUser(world.db);
    const code = await makeInvite(world.db, person.id);
    await world.db.$client.prepare('UPDATE user SET disabled_at = ? WHERE id = ?').bind(new Date().toISOString(), person.id).run();
    expect((await accept(code)).status).toBe(410);
  });

  it('is 400 for a short password or a missing code', async () => {
    expect((await call('/invites/accept', { json: { code: 'ABCDE-ABCDE', password: 'short' } })).status).toBe(400);
    expect((await call('/invites/accept', { json: { password: 'long-enough-pw' } })).status).toBe(400);
  });
});

describe('POST /users/:userId/invites (password reset)', () => {
  it('issues a reset code: accepting it sets the new password and ends every earlier session', async () => {
    const person = await makeUser(world.db);
    const oldSession = await makeSession(world.db, person.id);
    const issued = await call(`/users/${person.id}/invites`, { method: 'POST', ...admin() });
    expect(issued.status).toBe(201);
    expect(issued.data.purpose).toBe('reset');
    // Until the code is used the old password still works.
    expect((await call('/sessions', { json: { login: person.login, password: person.password } })).status).toBe(201);

    const signedIn = await accept(issued.data.code, 'after-reset-password');
    expect(signedIn.status).toBe(201);
    expect((await call('/me', { token: oldSession })).status).toBe(401);
    expect((await call('/me', { token: signedIn.data.token })).status).toBe(200);
    expect((await call('/sessions', { json: { login: person.login, password: person.password } })).status).toBe(401);
  });

  it('makes earlier unused codes stop working', async () => {
    const person = await makeUser(world.db);
    const first = await call(`/users/${person.id}/invites`, { method: 'POST', ...admin() });
    const second = await call(`/users/${person.id}/invites`, { method: 'POST', ...admin() });
    expect((await accept(first.data.code)).status).toBe(410);
    expect((await accept(second.data.code)).status).toBe(201);
  });

  it('is 409 for a disabled user, 404 for an unknown one, 403 for non-admins, 401 anonymous', async () => {
    const person = await makeUser(world.db);
    await call(`/users/${person.id}`, { method: 'PATCH', ...admin(), json: { disabled: true, version: 1 } });
    expect((await call(`/users/${person.id}/invites`, { method: 'POST', ...admin() })).status).toBe(409);
    expect((await call('/users/99999/invites', { method: 'POST', ...admin() })).data.error.code).toBe('user_not_found');
    expect((await call(`/users/${person.id}/invites`, { method: 'POST', token: world.tokens.reviewer })).status).toBe(403);
    expect((await call(`/users/${person.id}/invites`, { method: 'POST' })).status).toBe(401);
  });
});

describe('POST /invites/accept/cookie (the web console\'s "set your password" page)', () => {
  const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' };
  const acceptInConsole = (code: string, headers: Record<string, string>) => call('/invites/accept/cookie', { json: { code, password: 'my-own-password-1' }, headers });

  it('signs the new user in with the HttpOnly session cookie, never a token in the body', async () => {
    const person = await makeUser(world.db);
    const res = await acceptInConsole(await makeInvite(world.db, person.id), SAME_ORIGIN);
    expect(res.status).toBe(201);
    expect(res.data.token).toBeUndefined();
    expect(res.data.user.login).toBe(person.login);
    expect(res.headers.get('set-cookie')).toMatch(/^csr_session=[^;]+;.*HttpOnly.*SameSite=Strict/i);
    expect((await call('/sessions', { json: { login: person.login, password: 'my-own-password-1' } })).status).toBe(201);
  });

  it('refuses a page of another site (403) and leaves the code unused', async () => {
    const person = await makeUser(world.db);
    const code = await makeInvite(world.db, person.id);
    const refused = await acceptInConsole(code, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' });
    expect([refused.status, refused.data.error.code, refused.headers.get('set-cookie')]).toEqual([403, 'cross_site_request', null]);
    expect((await acceptInConsole(code, SAME_ORIGIN)).status).toBe(201);
  });
});
