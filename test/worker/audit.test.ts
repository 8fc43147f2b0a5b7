import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from './accounts';
import { call, createWorld, type World } from './world';

let world: World;
let createdCode: string;
let startedAt: string;
beforeAll(async () => {
  world = await createWorld();
  startedAt = new Date().toISOString();
  const created = await call('/users', { token: world.tokens.admin, json: { login: 'audited', displayName: '审计对象' } });
  createdCode = created.data.invite.code;
  await call('/invites/accept', { json: { code: createdCode, password: 'audited-password-1' } });
  await call(`/rounds/${world.roundId}/members/${created.data.user.id}`, { method: 'PUT', token: world.tokens.admin, json: { role: 'reviewer' } });
  for (let i = 0; i < 3; i++) await call('/sessions', { json: { login: 'expert', password: 'expert-password-1' } });
});
const audit = (query = '') => call(`/audit${query}`, { token: world.tokens.admin });

describe('GET /audit', () => {
  it('lists entries newest first with who did them', async () => {
    const res = await audit();
    expect(res.status).toBe(200);
    const ids = res.data.items.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(res.data.items[0]).toMatchObject({ action: 'session.create', user: { login: 'expert' }, resourceType: 'user' });
  });

  it('filters by action, user, resource, round and time', async () => {
    const accepted = await audit('?action=invite.accept');
    expect(accepted.data.items).toHaveLength(1);
    const userId = accepted.data.items[0].resourceId;
    expect((await audit(`?resourceType=user&resourceId=${userId}`)).data.items.map((e: { action: string }) => e.action)).toEqual(['invite.accept', 'user.create']);
    expect((await audit(`?roundId=${world.roundId}`)).data.items.map((e: { action: string }) => e.action)).toEqual(['member.add']);
    const byExpert = await audit(`?userId=${world.userIds.get('expert')}`);
    expect(byExpert.data.items.every((e: { user: { login: string } }) => e.user.login === 'expert')).toBe(true);
    expect((await audit(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).data.items).toEqual([]);
    expect((await audit(`?to=${encodeURIComponent(startedAt)}`)).data.items).toEqual([]);
  });

  it('pages with a cursor without gaps or repeats', async () => {
    const all = (await audit('?limit=500')).data.items.map((e: { id: number }) => e.id);
    const seen: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { data: { items: { id: number }[]; nextCursor: string | null } } = await audit(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.data.items.map((e) => e.id));
      cursor = page.data.nextCursor;
    }
    expect(seen).toEqual(all);
  });

  it('never records a secret: no invite code, password or hash', async () => {
    const body = JSON.stringify((await audit('?limit=500')).data);
    expect(body).not.toContain(createdCode);
    expect(body).not.toContain('audited-password-1');
    expect(body).not.toMatch(/password_?hash|[0-9a-f]{64}/i);
  });

  it('is 401 anonymous, 403 for non-admins, 400 for a bad filter', async () => {
    expect((await call('/audit')).status).toBe(401);
    expect((await call('/audit', { token: world.tokens.reviewer })).status).toBe(403);
    expect((await audit('?from=yesterday')).status).toBe(400);
    expect((await audit('?cursor=abc')).status).toBe(400);
    // The action and resource filters are choices from shared/audit-actions.ts, not free text.
    expect((await audit('?action=rectification.nonsense')).data.error.details.fields[0]).toMatchObject({ path: 'action', code: 'invalid_value' });
    expect((await audit('?resourceType=users')).status).toBe(400);
  });
});

describe('mutations and the audit trail', () => {
  it('a no-op leaves no row: ending the sessions of a user who has none', async () => {
    const person = await makeUser(world.db);
    const before = (await audit('?action=user.revokeSessions')).data.items.length;
    expect((await call(`/users/${person.id}/sessions`, { method: 'DELETE', token: world.tokens.admin })).data).toEqual({ revoked: 0 });
    expect((await audit('?action=user.revokeSessions')).data.items).toHaveLength(before);
  });
});
