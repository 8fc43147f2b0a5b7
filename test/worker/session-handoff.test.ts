// The extension hands its signed-in user to the web console: a one-time, one-minute code, minted only with a bearer
// token, stored only as a hash, redeemed once and only from the console's own page for the session cookie.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { HANDOFF_SECONDS } from '../../worker/auth/handoff';
import { makeHandoff, makeSession, makeUser } from './accounts';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' };
const count = async (table: 'audit_log' | 'session' | 'session_handoff') => (await world.db.get<{ n: number }>(sql.raw(`SELECT count(*) AS n FROM ${table}`))).n;
const tokenOf = (setCookie: string | null) => /^csr_session=([^;]*)/.exec(setCookie ?? '')?.[1];
const auditsOf = (userId: number, action: 'session.handoff' | 'session.redeemHandoff') =>
  world.db.query.auditLog.findMany({ where: (a, { and, eq }) => and(eq(a.action, action), eq(a.resourceId, String(userId))) });

/** A user signed in to the extension (a bearer token) and a code minted with it. */
async function minted() {
  const user = await makeUser(world.db);
  const token = await makeSession(world.db, user.id);
  const res = await call('/sessions/handoff', { method: 'POST', token });
  expect(res.status).toBe(201);
  return { user, token, code: res.data.code as string, expiresAt: res.data.expiresAt as string };
}

const redeem = (code: string, init: { headers?: Record<string, string>; cookie?: string } = {}) =>
  call('/sessions/handoff/redeem', { json: { code }, headers: init.headers ?? SAME_ORIGIN, cookie: init.cookie });

