import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { loginThrottle } from '../../worker/db/schema';
import { ACCOUNT_FREE_FAILURES, CLIENT_FREE_FAILURES, FIRST_LOCK_SECONDS } from '../../worker/domain/throttle';
import { makeUser } from './accounts';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const signIn = (login: string, password: string, ip = '203.0.113.1') => call('/sessions', { json: { login, password }, headers: { 'cf-connecting-ip': ip } });
const failTimes = async (n: number, login: string, ip?: string) => {
  for (let i = 0; i < n; i++) expect((await signIn(login, 'wrong-password', ip)).status).toBe(401);
};
/** Moves a lock into the past, as if its time had run out. */
const expireLock = (key: string) => world.db.update(loginThrottle).set({ lockedUntil: new Date(Date.now() - 1000).toISOString() }).where(eq(loginThrottle.key, key));

describe('POST /sessions throttling per account', () => {
  it(`refuses with 429 and Retry-After after ${ACCOUNT_FREE_FAILURES} failures, even the right password`, async () => {
    const person = await makeUser(world.db);
    await failTimes(ACCOUNT_FREE_FAILURES, person.login, '198.51.100.1');
    const locked = await signIn(person.login, person.password, '198.51.100.2');
    expect(locked.status).toBe(429);
    expect(locked.data.error.code).toBe('rate_limited');
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(FIRST_LOCK_SECONDS);
  });

  it('locks longer after each further failure, and a success clears the account', async () => {
    const person = await makeUser(world.db);
    const key = `account:${person.login}`;
    await failTimes(ACCOUNT_FREE_FAILURES, person.login);
    const first = Number((await signIn(person.login, person.password)).headers.get('retry-after'));
    await expireLock(key);
    await failTimes(1, person.login);
    const second = Number((await signIn(person.login, person.password)).headers.get('retry-after'));
    expect(second).toBeGreaterThan(first);
    expect(second).toBeLessThanOrEqual(2 * FIRST_LOCK_SECONDS);

    await expireLock(key);
    expect((await signIn(person.login, person.password)).status).toBe(201);
    expect(await world.db.query.loginThrottle.findFirst({ where: (t, { eq }) => eq(t.key, key) })).toBeUndefined();
    // Cleared: the next mistake is a plain 401 again.
    expect((await signIn(person.login, 'wrong-password')).status).toBe(401);
  });

  it('counts failures for unknown logins too, so locking does not reveal which logins exist', async () => {
    await failTimes(ACCOUNT_FREE_FAILURES, 'no-such-login');
    expect((await signIn('no-such-login', 'whatever')).status).toBe(429);
  });

  it('treats the login case-insensitively', async () => {
    const person = await makeUser(world.db);
    await failTimes(ACCOUNT_FREE_FAILURES, person.login.toUpperCase());
    expect((await signIn(person.login, person.password)).status).toBe(429);
  });
});

describe('POST /sessions throttling per client address', () => {
  it(`refuses an address after ${CLIENT_FREE_FAILURES} failures across logins; other addresses go on`, async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < CLIENT_FREE_FAILURES; i++) expect((await signIn(`guess-${i}`, 'wrong-password', ip)).status).toBe(401);
    const person = await makeUser(world.db);
    const refused = await signIn(person.login, person.password, ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signIn(person.login, person.password, '192.0.2.78')).status).toBe(201);
  });

  it("keeps the address's count after a success there, so one good account cannot reset it", async () => {
    const ip = '192.0.2.99';
    const person = await makeUser(world.db);
    for (let i = 0; i < CLIENT_FREE_FAILURES - 1; i++) await signIn(`probe-${i}`, 'wrong-password', ip);
    expect((await signIn(person.login, person.password, ip)).status).toBe(201);
    await signIn('probe-last', 'wrong-password', ip);
    expect((await signIn(person.login, person.password, ip)).status).toBe(429);
  });
});

describe('PUT /me/password throttling', () => {
  it('guards the current password with the same account lock', async () => {
    const person = await makeUser(world.db);
    const login = await signIn(person.login, person.password, '198.51.100.50');
    const token = login.data.token as string;
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) {
      const res = await call('/me/password', { method: 'PUT', token, json: { currentPassword: 'guess', newPassword: 'brand-new-password' } });
      expect(res.status).toBe(400);
    }
    const locked = await call('/me/password', { method: 'PUT', token, json: { currentPassword: person.password, newPassword: 'brand-new-password' } });
    expect(locked.status).toBe(429);
  });
});
