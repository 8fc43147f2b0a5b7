// Good-practice cases on the published example round: the coordinator makes one of lvyuan's accepted evidence,
// records the consent given offline and publishes it; huaxin's staff consent to theirs in the console and
// withdraw it again; the public pages show published, consented cases only (searched by dimension, indicator,
// industry, street and words) and nothing private: a distinctive unpublished title, the consent note, quotes.
import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiadingStreetNames } from '../../worker/seed/jiading-streets';
import { creditCodes } from '../support/test-world';
import { freshEvidence } from './access/targets';
import { indicatorIds, publishExample, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

const secret = { title: '秘而不宣的试点做法', note: '经理口头同意-内部备注', quote: '内部资料-不得公开的原话' };

let world: World;
/** Registry ids as a fresh database gets them: the seeded streets in official order. */
const jiading = { nanxiang: jiadingStreetNames.indexOf('南翔镇') + 1, anting: jiadingStreetNames.indexOf('安亭镇') + 1 };
let ids: Record<string, number>;
const evidence = {} as Record<'solar' | 'lvyuanQuote' | 'huaxin' | 'pending', number>;
let lvyuanCase: number;
let huaxinCase: number;
let secretCase: number;

const casesPath = () => `/rounds/${world.roundId}/cases`;
const create = (code: string, body: Record<string, unknown>, token = world.tokens.coordinator) =>
  call(casesPath(), { token, json: { enterpriseId: world.enterpriseId(code), title: { zh: '案例' }, summary: { zh: '做法' }, indicatorIds: [ids['ENV.1.1']], ...body } });
const publish = (id: number, published: boolean, version: number, token = world.tokens.coordinator) => call(`/cases/${id}/publication`, { token, json: { published, version } });
const audits = (action: string) => world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, action) });

async function page(path: string) {
  const res = await exports.default.fetch(new Request(`http://127.0.0.1/public${path}`));
  return { status: res.status, headers: res.headers, html: await res.text() };
}

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  evidence.solar = await freshEvidence(world, 'lvyuan', { status: 'accepted', text: '光伏屋顶项目报道', indicatorId: ids['ENV.1.1'] });
  evidence.lvyuanQuote = await freshEvidence(world, 'lvyuan', { status: 'accepted', text: secret.quote, indicatorId: ids['ENV.1.1'] });
  evidence.huaxin = await freshEvidence(world, 'huaxin', { status: 'accepted', text: '华鑫职工书屋', indicatorId: ids['STAFF.1.1'] });
  evidence.pending = await freshEvidence(world, 'lvyuan', { status: 'pending', text: '待审核的证据' });
  await publishExample(world, ids);
});

describe('POST /rounds/:roundId/cases', () => {
  it('makes a case of the enterprise’s accepted evidence and the indicators it illustrates, audited', async () => {
    const res = await create(creditCodes.lvyuan, {
      title: { zh: '绿源光伏屋顶', en: 'Solar roofs at Lvyuan' },
      summary: { zh: '在三处工地办公区建成光伏屋顶,年发电 20 万千瓦时。' },
      evidenceIds: [evidence.solar],
    });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({
      enterprise: { name: '上海绿源建设工程有限公司', street: '南翔镇', industry: 'construction' },
      title: { zh: '绿源光伏屋顶', en: 'Solar roofs at Lvyuan' },
      indicators: [{ code: 'ENV.1.1', dimensionCode: 'ENV' }],
      sources: [{ evidenceId: evidence.solar, title: '光伏屋顶项目报道', url: 'https://lvyuan.example.cn/csr' }],
      consent: null,
      publishedAt: null,
      createdBy: { displayName: '南翔协调员' },
    });
    lvyuanCase = res.data.id;
    huaxinCase = (await create(creditCodes.huaxin, { title: { zh: '华鑫职工书屋' }, indicatorIds: [ids['STAFF.1.1']], evidenceIds: [evidence.huaxin] }, world.tokens.admin)).data.id;
    secretCase = (await create(creditCodes.lvyuan, { title: { zh: secret.title }, evidenceIds: [evidence.lvyuanQuote] }, world.tokens.admin)).data.id;
    expect(await audits('case.create')).toHaveLength(3);
  });

  it('is 400 for evidence that is not accepted or not the enterprise’s and for unscored indicators, 401, 403, 404', async () => {
    expect((await create(creditCodes.lvyuan, { evidenceIds: [evidence.pending] })).status).toBe(400);
    expect((await create(creditCodes.lvyuan, { evidenceIds: [evidence.huaxin] })).status).toBe(400);
    expect((await create(creditCodes.lvyuan, { evidenceIds: [evidence.solar], indicatorIds: [ids.ENV] })).status).toBe(400);
    expect((await call(casesPath(), { json: {} })).status).toBe(400);
    expect((await call(casesPath(), { json: { enterpriseId: 1, title: { zh: 'x' }, summary: { zh: 'y' }, indicatorIds: [1], evidenceIds: [1] } })).status).toBe(401);
    expect((await create(creditCodes.lvyuan, { evidenceIds: [evidence.solar] }, world.tokens['coordinator-anting'])).status).toBe(403);
    expect((await create(creditCodes.lvyuan, { evidenceIds: [evidence.solar] }, world.tokens.expert)).status).toBe(403);
    expect((await create(creditCodes.huaxin, { evidenceIds: [evidence.huaxin] }, world.tokens.huaxin)).status).toBe(403);
    await setRoundStatus(world, 'reviewing');
    expect((await create(creditCodes.lvyuan, { evidenceIds: [evidence.solar] })).status).toBe(403);
    await setRoundStatus(world, 'published');
    expect((await call(casesPath(), { token: world.tokens.admin, json: { enterpriseId: 999, title: { zh: 'x' }, summary: { zh: 'y' }, indicatorIds: [1], evidenceIds: [1] } })).status).toBe(404);
  });
});