describe('POST /sessions/handoff', () => {
  it('gives a bearer caller a 256-bit code that lives a minute, stores only its hash, and audits it', async () => {
    const before = Date.now();
    const { user, code, expiresAt } = await minted();
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const lifetime = Date.parse(expiresAt) - before;
    expect(lifetime).toBeGreaterThan((HANDOFF_SECONDS - 5) * 1000);
    expect(lifetime).toBeLessThanOrEqual((HANDOFF_SECONDS + 5) * 1000);
    const rows = await world.db.all<Record<string, unknown>>(sql`SELECT * FROM session_handoff WHERE user_id = ${user.id}`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(code);
    const audits = await auditsOf(user.id, 'session.handoff');
    expect(audits.map((a) => a.after)).toEqual([{ expiresAt }]);
    expect(JSON.stringify(audits)).not.toContain(code);
  });

  it('refuses the web console’s cookie (403) and writes nothing', async () => {
    const user = await makeUser(world.db);
    const cookie = await makeSession(world.db, user.id);
    const [audits, codes] = [await count('audit_log'), await count('session_handoff')];
    const res = await call('/sessions/handoff', { method: 'POST', cookie, headers: SAME_ORIGIN });
    expect(res.status).toBe(403);
    expect(res.data.error.code).toBe('forbidden');
    expect([await count('audit_log'), await count('session_handoff')]).toEqual([audits, codes]);
  });

  it('refuses an anonymous caller (401)', async () => {
    expect((await call('/sessions/handoff', { method: 'POST' })).status).toBe(401);
  });

  it('clears the user’s spent codes when it mints a new one', async () => {
    const user = await makeUser(world.db);
    await makeHandoff(world.db, user.id, 'used');
    await makeHandoff(world.db, user.id, 'expired');
    const live = await makeHandoff(world.db, user.id);
    const token = await makeSession(world.db, user.id);
    expect((await call('/sessions/handoff', { method: 'POST', token })).status).toBe(201);
    expect((await world.db.all(sql`SELECT 1 FROM session_handoff WHERE user_id = ${user.id}`)).length).toBe(2);
    expect((await redeem(live)).status).toBe(201);
  });
});

describe('POST /sessions/handoff/redeem', () => {
  it('sets the session cookie of a new session of the same user, keeps the extension’s session, and audits it', async () => {
    const { user, token, code } = await minted();
    const sessions = await count('session');
    const res = await redeem(code);
    expect(res.status).toBe(201);
    expect(res.data.user.id).toBe(user.id);
    expect(res.data.token).toBeUndefined();
    const cookie = tokenOf(res.headers.get('set-cookie'));
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict$/);
    expect(await count('session')).toBe(sessions + 1);
    expect((await call('/me', { cookie })).data.id).toBe(user.id);
    expect((await call('/me', { token })).status).toBe(200);
    const audits = await auditsOf(user.id, 'session.redeemHandoff');
    expect(audits.map((a) => (a.after as { newSession: boolean }).newSession)).toEqual([true]);
  });

  it('is single use: a second redeem is refused (410) and writes nothing', async () => {
    const { code } = await minted();
    expect((await redeem(code)).status).toBe(201);
    const [audits, sessions] = [await count('audit_log'), await count('session')];
    const again = await redeem(code);
    expect(again.status).toBe(410);
    expect(again.data.error.code).toBe('handoff_invalid');
    expect(again.headers.get('set-cookie')).toBeNull();
    expect([await count('audit_log'), await count('session')]).toEqual([audits, sessions]);
  });

  it('lets only one of two racing redeems through', async () => {
    const { code } = await minted();
    const statuses = (await Promise.all([redeem(code), redeem(code)])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 410]);
  });

  it.each([
    ['expired', async (userId: number) => makeHandoff(world.db, userId, 'expired')],
    ['used', async (userId: number) => makeHandoff(world.db, userId, 'used')],
    ['unknown', async () => 'A'.repeat(43)],
    ['malformed', async () => 'not a code'],
    ['empty', async () => ''],
  ])('refuses a code that is %s with 410 handoff_invalid', async (_state, codeOf) => {
    const user = await makeUser(world.db);
    const res = await redeem(await codeOf(user.id));
    expect(res.status).toBe(410);
    expect(res.data.error.code).toBe('handoff_invalid');
  });

  it('refuses the code of a user disabled since', async () => {
    const { user, code } = await minted();
    await world.db.run(sql`UPDATE user SET disabled_at = ${new Date().toISOString()} WHERE id = ${user.id}`);
    expect((await redeem(code)).data.error.code).toBe('handoff_invalid');
  });

  it.each([
    ['another site', { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' }],
    ['a sibling subdomain', { 'sec-fetch-site': 'same-site', origin: 'http://evil.127.0.0.1' }],
    ['neither Origin nor fetch metadata', {}],
  ])('refuses a redeem from %s with 403, writes nothing and leaves the code usable', async (_from, headers) => {
    const { code } = await minted();
    const [audits, sessions] = [await count('audit_log'), await count('session')];
    const res = await redeem(code, { headers });
    expect(res.status).toBe(403);
    expect(res.data.error.code).toBe('cross_site_request');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect([await count('audit_log'), await count('session')]).toEqual([audits, sessions]);
    expect((await redeem(code)).status).toBe(201);
  });

  it('keeps the browser’s own session when it is the same user’s: no new session, no new cookie', async () => {
    const { user, code } = await minted();
    const cookie = await makeSession(world.db, user.id);
    const sessions = await count('session');
    const res = await redeem(code, { cookie });
    expect(res.status).toBe(201);
    expect(res.data.user.id).toBe(user.id);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await count('session')).toBe(sessions);
    const audits = await auditsOf(user.id, 'session.redeemHandoff');
    expect(audits.map((a) => (a.after as { newSession: boolean }).newSession)).toEqual([false]);
  });

  it('replaces another user’s cookie, stale or live', async () => {
    const other = await makeUser(world.db);
    for (const state of ['live', 'revoked'] as const) {
      const { user, code } = await minted();
      const cookie = await makeSession(world.db, other.id, state);
      const res = await redeem(code, { cookie });
      expect(res.status).toBe(201);
      expect(res.data.user.id).toBe(user.id);
      const replaced = tokenOf(res.headers.get('set-cookie'));
      expect(replaced).toBeTruthy();
      expect(replaced).not.toBe(cookie);
      expect((await call('/me', { cookie: replaced })).data.id).toBe(user.id);
    }
  });
});
