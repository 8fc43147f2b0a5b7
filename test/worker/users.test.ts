import { beforeAll, describe, expect, it } from 'vitest';
import { makeSession, makeUser } from './accounts';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
const admin = () => ({ token: world.tokens.admin });

describe('GET /users', () => {
  it('lists users with their round roles, paged by cursor', async () => {
    const first = await call('/users?limit=3', admin());
    expect(first.status).toBe(200);
    expect(first.data.items).toHaveLength(3);
    expect(first.data.items[1]).toMatchObject({ login: 'expert', activated: true, memberships: [{ role: 'expert', bureau: '区人社局' }] });
    const next = await call(`/users?limit=3&cursor=${encodeURIComponent(first.data.nextCursor)}`, admin());
    expect(next.data.items[0].id).toBeGreaterThan(first.data.items[2].id);
  });

  it('sorts by login or display name, page after page, with every user once', async () => {
    const all = (await call('/users?limit=500', admin())).data.items as { id: number; login: string; displayName: string }[];
    const byText = (key: 'login' | 'displayName') => [...all].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id - b.id)).map((u) => u.id);
    for (const [sort, key] of [['login', 'login'], ['name', 'displayName']] as const) {
      const seen: number[] = [];
      let cursor: string | null = null;
      for (let n = 0; n < 50; n++) {
        const page = await call(`/users?limit=4&sort=${sort}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, admin());
        seen.push(...page.data.items.map((u: { id: number }) => u.id));
        cursor = page.data.nextCursor;
        if (!cursor) break;
      }
      expect(seen, sort).toEqual(byText(key));
    }
    expect((await call('/users?sort=password', admin())).status).toBe(400);
    expect((await call('/users?sort=login&cursor=MTI', admin())).status).toBe(400);
  });

  it('finds users by login or name fragment, with LIKE wildcards taken literally', async () => {
    expect((await call('/users?q=协调员', admin())).data.items.map((u: { login: string }) => u.login)).toEqual(['coordinator', 'coordinator-anting']);
    expect((await call('/users?q=%25', admin())).data.items).toEqual([]);
  });

  it('is 401 anonymous, 403 for non-admins, 400 for a bad limit', async () => {
    expect((await call('/users')).status).toBe(401);
    expect((await call('/users', { token: world.tokens.reviewer })).status).toBe(403);
    expect((await call('/users?limit=0', admin())).status).toBe(400);
  });
});

describe('POST /users', () => {
  it('refuses a taken login with 409 login_taken, whatever its case', async () => {
    const res = await call('/users', { ...admin(), json: { login: 'EXPERT', displayName: 'x' } });
    expect(res.status).toBe(409);
    expect(res.data.error.code).toBe('login_taken');
  });

  it('creates an admin when asked', async () => {
    const res = await call('/users', { ...admin(), json: { login: 'second.admin', displayName: '第二管理员', isAdmin: true } });
    expect(res.data.user.isAdmin).toBe(true);
  });

  it('is 400 for a bad login or unknown fields, 403 for non-admins', async () => {
    const bad = await call('/users', { ...admin(), json: { login: 'a b', displayName: '', extra: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.data.error.details.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['login', 'displayName']));
    expect((await call('/users', { token: world.tokens.expert, json: { login: 'sneaky', displayName: 'x' } })).status).toBe(403);
  });
});

describe('GET /users/:userId', () => {
  it('shows admins anyone and users themselves', async () => {
    const person = await makeUser(world.db);
    expect((await call(`/users/${person.id}`, admin())).data.login).toBe(person.login);
    expect((await call(`/users/${person.id}`, { token: await makeSession(world.db, person.id) })).status).toBe(200);
  });

  it('is 403 for another non-admin even for unknown ids, so ids cannot be probed; 404 for admins', async () => {
    expect((await call('/users/99999', { token: world.tokens.expert })).status).toBe(403);
    expect((await call('/users/99999', admin())).data.error.code).toBe('user_not_found');
  });
});

describe('PATCH /users/:userId', () => {
  it('renames, and answers 409 with the current user when the version is stale', async () => {
    const person = await makeUser(world.db);
    const renamed = await call(`/users/${person.id}`, { method: 'PATCH', ...admin(), json: { displayName: '新名字', version: 1 } });
    expect(renamed.status).toBe(200);
    expect(renamed.data).toMatchObject({ displayName: '新名字', version: 2 });
    const stale = await call(`/users/${person.id}`, { method: 'PATCH', ...admin(), json: { displayName: '旧版本', version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.data.error.details.current).toMatchObject({ displayName: '新名字', version: 2 });
  });

  it('disabling ends the sessions and sign-in; enabling lets the user sign in again', async () => {
    const person = await makeUser(world.db);
    const token = await makeSession(world.db, person.id);
    const disabled = await call(`/users/${person.id}`, { method: 'PATCH', ...admin(), json: { disabled: true, version: 1 } });
    expect(disabled.data.disabled).toBe(true);
    expect((await call('/me', { token })).status).toBe(401);
    expect((await call('/sessions', { json: { login: person.login, password: person.password } })).status).toBe(401);
    await call(`/users/${person.id}`, { method: 'PATCH', ...admin(), json: { disabled: false, version: 2 } });
    expect((await call('/sessions', { json: { login: person.login, password: person.password } })).status).toBe(201);
  });

  it('a stale disable changes nothing, sessions included', async () => {
    const person = await makeUser(world.db);
    const token = await makeSession(world.db, person.id);
    await call(`/users/${person.id}`, { method: 'PATCH', ...admin(), json: { displayName: 'first', version: 1 } });
    expect((await call(`/users/${person.id}`, { method: 'PATCH', ...admin(), json: { disabled: true, version: 1 } })).status).toBe(409);
    expect((await call('/me', { token })).status).toBe(200);
  });

  it('does not let an admin disable or demote themselves', async () => {
    const adminId = world.userIds.get('admin')!;
    const res = await call(`/users/${adminId}`, { method: 'PATCH', ...admin(), json: { isAdmin: false, version: 1 } });
    expect(res.status).toBe(403);
    expect(res.data.error.message).toContain('your own');
  });

  it('is 409 admin_is_global when making a round member an admin', async () => {
    const res = await call(`/users/${world.userIds.get('reviewer')}`, { method: 'PATCH', ...admin(), json: { isAdmin: true, version: 1 } });
    expect(res.status).toBe(409);
    expect(res.data.error.code).toBe('admin_is_global');
  });

  it('is 400 for an empty change, 403 for non-admins, 404 for unknown users', async () => {
    const person = await makeUser(world.db);
    expect((await call(`/users/${person.id}`, { method: 'PATCH', ...admin(), json: { version: 1 } })).status).toBe(400);
    expect((await call(`/users/${person.id}`, { method: 'PATCH', token: world.tokens.expert, json: { displayName: 'x', version: 1 } })).status).toBe(403);
    expect((await call('/users/99999', { method: 'PATCH', ...admin(), json: { displayName: 'x', version: 1 } })).status).toBe(404);
  });
});
