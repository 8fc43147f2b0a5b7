// The registry of streets and towns: read by everyone in official order (counts for administrators only),
// changed by administrators only, each change audited; a rename reaches the enterprises and coordinators that
// copy the name, a retirement is refused while anything uses the street.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiadingStreetNames } from '../../worker/seed/jiading-streets';
import { creditCodes, streets } from '../support/test-world';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

type StreetBody = { id: number; name: string; code: string | null; aliases: string[]; position: number; retiredAt: string | null; enterprises: number; coordinators: number; version: number };
const list = async (token = world.tokens.admin) => (await call('/streets', { token })).data.items as StreetBody[];
const find = async (name: string) => (await list()).find((s) => s.name === name)!;
const audits = async (action: string) => (await world.db.all<{ n: number }>(sql`SELECT COUNT(*) AS n FROM audit_log WHERE action = ${action}`))[0]!.n;

describe('GET /streets', () => {
  it('lists the district’s streets and towns once each, in official order, with codes, aliases and counts', async () => {
    const items = await list();
    expect(items.map((s) => s.name)).toEqual(jiadingStreetNames);
    expect(items.map((s) => s.position)).toEqual(jiadingStreetNames.map((_, i) => i + 1));
    expect(items.find((s) => s.name === '马陆镇')).toMatchObject({ code: '310114106', aliases: expect.arrayContaining(['嘉定新城', '嘉定新城(马陆镇)']) });
    expect(items.find((s) => s.name === streets.nanxiang)).toMatchObject({ enterprises: 2, coordinators: 1 });
    expect(items.find((s) => s.name === streets.anting)).toMatchObject({ enterprises: 1, coordinators: 1 });
  });

  it('gives everyone signed in the list without the registry’s counts, and is 401 anonymous', async () => {
    const seen = await list(world.tokens.coordinator);
    expect(seen.map((s) => s.name)).toEqual(jiadingStreetNames);
    expect(seen.every((s) => s.enterprises === 0 && s.coordinators === 0)).toBe(true);
    expect((await call('/streets')).status).toBe(401);
  });
});

describe('POST /streets', () => {
  it('adds a street at the end of the order with its aliases, audited', async () => {
    const res = await call('/streets', { token: world.tokens.admin, json: { name: '测试新镇', code: '３１０１１４９９９', aliases: ['测试新区 '] } });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    expect(res.data).toMatchObject({ name: '测试新镇', code: '310114999', aliases: ['测试新区'], position: jiadingStreetNames.length + 1, version: 1 });
    expect(await audits('street.create')).toBe(1);
  });

  it('refuses a name or alias another street goes by, naming the field and the street', async () => {
    const res = await call('/streets', { token: world.tokens.admin, json: { name: '安亭', aliases: ['南翔镇'] } });
    expect(res.status).toBe(400);
    expect(res.data.error.details.fields).toEqual([
      expect.objectContaining({ path: 'name', reason: 'street_name_taken', params: { value: '安亭', street: streets.anting } }),
      expect.objectContaining({ path: 'aliases.0', reason: 'street_name_taken', params: { value: '南翔镇', street: streets.nanxiang } }),
    ]);
  });

  it('is 400 for a bad code or one another street has, 403 for everyone but administrators', async () => {
    expect((await call('/streets', { token: world.tokens.admin, json: { name: '某某镇', code: '3101' } })).status).toBe(400);
    const taken = await call('/streets', { token: world.tokens.admin, json: { name: '某某镇', code: '310114103' } });
    expect(taken.data.error.details.fields).toEqual([expect.objectContaining({ path: 'code', reason: 'street_code_taken', params: { value: '310114103', street: streets.anting } })]);
    expect((await call('/streets', { token: world.tokens.coordinator, json: { name: '某某镇' } })).status).toBe(403);
  });
});

