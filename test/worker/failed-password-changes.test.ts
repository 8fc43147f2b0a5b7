// Wrong current passwords in the audit trail: one row per refused change, one per lock however long the flood.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq, gt } from 'drizzle-orm';
import { auditLog, loginThrottle } from '../../worker/db/schema';
import { ACCOUNT_FREE_FAILURES } from '../../worker/domain/throttle';
import { makeUser } from './accounts';
import { changedTables, fingerprint } from './support/fingerprint';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const signedIn = async () => {
  const person = await makeUser(world.db);
  const res = await call('/sessions', { json: { login: person.login, password: person.password }, headers: { 'cf-connecting-ip': '192.0.2.1' } });
  return { ...person, token: res.data.token as string };
};
const change = (token: string, currentPassword: string, ip: string) =>
  call('/me/password', { method: 'PUT', token, json: { currentPassword, newPassword: 'brand-new-password' }, headers: { 'cf-connecting-ip': ip } });
const failedRows = (userId: number) =>
  world.db.query.auditLog.findMany({
    where: (a, { and, eq }) => and(eq(a.action, 'password.change_failed'), eq(a.resourceId, String(userId))),
    orderBy: (a, { asc }) => asc(a.id),
  });
const lastAuditId = async () => (await world.db.query.auditLog.findFirst({ orderBy: (a, { desc }) => desc(a.id) }))?.id ?? 0;

describe('PUT /me/password failures in the audit trail', () => {
  it('records a wrong current password against the user, with the address and never a password', async () => {
    const person = await signedIn();
    expect((await change(person.token, 'a-secret-guess-9', '203.0.113.60')).status).toBe(400);
    const rows = await failedRows(person.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: person.id, role: null, resourceType: 'user', after: { reason: 'wrong_password', clientIp: '203.0.113.60' } });
    expect(JSON.stringify(rows[0])).not.toContain('a-secret-guess-9');
    expect(JSON.stringify(rows[0])).not.toContain('brand-new-password');
  });

  it('records one throttled row per lock, not one per refused attempt', async () => {
    const person = await signedIn();
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) expect((await change(person.token, 'guess', '203.0.113.61')).status).toBe(400);
    for (let i = 0; i < 4; i++) expect((await change(person.token, person.password, `203.0.113.${70 + i}`)).status).toBe(429);
    const reasons = async () => (await failedRows(person.id)).map((r) => (r.after as { reason: string }).reason);
    expect(await reasons()).toEqual([...Array<string>(ACCOUNT_FREE_FAILURES).fill('wrong_password'), 'throttled']);
    expect((await failedRows(person.id)).at(-1)).toMatchObject({ after: { clientIp: '203.0.113.70', lockedUntil: expect.any(String) } });

    // The lock runs out, one more failure locks again: that new lock gets its own row.
    await world.db.update(loginThrottle).set({ lockedUntil: new Date(Date.now() - 1000).toISOString() }).where(eq(loginThrottle.key, `account:${person.login}`));
    expect((await change(person.token, 'guess', '203.0.113.61')).status).toBe(400);
    for (let i = 0; i < 3; i++) expect((await change(person.token, person.password, '203.0.113.61')).status).toBe(429);
    expect((await reasons()).filter((r) => r === 'throttled')).toHaveLength(2);
  });

  it('changes only the throttle counters and the audit trail, with its own action', async () => {
    const person = await signedIn();
    const before = await fingerprint(world.db);
    const auditBefore = await lastAuditId();
    expect((await change(person.token, 'wrong-password', '203.0.113.62')).status).toBe(400);
    expect(changedTables(before, await fingerprint(world.db)).sort()).toEqual(['audit_log', 'login_throttle']);
    expect((await world.db.select().from(auditLog).where(gt(auditLog.id, auditBefore))).map((r) => r.action)).toEqual(['password.change_failed']);
  });

  it('writes only the change when the current password is right', async () => {
    const person = await signedIn();
    const before = await lastAuditId();
    expect((await change(person.token, person.password, '203.0.113.63')).status).toBe(204);
    expect((await world.db.select().from(auditLog).where(gt(auditLog.id, before))).map((r) => r.action)).toEqual(['user.changePassword']);
  });

  it('lets an admin follow the failures by action and client address', async () => {
    const person = await signedIn();
    await change(person.token, 'wrong-password', '198.51.100.88');
    const res = await call('/audit?action=password.change_failed&clientIp=198.51.100.88', { token: world.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.data.items).toMatchObject([{ action: 'password.change_failed', user: { id: person.id }, resourceType: 'user', resourceId: String(person.id) }]);
  });
});
