// The sign-in throttle under a burst of parallel attempts: each attempt reserves its place before the password
// is verified, so a burst gets no more verifications than a lock allows one at a time. Verifications are counted
// from the audit trail: every verified wrong password leaves one row with its reason, every success its status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, loginThrottle } from '../../worker/db/schema';
import { ACCOUNT_FREE_FAILURES, CLIENT_FREE_FAILURES } from '../../worker/domain/throttle';
import { makeUser, uniqueLogin } from './accounts';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const BURST = 200;
/** 200 requests through workerd and D1 take seconds on a busy machine; the figures, not the time, are under test. */
const BURST_TIMEOUT_MS = 60_000;
const signIn = (login: string, password: string, ip: string) => call('/sessions', { json: { login, password }, headers: { 'cf-connecting-ip': ip } });
/** Reasons of the audited failures that needed a password verification (a refusal while locked needs none). */
const verifiedFailures = async (action: string, resourceId: string) =>
  (await world.db.select({ after: auditLog.after }).from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.resourceId, resourceId))))
    .map((row) => (row.after as { reason: string }).reason)
    .filter((reason) => reason !== 'throttled');
const statuses = (results: { status: number }[]) => results.reduce((n, r) => n.set(r.status, (n.get(r.status) ?? 0) + 1), new Map<number, number>());
/** What each burst verified, printed at the end for the README. */
const figures: string[] = [];
const expireLocks = () => world.db.update(loginThrottle).set({ lockedUntil: new Date(Date.now() - 1000).toISOString() });

describe('POST /sessions under a parallel burst', () => {
  it(`verifies at most ${ACCOUNT_FREE_FAILURES} of ${BURST} parallel guesses at one login, and refuses the rest`, async () => {
    const person = await makeUser(world.db);
    const results = await Promise.all(Array.from({ length: BURST }, () => signIn(person.login, 'wrong-password', '203.0.113.201')));
    const verified = await verifiedFailures('session.failed', person.login);
    expect(verified.length, `verifications: ${verified.length}`).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES);
    figures.push(`one login: ${verified.length} of ${BURST} verified`);
    expect(statuses(results).get(401)).toBe(verified.length);
    expect(statuses(results).get(429)).toBe(BURST - verified.length);

    // The next lock window lets exactly one more guess through: the lock is taken before the password is tried.
    await expireLocks().where(eq(loginThrottle.key, `account:${person.login}`));
    await Promise.all(Array.from({ length: BURST }, () => signIn(person.login, 'wrong-password', '203.0.113.201')));
    const next = (await verifiedFailures('session.failed', person.login)).length - verified.length;
    figures.push(`one login, next lock window: ${next} of ${BURST} verified`);
    expect(next).toBeLessThanOrEqual(1);
  }, BURST_TIMEOUT_MS);

  it('does not let the right password through behind 199 wrong ones in the same burst, beyond the free attempts', async () => {
    const person = await makeUser(world.db);
    const attempts = Array.from({ length: BURST }, (_, i) => (i === BURST - 1 ? person.password : `guess-${i}`));
    const results = await Promise.all(attempts.map((password) => signIn(person.login, password, '203.0.113.202')));
    const successes = statuses(results).get(201) ?? 0;
    const verified = (await verifiedFailures('session.failed', person.login)).length + successes;
    figures.push(`199 wrong and the right password: ${verified} of ${BURST} verified, ${successes} signed in`);
    expect(verified, `verifications: ${verified}`).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES);
  }, BURST_TIMEOUT_MS);

  it(`verifies at most ${CLIENT_FREE_FAILURES} parallel guesses from one address across many logins`, async () => {
    const ip = '203.0.113.203';
    const logins = Array.from({ length: BURST }, () => uniqueLogin('spray'));
    const results = await Promise.all(logins.map((login) => signIn(login, 'wrong-password', ip)));
    const rows = await world.db.select({ after: auditLog.after }).from(auditLog).where(eq(auditLog.action, 'session.failed'));
    const verified = rows.filter((r) => {
      const after = r.after as { reason: string; clientIp: string };
      return after.clientIp === ip && after.reason !== 'throttled';
    }).length;
    figures.push(`one address, ${BURST} logins: ${verified} verified`);
    expect(verified, `verifications: ${verified}`).toBeLessThanOrEqual(CLIENT_FREE_FAILURES);
    expect(statuses(results).get(401)).toBe(verified);
  }, BURST_TIMEOUT_MS);

  it('releases the reservation of a success: a right password does not count as a failure', async () => {
    const person = await makeUser(world.db);
    const ip = '203.0.113.204';
    for (let i = 0; i < CLIENT_FREE_FAILURES + 3; i++) expect((await signIn(person.login, person.password, ip)).status).toBe(201);
    expect(await world.db.query.loginThrottle.findMany({ where: (t, { inArray }) => inArray(t.key, [`account:${person.login}`, `client:${ip}`]) })).toEqual([]);
  }, BURST_TIMEOUT_MS);
});

describe('PUT /me/password under a parallel burst', () => {
  it(`verifies at most ${ACCOUNT_FREE_FAILURES} of ${BURST} parallel guesses of the current password`, async () => {
    const person = await makeUser(world.db);
    const token = (await signIn(person.login, person.password, '203.0.113.210')).data.token as string;
    const change = (currentPassword: string) =>
      call('/me/password', { method: 'PUT', token, json: { currentPassword, newPassword: 'brand-new-password' }, headers: { 'cf-connecting-ip': '203.0.113.211' } });
    const attempts = Array.from({ length: BURST }, (_, i) => (i === BURST - 1 ? person.password : `guess-${i}`));
    const results = await Promise.all(attempts.map(change));
    const changed = statuses(results).get(204) ?? 0;
    const verified = (await verifiedFailures('password.change_failed', String(person.id))).length + changed;
    figures.push(`password change: ${verified} of ${BURST} verified, ${changed} changed`);
    expect(verified, `verifications: ${verified}`).toBeLessThanOrEqual(ACCOUNT_FREE_FAILURES);
    expect((statuses(results).get(400) ?? 0) + changed + (statuses(results).get(429) ?? 0)).toBe(BURST);
  }, BURST_TIMEOUT_MS);

  it('releases the reservation of a change made with the right password', async () => {
    const person = await makeUser(world.db);
    const token = (await signIn(person.login, person.password, '203.0.113.212')).data.token as string;
    let password = person.password;
    for (let i = 0; i < ACCOUNT_FREE_FAILURES + 2; i++) {
      const next = `new-password-${i}-long`;
      const res = await call('/me/password', { method: 'PUT', token, json: { currentPassword: password, newPassword: next }, headers: { 'cf-connecting-ip': '203.0.113.213' } });
      expect(res.status).toBe(204);
      password = next;
    }
    expect(await world.db.query.loginThrottle.findMany({ where: (t, { eq }) => eq(t.key, `account:${person.login}`) })).toEqual([]);
  }, BURST_TIMEOUT_MS);
});

afterAll(() => console.log(`throttle bursts: ${figures.join('; ')}`));
