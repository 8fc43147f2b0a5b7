// The web console's session cookie: issued only to the console's own page, HttpOnly and SameSite=Strict, `__Host-`
// and Secure on https; refused on a change from another site (nothing written), when altered, or beside another
// user's bearer token; cleared with its session row on sign-out.
import { exports } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser, type MadeUser } from './accounts';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' };
const auditCount = async () => (await world.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM audit_log`)).n;
const sessionCount = async () => (await world.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM session`)).n;

/** The token in a Set-Cookie header of the plain-http name. */
const tokenOf = (setCookie: string | null) => /^csr_session=([^;]*)/.exec(setCookie ?? '')?.[1];

async function cookieSignIn(user: MadeUser, headers: Record<string, string> = SAME_ORIGIN) {
  return call('/sessions/cookie', { json: { login: user.login, password: user.password }, headers });
}

async function signedIn(): Promise<{ user: MadeUser; cookie: string }> {
  const user = await makeUser(world.db);
  const res = await cookieSignIn(user);
  expect(res.status).toBe(201);
  return { user, cookie: tokenOf(res.headers.get('set-cookie'))! };
}

describe('POST /sessions/cookie', () => {
  it('sets an HttpOnly, SameSite=Strict cookie (plain name, not Secure, on local http) and no token in the body', async () => {
    const user = await makeUser(world.db);
    const res = await cookieSignIn(user);
    expect(res.status).toBe(201);
    expect(res.data.token).toBeUndefined();
    expect(res.data.user.login).toBe(user.login);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^csr_session=[A-Za-z0-9_-]{40,}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Strict$/);
    const rows = await world.db.query.auditLog.findMany({ where: (a, { and, eq }) => and(eq(a.action, 'session.create'), eq(a.resourceId, String(user.id))) });
    expect(rows).toHaveLength(1);
  });

  it('uses the __Host- prefix and Secure on https', async () => {
    const user = await makeUser(world.db);
    const res = await exports.default.fetch(
      new Request('https://csr.example.org/api/v1/sessions/cookie', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://csr.example.org' },
        body: JSON.stringify({ login: user.login, password: user.password }),
      }),
    );
    expect(res.status).toBe(201);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^__Host-csr_session=[A-Za-z0-9_-]{40,}; Max-Age=\d+; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    const token = /^__Host-csr_session=([^;]*)/.exec(setCookie)![1]!;
    const me = (cookie: string) => exports.default.fetch(new Request('https://csr.example.org/api/v1/me', { headers: { cookie } }));
    expect((await me(`__Host-csr_session=${token}`)).status).toBe(200);
    // Without the prefix the browser would accept it from a sibling subdomain or plain http: never read on https.
    expect((await me(`csr_session=${token}`)).status).toBe(401);
  });

  it.each([
    ['another site', { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' }],
    ['a sibling subdomain', { 'sec-fetch-site': 'same-site', origin: 'http://evil.127.0.0.1' }],
    ['a foreign Origin without fetch metadata', { origin: 'https://elsewhere.example' }],
    ['neither Origin nor fetch metadata', {}],
  ])('refuses a sign-in from %s with 403 cross_site_request and writes nothing', async (_from, headers) => {
    const user = await makeUser(world.db);
    const [audits, sessions] = [await auditCount(), await sessionCount()];
    const res = await cookieSignIn(user, headers);
    expect(res.status).toBe(403);
    expect(res.data.error.code).toBe('cross_site_request');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect([await auditCount(), await sessionCount()]).toEqual([audits, sessions]);
  });

  it('signs in over a stale or tampered cookie the browser still holds, replacing it', async () => {
    const user = await makeUser(world.db);
    const res = await call('/sessions/cookie', { json: { login: user.login, password: user.password }, headers: { ...SAME_ORIGIN, cookie: 'csr_session=stale-or-forged-token-0000000000000' } });
    expect(res.status).toBe(201);
    expect((await call('/me', { cookie: tokenOf(res.headers.get('set-cookie')) })).status).toBe(200);
  });

  it('refuses credentials in its URL like every route', async () => {
    const user = await makeUser(world.db);
    const res = await call(`/sessions/cookie?password=${user.password}`, { json: { login: user.login, password: user.password }, headers: SAME_ORIGIN });
    expect(res.status).toBe(400);
    expect(res.data.error.code).toBe('credentials_in_url');
  });

  it('accepts the Origin of the worker itself when the browser sends no fetch metadata', async () => {
    const user = await makeUser(world.db);
    expect((await cookieSignIn(user, { origin: 'http://127.0.0.1' })).status).toBe(201);
  });
});