describe('PATCH /streets/:id', () => {
  it('renames a street and every enterprise and coordinator binding that carries its name, keeping the old name as an alias', async () => {
    const anting = await find(streets.anting);
    const res = await call(`/streets/${anting.id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: anting.version, name: '安亭新镇', aliases: [...anting.aliases, streets.anting] } });
    expect(res.status, JSON.stringify(res.data)).toBe(200);
    expect(res.data).toMatchObject({ name: '安亭新镇', aliases: expect.arrayContaining(['安亭', streets.anting]), version: anting.version + 1 });
    const jiaan = await call(`/enterprises/${world.enterpriseId(creditCodes.jiaan)}`, { token: world.tokens.admin });
    expect(jiaan.data).toMatchObject({ street: '安亭新镇', streetId: anting.id });
    const members = await call(`/rounds/${world.roundId}/members?limit=100`, { token: world.tokens.admin });
    expect(members.data.items.find((m: { user: { login: string } }) => m.user.login === 'coordinator-anting')).toMatchObject({ street: '安亭新镇', streetId: anting.id });
    // The coordinator still sees the enterprise: scope is by id, not by the name.
    const seen = await call(`/rounds/${world.roundId}/enterprises`, { token: world.tokens['coordinator-anting'] });
    expect(seen.data.items.map((e: { creditCode: string }) => e.creditCode)).toEqual([creditCodes.jiaan]);
    expect(await audits('street.update')).toBe(1);
    // Back again, so the other tests meet the seeded name.
    const back = await call(`/streets/${anting.id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: res.data.version, name: streets.anting, aliases: anting.aliases } });
    expect(back.status).toBe(200);
  });

  it('is 409 with the current street for a stale version, 404 for an unknown one', async () => {
    const nanxiang = await find(streets.nanxiang);
    const stale = await call(`/streets/${nanxiang.id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: nanxiang.version + 5, nameEn: 'Nanxiang' } });
    expect(stale.status).toBe(409);
    expect(stale.data.error.details.current).toMatchObject({ name: streets.nanxiang });
    expect((await call('/streets/9999', { method: 'PATCH', token: world.tokens.admin, json: { version: 1 } })).status).toBe(404);
  });
});

describe('PUT /streets/order', () => {
  it('sets the official order every list follows, and refuses an order that leaves a street out', async () => {
    const active = (await list()).filter((s) => s.retiredAt === null);
    const reversed = [...active].reverse().map((s) => s.id);
    const res = await call('/streets/order', { method: 'PUT', token: world.tokens.admin, json: { ids: reversed } });
    expect(res.status).toBe(200);
    expect(res.data.items.filter((s: StreetBody) => s.retiredAt === null).map((s: StreetBody) => s.id)).toEqual(reversed);
    const partial = await call('/streets/order', { method: 'PUT', token: world.tokens.admin, json: { ids: reversed.slice(1) } });
    expect(partial.data.error.details.fields[0]).toMatchObject({ path: 'ids', reason: 'street_order_incomplete' });
    await call('/streets/order', { method: 'PUT', token: world.tokens.admin, json: { ids: active.map((s) => s.id) } });
  });
});

describe('POST /streets/:id/retire and /restore', () => {
  it('refuses to retire a street that enterprises or coordinators still use', async () => {
    const nanxiang = await find(streets.nanxiang);
    const res = await call(`/streets/${nanxiang.id}/retire`, { token: world.tokens.admin, json: { version: nanxiang.version } });
    expect(res.status).toBe(409);
    expect(res.data.error).toMatchObject({ code: 'street_in_use', details: { enterprises: 2, coordinators: 1 } });
  });

  it('retires an unused street, which then takes no enterprise, and restores it at the end of the order', async () => {
    const unused = await find('测试新镇');
    const retired = await call(`/streets/${unused.id}/retire`, { token: world.tokens.admin, json: { version: unused.version } });
    expect(retired.status).toBe(200);
    expect(retired.data.retiredAt).toBeTruthy();
    const refused = await call('/enterprises', {
      token: world.tokens.admin,
      json: { creditCode: '91310114MA1GT35K7H', name: '上海退役街镇有限公司', industry: 'finance', street: '测试新区' },
    });
    expect(refused.data.error.details.fields[0]).toMatchObject({ path: 'street', reason: 'street_unknown' });
    const restored = await call(`/streets/${unused.id}/restore`, { token: world.tokens.admin, json: { version: retired.data.version } });
    expect(restored.data).toMatchObject({ retiredAt: null });
    expect(await audits('street.retire')).toBe(1);
    expect(await audits('street.restore')).toBe(1);
  });
});
