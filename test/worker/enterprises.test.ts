import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../shared/domain/credit-code';
import { creditCodes, streets } from '../support/test-world';
import { derivedState } from './support/derived';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const newEnterprise = (overrides: Record<string, unknown> = {}) => ({
  creditCode: registered,
  name: '上海新登记科技有限公司',
  industry: 'information_technology',
  street: '马陆镇',
  size: 'small',
  partyOrgType: 'joint',
  domains: ['https://www.xindengji.cn/about'],
  contactEmail: 'csr@xindengji.cn',
  ...overrides,
});
/** A valid credit code from its first 17 characters. */
const validCode = (body: string) => body + creditCodeCheckChar(body);
const registered = validCode('91310114MA1H0AAA0');
/** The text as a Chinese input method in full-width mode types it. */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

describe('GET /rounds/:roundId/enterprises', () => {
  const path = (query: string) => `/rounds/${world.roundId}/enterprises?${query}`;

  it('detects an enterprise by a page host and finds one by name or credit code', async () => {
    const byHost = await call(path('host=www.csr.jiaan-logistics.cn'), { token: world.tokens.expert });
    expect(byHost.data.items.map((e: { name: string }) => e.name)).toEqual(['上海嘉安物流有限公司']);
    const byCode = await call(path('q=91310114MA1GU'), { token: world.tokens.expert });
    expect(byCode.data.items[0]).toMatchObject({ creditCode: creditCodes.lvyuan, status: 'enrolled', signedOffAt: null });
  });

  it('pages through the enrolled enterprises with a cursor and filters by street and status', async () => {
    const first = await call(path('limit=2'), { token: world.tokens.admin });
    expect(first.data.items).toHaveLength(2);
    const second = await call(path(`limit=2&cursor=${encodeURIComponent(first.data.nextCursor)}`), { token: world.tokens.admin });
    expect(second.data.items).toHaveLength(1);
    expect(second.data.nextCursor).toBeNull();
    const names = [...first.data.items, ...second.data.items].map((e: { name: string }) => e.name);
    expect(new Set(names).size).toBe(3);
    const street = await call(path(`streetId=${world.streetId(streets.anting)}`), { token: world.tokens.admin });
    expect(street.data.items.map((e: { creditCode: string }) => e.creditCode)).toEqual([creditCodes.jiaan]);
    expect((await call(path('status=signed_off'), { token: world.tokens.admin })).data.items).toEqual([]);
  });

  it('shows coordinators their street and enterprises themselves only', async () => {
    const coordinator = await call(path(''), { token: world.tokens.coordinator });
    expect(coordinator.data.items.every((e: { street: string }) => e.street === streets.nanxiang)).toBe(true);
    const own = await call(path(''), { token: world.tokens.huaxin });
    expect(own.data.items.map((e: { creditCode: string }) => e.creditCode)).toEqual([creditCodes.huaxin]);
  });

  it('is 400 for a forged cursor, 403 outside the round and 404 for an unknown round', async () => {
    expect((await call(path('cursor=bm9wZQ'), { token: world.tokens.admin })).status).toBe(400);
    expect((await call(path(''), { token: world.tokens.outsider })).status).toBe(403);
    expect((await call('/rounds/999/enterprises', { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('GET /enterprises', () => {
  it('lists the registry, searches, sorts and pages', async () => {
    const all = await call('/enterprises?sort=creditCode&order=desc', { token: world.tokens.admin });
    expect(all.status).toBe(200);
    const codes = all.data.items.map((e: { creditCode: string }) => e.creditCode);
    expect(codes).toEqual([...codes].sort().reverse());
    expect(all.data.items[0].domains).toBeInstanceOf(Array);
    const page1 = await call('/enterprises?limit=1&sort=name', { token: world.tokens.admin });
    const page2 = await call(`/enterprises?limit=1&sort=name&cursor=${encodeURIComponent(page1.data.nextCursor)}`, { token: world.tokens.admin });
    expect(page2.data.items[0].name > page1.data.items[0].name).toBe(true);
    const search = await call(`/enterprises?q=${encodeURIComponent('绿源')}`, { token: world.tokens.admin });
    expect(search.data.items.map((e: { creditCode: string }) => e.creditCode)).toEqual([creditCodes.lvyuan]);
    const industry = await call('/enterprises?industry=logistics', { token: world.tokens.admin });
    expect(industry.data.items).toHaveLength(1);
  });

  it('is 400 for a bad sort, 403 for non-admins and 401 without a session', async () => {
    expect((await call('/enterprises?sort=secret', { token: world.tokens.admin })).status).toBe(400);
    expect((await call('/enterprises', { token: world.tokens.coordinator })).status).toBe(403);
    expect((await call('/enterprises')).status).toBe(401);
  });
});

describe('POST /enterprises', () => {
  it('registers an enterprise with normalised domains, audited', async () => {
    const res = await call('/enterprises', { token: world.tokens.admin, json: newEnterprise() });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ creditCode: registered, domains: ['xindengji.cn'], version: 1, nameEn: null });
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { eq }) => eq(a.action, 'enterprise.create') });
    expect(audit).toMatchObject({ resourceId: String(res.data.id), role: 'admin' });
  });

  it('is 400 for a credit code with a wrong check character, naming the field', async () => {
    const res = await call('/enterprises', { token: world.tokens.admin, json: newEnterprise({ creditCode: '91310114MA1GT35K7X' }) });
    expect(res.status).toBe(400);
    expect(res.data.error.details.fields).toContainEqual(expect.objectContaining({ path: 'creditCode', message: expect.stringContaining('check character') }));
  });

  it('is 409 for a registered credit code or a domain another enterprise holds', async () => {
    const taken = await call('/enterprises', { token: world.tokens.admin, json: newEnterprise({ creditCode: creditCodes.huaxin, domains: [] }) });
    expect(taken.data.error.code).toBe('credit_code_taken');
    const domain = await call('/enterprises', { token: world.tokens.admin, json: newEnterprise({ creditCode: validCode('91310114MA1H0BBB0'), domains: ['huaxin-auto.cn'] }) });
    expect(domain.status).toBe(409);
    expect(domain.data.error).toMatchObject({ code: 'domain_taken', details: { domain: 'huaxin-auto.cn', owner: creditCodes.huaxin } });
  });

  it('is 403 for non-admins', async () => expect((await call('/enterprises', { token: world.tokens.reviewer, json: newEnterprise() })).status).toBe(403));

  it('files an alias under its street, so the street’s coordinator sees the enterprise', async () => {
    const code = validCode('91310114MA1H0CCC0');
    const res = await call('/enterprises', { token: world.tokens.admin, json: newEnterprise({ creditCode: code, street: '安亭', domains: [] }) });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ street: streets.anting, streetId: world.streetId(streets.anting) });
    await call(`/rounds/${world.roundId}/enrolments`, { token: world.tokens.admin, json: { by: 'list', enterpriseIds: [res.data.id] } });
    const seen = await call(`/rounds/${world.roundId}/enterprises?q=${code}`, { token: world.tokens['coordinator-anting'] });
    expect(seen.data.items.map((e: { id: number }) => e.id)).toEqual([res.data.id]);
  });

  it('refuses a street the registry lacks with its nearest official names, and creates no street', async () => {
    const typo = await call('/enterprises', { token: world.tokens.admin, json: newEnterprise({ creditCode: validCode('91310114MA1H0DDD0'), street: '安停镇', domains: [] }) });
    expect(typo.status).toBe(400);
    expect(typo.data.error).toMatchObject({ code: 'validation_failed', details: { fields: [{ path: 'street', code: 'custom', reason: 'street_unknown', params: { value: '安停镇', suggestions: [streets.anting] } }] } });
    const nowhere = await call('/enterprises', { token: world.tokens.admin, json: newEnterprise({ creditCode: validCode('91310114MA1H0DDD0'), street: '不存在镇', domains: [] }) });
    expect(nowhere.data.error.details.fields[0]).toMatchObject({ reason: 'street_unknown', params: { suggestions: [] } });
    const registry = await call('/streets', { token: world.tokens.admin });
    expect(registry.data.items.map((s: { name: string }) => s.name)).not.toContain('不存在镇');
  });

  it('reads full-width credit codes, phones and names as their half-width forms, and blank size and party organisation as unknown', async () => {
    const res = await call('/enterprises', {
      token: world.tokens.admin,
      json: { creditCode: fullWidth(validCode('91310114MA1H0EEE0')), name: '上海全角　科技有限公司', industry: 'finance', street: '南翔镇', contactPhone: '０２１－５９５７ １２３４' },
    });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    expect(res.data).toMatchObject({ name: '上海全角 科技有限公司', contactPhone: '021-59571234', size: 'unknown', partyOrgType: 'unknown' });
    expect(res.data.creditCode).toBe(validCode('91310114MA1H0EEE0'));
  });
});

describe('GET /enterprises/:id', () => {
  it('reads one record, 404 for an unknown id and 400 for a bad one', async () => {
    const res = await call(`/enterprises/${world.enterpriseId(creditCodes.jiaan)}`, { token: world.tokens.admin });
    expect(res.data).toMatchObject({ name: '上海嘉安物流有限公司', domains: ['csr.jiaan-logistics.cn', 'jiaan-logistics.cn'] });
    expect((await call('/enterprises/9999', { token: world.tokens.admin })).status).toBe(404);
    expect((await call('/enterprises/abc', { token: world.tokens.admin })).status).toBe(400);
    expect((await call(`/enterprises/${world.enterpriseId(creditCodes.jiaan)}`, { token: world.tokens.expert })).status).toBe(403);
  });
});

describe('PATCH /enterprises/:id', () => {
  it('changes fields and domains at the current version and brings the rounds it is enrolled in up to date', async () => {
    const id = world.enterpriseId(creditCodes.jiaan);
    const before = (await derivedState(world.db, world.roundId))!;
    const res = await call(`/enterprises/${id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: 1, size: 'medium', domains: ['jiaan56.com'] } });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ size: 'medium', domains: ['jiaan56.com'], version: 2 });
    expect(res.data.updatedAt).toBeTruthy();
    expect((await derivedState(world.db, world.roundId))!.changeSeq).toBe(before.changeSeq + 1);
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { eq }) => eq(a.action, 'enterprise.update') });
    expect(audit?.before).toMatchObject({ size: 'small', version: 1 });
  });

  it('is 409 with the current record for a stale version', async () => {
    const id = world.enterpriseId(creditCodes.lvyuan);
    expect((await call(`/enterprises/${id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: 1, contactName: '周经理' } })).status).toBe(200);
    const stale = await call(`/enterprises/${id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: 1, contactName: '别人' } });
    expect(stale.status).toBe(409);
    expect(stale.data.error).toMatchObject({ code: 'conflict', details: { current: { contactName: '周经理', version: 2 } } });
  });

  it('is 409 for a credit code or domain of another enterprise, 400 for bad fields, 404 and 403', async () => {
    const id = world.enterpriseId(creditCodes.lvyuan);
    const current = (await call(`/enterprises/${id}`, { token: world.tokens.admin })).data;
    expect((await call(`/enterprises/${id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: current.version, creditCode: creditCodes.huaxin } })).data.error.code).toBe('credit_code_taken');
    expect((await call(`/enterprises/${id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: current.version, domains: ['huaxin-auto.cn'] } })).data.error.code).toBe('domain_taken');
    expect((await call(`/enterprises/${id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: current.version, size: 'huge' } })).status).toBe(400);
    expect((await call('/enterprises/9999', { method: 'PATCH', token: world.tokens.admin, json: { version: 1 } })).status).toBe(404);
    expect((await call(`/enterprises/${id}`, { method: 'PATCH', token: world.tokens.huaxin, json: { version: 1 } })).status).toBe(403);
  });
});