describe('POST /cases/:id/publication', () => {
  it('publishes only with the enterprise’s consent', async () => {
    const refused = await publish(lvyuanCase, true, 1);
    expect(refused.status).toBe(409);
    expect(refused.data.error.code).toBe('case_state');
  });
});

describe('POST /cases/:id/consent', () => {
  it('records a consent given offline with a note, by the coordinator, and the enterprise’s own in the console', async () => {
    const offline = await call(`/cases/${lvyuanCase}/consent`, { token: world.tokens.coordinator, json: { method: 'offline', note: secret.note } });
    expect(offline.status).toBe(200);
    expect(offline.data.consent).toMatchObject({ method: 'offline', by: { displayName: '南翔协调员' }, note: secret.note });
    const own = await call(`/cases/${huaxinCase}/consent`, { token: world.tokens.huaxin, json: { method: 'enterprise' } });
    expect(own.status).toBe(200);
    expect(own.data.consent).toMatchObject({ method: 'enterprise', by: { displayName: '华鑫联络员' }, note: null });
    expect(await audits('case.consent')).toHaveLength(2);
  });

  it('is 400 without a note for an offline consent, 401, 403 for the wrong person or method, 404', async () => {
    expect((await call(`/cases/${lvyuanCase}/consent`, { token: world.tokens.coordinator, json: { method: 'offline' } })).status).toBe(400);
    expect((await call(`/cases/${lvyuanCase}/consent`, { json: { method: 'enterprise' } })).status).toBe(401);
    expect((await call(`/cases/${lvyuanCase}/consent`, { token: world.tokens.coordinator, json: { method: 'enterprise' } })).status).toBe(403);
    expect((await call(`/cases/${huaxinCase}/consent`, { token: world.tokens.jiaan, json: { method: 'enterprise' } })).status).toBe(403);
    expect((await call(`/cases/${huaxinCase}/consent`, { token: world.tokens.huaxin, json: { method: 'offline', note: '自己记录' } })).status).toBe(403);
    expect((await call('/cases/999/consent', { token: world.tokens.admin, json: { method: 'offline', note: 'x' } })).status).toBe(404);
  });
});

