// Failed sign-ins in the audit trail: one row per refused attempt, one per lock however long the flood.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, gt } from 'drizzle-orm';
import { auditLog, loginThrottle, user } from '../../worker/db/schema';
import { ACCOUNT_FREE_FAILURES } from '../../worker/domain/throttle';
import { makeUser } from './accounts';
import { changedTables, fingerprint } from './support/fingerprint';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const signIn = (login: string, password: string, ip: string) => call('/sessions', { json: { login, password }, headers: { 'cf-connecting-ip': ip } });
const failedRows = (login: string) =>
  world.db.query.auditLog.findMany({ where: (a, { and, eq }) => and(eq(a.action, 'session.failed'), eq(a.resourceId, login)), orderBy: (a, { asc }) => asc(a.id) });
const lastAuditId = async () => (await world.db.query.auditLog.findFirst({ orderBy: (a, { desc }) => desc(a.id) }))?.id ?? 0;
const expireLock = (key: string) => world.db.update(loginThrottle).set({ lockedUntil: new Date(Date.now() - 1000).toISOString() }).where(eq(loginThrottle.key, key));

describe('POST /sessions failures in the audit trail', () => {
  it('records a wrong password against the user, with the address and never the password', async () => {
    const person = await makeUser(world.db);
    const res = await signIn(person.login, 'a-secret-guess-9', '203.0.113.10');
    expect(res.status).toBe(401);
    const rows = await failedRows(person.login);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: person.id, role: null, resourceType: 'login', after: { reason: 'wrong_password', clientIp: '203.0.113.10' } });
    expect(JSON.stringify(rows[0])).not.toContain('a-secret-guess-9');
  });

  it('records an unknown login with no user, behind the same 401 as a wrong password', async () => {
    const person = await makeUser(world.db);
    const wrong = await signIn(person.login, 'wrong-password', '203.0.113.11');
    const unknown = await signIn('nobody-here', 'wrong-password', '203.0.113.11');
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.data).toEqual(wrong.data);
    const [row] = await failedRows('nobody-here');
    expect(row).toMatchObject({ userId: null, role: null, after: { reason: 'unknown_login', clientIp: '203.0.113.11' } });
  });

  it('records the right password of a disabled account as disabled', async () => {
    const person = await makeUser(world.db);
    await world.db.update(user).set({ disabledAt: new Date().toISOString() }).where(eq(user.id, person.id));
    expect((await signIn(person.login, person.password, '203.0.113.12')).status).toBe(401);
    expect((await failedRows(person.login)).map((r) => r.after)).toEqual([{ reason: 'disabled', clientIp: '203.0.113.12' }]);
  });

  it('records one throttled row per lock, not one per refused attempt', async () => {
    const person = await makeUser(world.db);
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) await signIn(person.login, 'wrong-password', '203.0.113.13');
    for (let i = 0; i < 4; i++) expect((await signIn(person.login, person.password, `203.0.113.${20 + i}`)).status).toBe(429);
    const throttled = () => failedRows(person.login).then((rows) => rows.filter((r) => (r.after as { reason: string }).reason === 'throttled'));
    const first = await throttled();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ userId: person.id, after: { reason: 'throttled', clientIp: '203.0.113.20', lockedUntil: expect.any(String) } });
    expect(await failedRows(person.login)).toHaveLength(ACCOUNT_FREE_FAILURES + 1);

    // The lock runs out, one more failure locks again: that new lock gets its own row.
    await expireLock(`account:${person.login}`);
    expect((await signIn(person.login, 'wrong-password', '203.0.113.13')).status).toBe(401);
    for (let i = 0; i < 3; i++) expect((await signIn(person.login, person.password, '203.0.113.13')).status).toBe(429);
    expect(await throttled()).toHaveLength(2);
  });

  it('changes only the throttle counters and the audit trail, one row per refused attempt', async () => {
    // The fuzz suite admits exactly this for a refused sign-in; its generated bodies rarely reach a 401.
    const person = await makeUser(world.db);
    for (const [login, ip] of [[person.login, '203.0.113.40'], ['no-one-at-all', '203.0.113.41']] as const) {
      const before = await fingerprint(world.db);
      const auditBefore = await lastAuditId();
      expect((await signIn(login, 'wrong-password', ip)).status).toBe(401);
      expect(changedTables(before, await fingerprint(world.db)).sort()).toEqual(['audit_log', 'login_throttle']);
      expect((await world.db.select().from(auditLog).where(gt(auditLog.id, auditBefore))).map((r) => r.action)).toEqual(['session.failed']);
    }
  });

  it('writes nothing but the sign-in when the sign-in succeeds', async () => {
    const person = await makeUser(world.db);
    const before = await lastAuditId();
    expect((await signIn(person.login, person.password, '203.0.113.30')).status).toBe(201);
    const written = await world.db.select().from(auditLog).where(gt(auditLog.id, before));
    expect(written.map((r) => r.action)).toEqual(['session.create']);
  });
});

describe('GET /audit of failed sign-ins', () => {
  const audit = (query: string) => call(`/audit?${query}`, { token: world.tokens.admin });

  it('lets an admin filter by action, login tried and client address', async () => {
    const person = await makeUser(world.db);
    await signIn(person.login, 'wrong-password', '198.51.100.77');
    await signIn('ghost-login', 'wrong-password', '198.51.100.77');
    const byAddress = await audit('action=session.failed&clientIp=198.51.100.77');
    expect(byAddress.status).toBe(200);
    expect(byAddress.data.items.map((e: { resourceId: string }) => e.resourceId)).toEqual(['ghost-login', person.login]);
    const byLogin = await audit(`resourceType=login&resourceId=${person.login}`);
    expect(byLogin.data.items).toMatchObject([{ action: 'session.failed', user: { id: person.id, login: person.login }, after: { reason: 'wrong_password' } }]);
    expect((await audit(`userId=${person.id}&action=session.failed`)).data.items).toHaveLength(1);
  });

  it('is for admins only', async () => {
    expect((await call('/audit?action=session.failed', { token: world.tokens.expert })).status).toBe(403);
  });
});

