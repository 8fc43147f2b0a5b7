// Enterprise staff accounts in bulk: created from the registry's contacts in resumable chunks, skipping those
// that exist, with the enterprise role in the round; invitation codes handed out as JSON, CSV and XLSX; and the
// accounts list filtered by role.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS_CHUNK } from '../../shared/schemas/enterprise-accounts';
import { EnterpriseCreate } from '../../shared/schemas/enterprise';
import { runBatch } from '../../worker/db/batch';
import { enterpriseWriteStatements } from '../../worker/queries/enterprise-write';
import { syntheticEnterprises } from '../../worker/seed/synthetic-enterprises';
import { creditCodes, streets, testWorldSpec } from '../support/test-world';
import { setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
const MORE = 250;
const accounts = (json: unknown, token = world.tokens.admin, roundId = world.roundId) => call(`/rounds/${roundId}/enterprise-accounts`, { token, json });
const sheet = (json: unknown, token = world.tokens.admin) => call(`/rounds/${world.roundId}/enterprise-accounts/invitations`, { token, json });

beforeAll(async () => {
  world = await createWorld();
  const streetIds = new Map((await world.db.all<{ name: string; id: number }>(sql`SELECT name, id FROM street`)).map((s) => [s.name, s.id]));
  const more = syntheticEnterprises({ count: MORE, seed: 11, avoid: testWorldSpec.enterprises }).map((e) => {
    const parsed = EnterpriseCreate.parse(e);
    return { ...parsed, streetId: streetIds.get(parsed.street)! };
  });
  await runBatch(world.db, enterpriseWriteStatements(more));
  await world.db.run(sql`INSERT INTO round_enterprise (round_id, enterprise_id) SELECT ${world.roundId}, id FROM enterprise WHERE id NOT IN (SELECT enterprise_id FROM round_enterprise WHERE round_id = ${world.roundId})`);
  await world.db.run(sql`UPDATE enterprise SET contact_name = '李四', contact_phone = '021-5959 0000' WHERE credit_code = ${creditCodes.lvyuan}`);
});

describe('POST /rounds/:roundId/enterprise-accounts', () => {
  it('creates each enrolled enterprise’s account and role chunk by chunk, skipping enterprises that have staff, and says how far it got', async () => {
    const total = 3 + MORE;
    const first = await accounts({ scope: { by: 'round' } });
    expect(first.status).toBe(200);
    // huaxin and jiaan have their staff already (the test world's users); lvyuan and the new ones get accounts.
    expect(first.data).toEqual({ total, done: ACCOUNTS_CHUNK, created: ACCOUNTS_CHUNK - 2, rolesGiven: 0, skipped: 2, next: expect.any(Number) });
    const second = await accounts({ scope: { by: 'round' }, after: first.data.next });
    expect(second.data).toEqual({ total, done: total, created: total - ACCOUNTS_CHUNK, rolesGiven: 0, skipped: 0, next: null });
    // Repeating a chunk creates nothing twice.
    expect((await accounts({ scope: { by: 'round' } })).data).toMatchObject({ created: 0, skipped: ACCOUNTS_CHUNK });

    const login = `ent-${creditCodes.lvyuan.toLowerCase()}`;
    const created = await world.db.get<{ id: number; displayName: string; role: string; enterpriseId: number }>(sql`
      SELECT u.id, u.display_name AS displayName, m.role, m.enterprise_id AS enterpriseId FROM user u JOIN round_member m ON m.user_id = u.id WHERE u.login = ${login}`);
    expect(created).toMatchObject({ displayName: '李四(上海绿源建设工程有限公司)', role: 'enterprise', enterpriseId: world.enterpriseId(creditCodes.lvyuan) });
    const audited = await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, 'enterprise_account.create') });
    expect(audited).toHaveLength(total - 2);
    expect(audited.find((a) => a.resourceId === String(created.id))?.after).toMatchObject({ login, role: 'enterprise', newAccount: true });
  });

  it('gives an existing ent- account the role in another round, and takes a street or a selection', async () => {
    const [next] = await world.db.all<{ id: number }>(sql`INSERT INTO round (name_zh, name_en, year, framework_id) VALUES ('2027', '2027', 2027, ${world.frameworkId}) RETURNING id`);
    await world.db.run(sql`INSERT INTO round_enterprise (round_id, enterprise_id) SELECT ${next!.id}, enterprise_id FROM round_enterprise WHERE round_id = ${world.roundId}`);
    const lvyuan = world.enterpriseId(creditCodes.lvyuan);
    expect((await accounts({ scope: { by: 'list', enterpriseIds: [lvyuan] } }, world.tokens.admin, next!.id)).data).toEqual({ total: 1, done: 1, created: 0, rolesGiven: 1, skipped: 0, next: null });
    const street = await accounts({ scope: { by: 'street', streets: [streets.anting] } }, world.tokens.admin, next!.id);
    expect(street.data.total).toBe(await world.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM enterprise WHERE street = ${streets.anting}`).then((r) => r.n));
  });

  it('takes a pasted list of credit codes (full-width and spaced as typed) and names, once, the codes the round has not enrolled', async () => {
    const [elsewhere] = syntheticEnterprises({ count: 1, seed: 97, avoid: testWorldSpec.enterprises });
    const fullWidth = [...creditCodes.lvyuan].map((ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).join('');
    const spaced = `${creditCodes.huaxin.slice(0, 6)} ${creditCodes.huaxin.slice(6)}`;
    const scope = { by: 'codes', creditCodes: [fullWidth, spaced, elsewhere!.creditCode] };
    const first = await accounts({ scope });
    expect(first.status).toBe(200);
    expect(first.data).toMatchObject({ total: 2, done: 2, next: null, notEnrolled: [elsewhere!.creditCode] });
    expect((await accounts({ scope, after: 1 })).data.notEnrolled).toBeUndefined();
    const bad = await accounts({ scope: { by: 'codes', creditCodes: ['9131000'] } });
    expect(bad.status).toBe(400);
  });

  it('is 400 for a bad scope, 401 without a session, 403 for non-admins and in a closed round, 404 for an unknown round', async () => {
    expect((await accounts({ scope: { by: 'size' } })).status).toBe(400);
    expect((await accounts({ scope: { by: 'street', streets: [] } })).status).toBe(400);
    expect((await accounts({ scope: { by: 'round' } }, '')).status).toBe(401);
    expect((await accounts({ scope: { by: 'round' } }, world.tokens.reviewer)).status).toBe(403);
    expect((await accounts({ scope: { by: 'round' } }, world.tokens.admin, 999)).status).toBe(404);
    await setRoundStatus(world, 'closed');
    expect((await accounts({ scope: { by: 'round' } })).status).toBe(403);
    await setRoundStatus(world, 'collecting');
  });
});

describe('POST /rounds/:roundId/enterprise-accounts/invitations', () => {
  it('hands out new codes for the scope’s accounts without a password, per street, and each code lets its person in', async () => {
    const lvyuan = world.enterpriseId(creditCodes.lvyuan);
    const res = await sheet({ scope: { by: 'list', enterpriseIds: [lvyuan, world.enterpriseId(creditCodes.huaxin)] } });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.data).toMatchObject({ count: 2, expiresAt: expect.any(String), streets: [{ street: streets.nanxiang, items: expect.any(Array) }] });
    const line = res.data.streets[0].items.find((l: { enterprise: { id: number } }) => l.enterprise.id === lvyuan);
    expect(line).toMatchObject({ login: `ent-${creditCodes.lvyuan.toLowerCase()}`, contactName: '李四', contactPhone: '021-5959 0000', code: expect.stringMatching(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/) });
    expect((await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, 'user.invite') })).length).toBe(2);
    const accepted = await call('/invites/accept', { json: { code: line.code, password: 'a-new-password-1' } });
    expect(accepted.status).toBe(201);
    // Once the password is set the account is off the next sheet; an earlier code stops working with a new one.
    const again = await sheet({ scope: { by: 'list', enterpriseIds: [lvyuan, world.enterpriseId(creditCodes.huaxin)] } });
    expect(again.data.count).toBe(1);
    const replaced = res.data.streets[0].items.find((l: { enterprise: { id: number } }) => l.enterprise.id !== lvyuan).code;
    expect((await call('/invites/accept', { json: { code: replaced, password: 'a-new-password-2' } })).data.error.code).toBe('invite_invalid');
  });

  it('downloads the sheet as CSV and XLSX through the export machinery', async () => {
    const csv = await sheet({ scope: { by: 'street', streets: [streets.anting] }, format: 'csv' });
    expect(csv.status).toBe(201);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain(`round-${world.roundId}-invitations.csv`);
    const text = csv.data as string;
    expect(text.split('\r\n')[0]).toContain('邀请码 Invitation code');
    expect(text).toContain(streets.anting);
    const xlsx = await call(`/rounds/${world.roundId}/enterprise-accounts/invitations`, { token: world.tokens.admin, json: { scope: { by: 'street', streets: [streets.anting] }, format: 'xlsx' } });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect((xlsx.data as string).slice(0, 2)).toBe('PK');
  });

  it('is 400 for a bad format, 401, 403 for non-admins and 404 for an unknown round', async () => {
    expect((await sheet({ scope: { by: 'round' }, format: 'pdf' })).status).toBe(400);
    expect((await sheet({ scope: { by: 'round' } }, '')).status).toBe(401);
    expect((await sheet({ scope: { by: 'round' } }, world.tokens.coordinator)).status).toBe(403);
    expect((await call('/rounds/999/enterprise-accounts/invitations', { token: world.tokens.admin, json: { scope: { by: 'round' } } })).status).toBe(404);
  });
});

describe('GET /users filtered by role', () => {
  it('lists those holding a role in a round, or in any round, and administrators', async () => {
    const logins = async (query: string) => (await call(`/users?limit=500&${query}`, { token: world.tokens.admin })).data.items.map((u: { login: string }) => u.login);
    expect(await logins('role=admin')).toEqual(['admin']);
    expect(await logins(`role=reviewer&roundId=${world.roundId}`)).toEqual(['reviewer']);
    const enterprise = await logins(`role=enterprise&roundId=${world.roundId}`);
    expect(enterprise).toEqual(expect.arrayContaining(['huaxin', 'jiaan', `ent-${creditCodes.lvyuan.toLowerCase()}`]));
    expect(enterprise).toHaveLength(3 + MORE);
    expect(await logins('role=coordinator&roundId=999')).toEqual([]);
    const listed = await call(`/users?role=expert`, { token: world.tokens.admin });
    expect(listed.data.items[0].memberships).toEqual([expect.objectContaining({ roundId: world.roundId, role: 'expert' })]);
    expect((await call('/users?role=owner', { token: world.tokens.admin })).status).toBe(400);
  });
});