describe('POST /cases/:id/publication (with consent)', () => {
  it('publishes and unpublishes against the version seen, audited', async () => {
    const done = await publish(lvyuanCase, true, 2);
    expect(done.status).toBe(200);
    expect(done.data.publishedAt).toBeTruthy();
    expect((await publish(lvyuanCase, false, 2)).status).toBe(409);
    expect((await publish(huaxinCase, true, 2, world.tokens.admin)).status).toBe(200);
    expect(await audits('case.publish')).toHaveLength(2);
  });

  it('is 400, 401, 403 for enterprises and other streets, 404', async () => {
    expect((await call(`/cases/${lvyuanCase}/publication`, { token: world.tokens.coordinator, json: { published: 'yes' } })).status).toBe(400);
    expect((await call(`/cases/${lvyuanCase}/publication`, { json: { published: true, version: 3 } })).status).toBe(401);
    expect((await publish(huaxinCase, false, 3, world.tokens.huaxin)).status).toBe(403);
    expect((await publish(lvyuanCase, false, 3, world.tokens['coordinator-anting'])).status).toBe(403);
    expect((await publish(999, false, 1, world.tokens.admin)).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/cases', () => {
  const titles = async (token: string) => (await call(casesPath(), { token })).data.items.map((c: { title: { zh: string } }) => c.title.zh).sort();

  it('lists the admin’s every case, a coordinator’s street, an enterprise’s own', async () => {
    expect(await titles(world.tokens.admin)).toEqual([secret.title, '华鑫职工书屋', '绿源光伏屋顶'].sort());
    expect(await titles(world.tokens.coordinator)).toEqual([secret.title, '华鑫职工书屋', '绿源光伏屋顶'].sort());
    expect(await titles(world.tokens['coordinator-anting'])).toEqual([]);
    expect(await titles(world.tokens.huaxin)).toEqual(['华鑫职工书屋']);
  });

  it('is 401, 403 for experts and reviewers, 404', async () => {
    expect((await call(casesPath())).status).toBe(401);
    expect((await call(casesPath(), { token: world.tokens.expert })).status).toBe(403);
    expect((await call('/rounds/999/cases', { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('GET /public/cases', () => {
  it('lists published, consented cases with a search form, cacheable, without script or anything private', async () => {
    const res = await page('/cases');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.html).toContain('<form class="search" method="get" action="/public/cases" role="search">');
    expect(res.html).toContain(`<a href="/public/cases/${lvyuanCase}">绿源光伏屋顶</a><span lang="en">Solar roofs at Lvyuan</span>`);
    expect(res.html).toContain('华鑫职工书屋');
    for (const text of [secret.title, secret.note, secret.quote, '南翔协调员', '管理员', '<script']) expect(res.html).not.toContain(text);
  });

  it.each([
    ['dimension=ENV', ['绿源光伏屋顶']],
    ['dimension=STAFF', ['华鑫职工书屋']],
    ['indicator=STAFF.1.1', ['华鑫职工书屋']],
    ['industry=construction', ['绿源光伏屋顶']],
    [`street=${jiading.nanxiang}`, ['华鑫职工书屋', '绿源光伏屋顶']],
    [`street=${jiading.anting}`, []],
    [`q=${encodeURIComponent('光伏')}`, ['绿源光伏屋顶']],
    [`q=${encodeURIComponent('不宣')}`, []],
  ])('searches by %s', async (query, expected) => {
    const html = (await page(`/cases?${query}`)).html;
    const found = [...html.matchAll(/<a href="\/public\/cases\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]).sort();
    expect(found).toEqual(expected);
  });

  it('offers only what published cases have in its search form', async () => {
    const html = (await page('/cases')).html;
    expect(html).toContain('<option value="ENV">');
    expect(html).toContain('<option value="construction">');
    expect(html).not.toContain('<option value="logistics">');
  });
});

describe('GET /public/cases/:id', () => {
  it('shows the case with the published grade, its indicators and source links, nothing private', async () => {
    const res = await page(`/cases/${lvyuanCase}`);
    expect(res.status).toBe(200);
    expect(res.html).toContain('<dd class="grade">A</dd>');
    expect(res.html).toContain('<a href="https://lvyuan.example.cn/csr" rel="nofollow noopener noreferrer">光伏屋顶项目报道</a>');
    for (const text of [secret.note, secret.quote, '南翔协调员', '<script']) expect(res.html).not.toContain(text);
  });

  it('is 404 for an unpublished case and one whose consent was withdrawn', async () => {
    expect((await page(`/cases/${secretCase}`)).status).toBe(404);
    expect((await page(`/cases/${huaxinCase}`)).status).toBe(200);
    const withdrawn = await call(`/cases/${huaxinCase}/consent`, { method: 'DELETE', token: world.tokens.huaxin });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.data).toMatchObject({ consent: null, publishedAt: null });
    expect((await page(`/cases/${huaxinCase}`)).status).toBe(404);
    expect((await page('/cases')).html).not.toContain('华鑫职工书屋');
    expect((await page('/cases/abc')).status).toBe(404);
  });
});

describe('DELETE /cases/:id/consent', () => {
  it('is 409 without consent, 401, 403 for another enterprise, 404', async () => {
    expect((await call(`/cases/${huaxinCase}/consent`, { method: 'DELETE', token: world.tokens.huaxin })).status).toBe(409);
    expect((await call(`/cases/${lvyuanCase}/consent`, { method: 'DELETE' })).status).toBe(401);
    expect((await call(`/cases/${lvyuanCase}/consent`, { method: 'DELETE', token: world.tokens.jiaan })).status).toBe(403);
    expect((await call('/cases/999/consent', { method: 'DELETE', token: world.tokens.admin })).status).toBe(404);
    expect(await audits('case.withdrawConsent')).toHaveLength(1);
  });
});

describe('DELETE /cases/:id', () => {
  it('deletes an unpublished case only, audited', async () => {
    expect((await call(`/cases/${lvyuanCase}`, { method: 'DELETE', token: world.tokens.coordinator })).status).toBe(409);
    expect((await call(`/cases/${secretCase}`, { method: 'DELETE' })).status).toBe(401);
    expect((await call(`/cases/${secretCase}`, { method: 'DELETE', token: world.tokens.huaxin })).status).toBe(403);
    expect((await call(`/cases/${secretCase}`, { method: 'DELETE', token: world.tokens.coordinator })).status).toBe(204);
    expect((await call(`/cases/${secretCase}`, { method: 'DELETE', token: world.tokens.coordinator })).status).toBe(404);
    expect(await audits('case.delete')).toHaveLength(1);
  });
});