describe('the session cookie on other requests', () => {
  it('authenticates reads without any Origin (a GET changes nothing)', async () => {
    const { user, cookie } = await signedIn();
    const me = await call('/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.data.login).toBe(user.login);
  });

  it.each([
    ['another site', { 'sec-fetch-site': 'cross-site' }],
    ['a sibling subdomain', { 'sec-fetch-site': 'same-site' }],
    ['a foreign Origin', { origin: 'https://elsewhere.example' }],
    ['no Origin at all', {}],
  ])('refuses a change sent with the cookie from %s: 403, nothing written', async (_from, headers) => {
    const { user, cookie } = await signedIn();
    const before = await world.db.query.user.findFirst({ where: (u, { eq }) => eq(u.id, user.id) });
    const audits = await auditCount();
    const res = await call('/me/password', { method: 'PUT', cookie, headers, json: { currentPassword: user.password, newPassword: 'another-password-22' } });
    expect(res.status).toBe(403);
    expect(res.data.error.code).toBe('cross_site_request');
    expect(await auditCount()).toBe(audits);
    expect((await world.db.query.user.findFirst({ where: (u, { eq }) => eq(u.id, user.id) }))?.passwordHash).toBe(before?.passwordHash);
  });

  it('allows the same change from the console itself', async () => {
    const { user, cookie } = await signedIn();
    const res = await call('/me/password', { method: 'PUT', cookie, headers: SAME_ORIGIN, json: { currentPassword: user.password, newPassword: 'another-password-22' } });
    expect(res.status).toBe(204);
  });

  it.each([
    ['one character changed', (t: string) => `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`],
    ['a made-up token', () => 'x'.repeat(43)],
    ['not token-shaped', () => 'a%20b;c'],
    ['empty', () => ''],
  ])('answers a tampered cookie (%s) with 401 and tells the browser to drop it', async (_how, tamper) => {
    const { cookie } = await signedIn();
    const res = await call('/me', { headers: { cookie: `csr_session=${tamper(cookie)}` } });
    expect(res.status).toBe(401);
    expect(res.data.error.code).toBe('unauthenticated');
    expect(res.headers.get('set-cookie')).toMatch(/^csr_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  it("refuses a cookie beside another user's bearer token, and accepts one beside the same user's", async () => {
    const { user, cookie } = await signedIn();
    const other = await call('/me', { cookie, token: world.tokens.admin });
    expect(other.status).toBe(401);
    expect(other.data.error.code).toBe('conflicting_credentials');
    const sameUser = await call('/sessions', { json: { login: user.login, password: user.password } });
    expect((await call('/me', { cookie, token: sameUser.data.token })).status).toBe(200);
  });
});

describe('DELETE /sessions/current with the cookie', () => {
  it('revokes the session row, clears the cookie and audits the sign-out', async () => {
    const { user, cookie } = await signedIn();
    const res = await call('/sessions/current', { method: 'DELETE', cookie, headers: SAME_ORIGIN });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^csr_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/);
    const rows = await world.db.query.session.findMany({ where: (s, { eq }) => eq(s.userId, user.id) });
    expect(rows.map((r) => r.revokedAt !== null)).toEqual([true]);
    const audits = await world.db.query.auditLog.findMany({ where: (a, { and, eq }) => and(eq(a.action, 'session.revoke'), eq(a.resourceId, String(user.id))) });
    expect(audits).toHaveLength(1);
    expect((await call('/me', { cookie })).status).toBe(401);
  });

  it('is a change like any other: from another site it is refused and the session lives on', async () => {
    const { cookie } = await signedIn();
    expect((await call('/sessions/current', { method: 'DELETE', cookie, headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect((await call('/me', { cookie })).status).toBe(200);
  });
});