describe('DELETE /enterprises/:id', () => {
  it('removes an enterprise no round enrols, with its domains, and keeps enrolled ones', async () => {
    const created = await call('/enterprises', { token: world.tokens.admin, json: newEnterprise({ creditCode: validCode('91310114MA1H0DEL0'), domains: ['to-delete.cn'] }) });
    expect((await call(`/enterprises/${created.data.id}`, { method: 'DELETE', token: world.tokens.admin })).status).toBe(204);
    expect((await call(`/enterprises/${created.data.id}`, { token: world.tokens.admin })).status).toBe(404);
    const enrolled = await call(`/enterprises/${world.enterpriseId(creditCodes.huaxin)}`, { method: 'DELETE', token: world.tokens.admin });
    expect(enrolled.status).toBe(409);
    expect((await call(`/enterprises/${world.enterpriseId(creditCodes.huaxin)}`, { method: 'DELETE', token: world.tokens.expert })).status).toBe(403);
  });
});

describe('POST /rounds/:roundId/enterprises/detect', () => {
  const detect = (json: unknown, token = world.tokens.expert) => call(`/rounds/${world.roundId}/enterprises/detect`, { token, json });
  const found = (res: { data: { items: { creditCode: string; basis: string; foundIn: string }[] } }) =>
    res.data.items.map((e) => `${e.creditCode} ${e.basis} ${e.foundIn}`);

  it('finds an enterprise by a credit code or its registered name, exactly, and says why', async () => {
    expect(found(await detect({ quote: { creditCodes: [creditCodes.jiaan] } }))).toEqual([`${creditCodes.jiaan} creditCode quote`]);
    expect(found(await detect({ page: { names: ['海华鑫汽车零部件有限公司', '上海华鑫汽车零部件有限公司'] } }))).toEqual([`${creditCodes.huaxin} name page`]);
    // Exact only: a fragment of a name is not the name.
    expect(found(await detect({ page: { names: ['华鑫汽车'] } }))).toEqual([]);
  });

  it('ranks what the quote says before the site, and the site before the rest of the page', async () => {
    const both = await detect({ host: 'www.huaxin-auto.cn', quote: { names: ['上海嘉安物流有限公司'] }, page: { creditCodes: [creditCodes.lvyuan] } });
    expect(found(both)).toEqual([`${creditCodes.jiaan} name quote`, `${creditCodes.huaxin} domain site`, `${creditCodes.lvyuan} creditCode page`]);
  });

  // Last in the file: it renames an enterprise (and moves its version on).
  it('matches a registered name longer than the 50 bytes D1 allows a LIKE pattern', async () => {
    const name = '上海华鑫汽车零部件有限公司嘉定新能源汽车配套分公司';
    expect(new TextEncoder().encode(name).length).toBeGreaterThan(50);
    const id = world.enterpriseId(creditCodes.lvyuan);
    const current = await call(`/enterprises/${id}`, { token: world.tokens.admin });
    const patch = await call(`/enterprises/${id}`, { method: 'PATCH', token: world.tokens.admin, json: { name, version: current.data.version } });
    expect(patch.status).toBe(200);
    try {
      expect(found(await detect({ quote: { names: [name] } }))).toEqual([`${creditCodes.lvyuan} name quote`]);
    } finally {
      await call(`/enterprises/${patch.data.id}`, { method: 'PATCH', token: world.tokens.admin, json: { name: '上海绿源建设工程有限公司', version: patch.data.version } });
    }
  });

  it('finds only what the reader may see: an enterprise its own, a coordinator its street', async () => {
    const all = { page: { creditCodes: [creditCodes.huaxin, creditCodes.jiaan, creditCodes.lvyuan] } };
    expect(found(await detect(all, world.tokens.huaxin))).toEqual([`${creditCodes.huaxin} creditCode page`]);
    expect((await detect(all, world.tokens.coordinator)).data.items.every((e: { street: string }) => e.street === streets.nanxiang)).toBe(true);
  });

  it('answers nothing for nothing, 400 for too many names, 403 outside the round', async () => {
    expect((await detect({})).data.items).toEqual([]);
    expect((await detect({ page: { names: Array.from({ length: 301 }, (_, i) => `名称${i}有限公司`) } })).status).toBe(400);
    expect((await detect({ host: 'huaxin-auto.cn' }, world.tokens.outsider)).status).toBe(403);
  });
});

describe('GET /rounds/:roundId/enterprises/domains', () => {
  const directory = (token: string) => call(`/rounds/${world.roundId}/enterprises/domains`, { token });
  const named = (res: { data: { items: { id: number; name: string; domains: string[] }[] } }) => res.data.items.map((e) => `${e.name} ${e.domains.join(',')}`);

  it("lists the round's enrolled enterprises with their registered domains, as detection by domain finds them", async () => {
    const all = await directory(world.tokens.expert);
    expect(all.status).toBe(200);
    expect(named(all)).toEqual(expect.arrayContaining(['上海绿源建设工程有限公司 lvyuan-build.cn', '上海华鑫汽车零部件有限公司 huaxin-auto.cn,huaxin-parts.com']));
    const huaxin = all.data.items.find((e: { id: number }) => e.id === world.enterpriseId(creditCodes.huaxin));
    const detected = await call(`/rounds/${world.roundId}/enterprises/detect`, { token: world.tokens.expert, json: { host: `shop.${huaxin.domains[0]}` } });
    expect(detected.data.items[0]).toMatchObject({ id: huaxin.id, name: huaxin.name, basis: 'domain' });
    // Only what the extension needs: ~40 bytes an enterprise.
    expect(Object.keys(all.data.items[0]).sort()).toEqual(['domains', 'id', 'name']);
  });

  it('lists only what the reader may see: an enterprise its own, a coordinator its street; 403 outside the round', async () => {
    expect(named(await directory(world.tokens.huaxin))).toEqual([expect.stringMatching(/^上海华鑫汽车零部件有限公司 /)]);
    const street = await directory(world.tokens.coordinator);
    expect(street.data.items.length).toBeGreaterThan(0);
    expect(named(street).some((line: string) => line.startsWith('上海嘉安物流有限公司'))).toBe(false);
    expect((await directory(world.tokens.outsider)).status).toBe(403);
    expect((await call(`/rounds/${world.roundId}/enterprises/domains`, {})).status).toBe(401);
  });
});
