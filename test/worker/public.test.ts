// The public pages: the example round published (with a commendation) beside a second round still being
// prepared, whose distinctive round and enterprise names must never appear; nothing private either
// (evidence, rationales, experts, contacts); cacheable with an ETag; plain HTML without script.
import { exports } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageLink } from '../../worker/public/search-form';
import { creditCodes } from '../support/test-world';
import { saveClip } from './saved-clip';
import { derivedIdle } from './support/derived';
import { indicatorIds, publishExample } from './support/scenario';
import { call, createWorld, type World } from './world';

const secret = { round: '秘密筹备轮次', enterprise: '保密试点科技有限公司', contact: '张保密' };
const privateTexts = ['依据报告第3页', '李专家', '公司劳动合同签订率达到100%', 'huaxin-auto.cn/csr', secret.contact];

let world: World;
let hiddenRoundId: number;
let hiddenEnterpriseId: number;
beforeAll(async () => {
  world = await createWorld();
  await saveClip(world);
  await publishExample(world, await indicatorIds(world));
  await call(`/rounds/${world.roundId}/commendations`, { token: world.tokens.admin, json: { enterpriseId: world.enterpriseId(creditCodes.lvyuan), title: { zh: '示范点位', en: 'Pilot site' } } });
  const registered = await call('/enterprises', {
    token: world.tokens.admin,
    json: { creditCode: '91310114MA1GY00005', name: secret.enterprise, industry: 'finance', street: '南翔镇', size: 'small', partyOrgType: 'none', contactName: secret.contact },
  });
  expect(registered.status).toBe(201);
  hiddenEnterpriseId = registered.data.id;
  const hidden = await call('/rounds', { token: world.tokens.admin, json: { name: { zh: secret.round, en: 'Secret round' }, year: 2027, frameworkId: world.frameworkId } });
  hiddenRoundId = hidden.data.id;
  const enrolled = await call(`/rounds/${hiddenRoundId}/enrolments`, { token: world.tokens.admin, json: { by: 'list', enterpriseIds: [hiddenEnterpriseId, world.enterpriseId(creditCodes.huaxin)] } });
  expect(enrolled.data).toEqual({ added: 2, enrolled: 2 });
  // Its results exist in D1 (rebuilt after the enrolment), yet the round is not published.
  await derivedIdle(world.db);
  expect(await world.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM result_enterprise WHERE round_id = ${hiddenRoundId}`)).toEqual({ n: 2 });
});

async function page(path: string, headers: Record<string, string> = {}) {
  const res = await exports.default.fetch(new Request(`http://127.0.0.1/public${path}`, { headers }));
  return { status: res.status, headers: res.headers, html: await res.text() };
}

/** Rank, name, grade and total of each row of a ranking page. */
const rankingRows = (html: string) =>
  [...html.matchAll(/<tr><td class="num rank">([^<]+)<\/td><th scope="row" class="name"><a [^>]+>([^<]+)<\/a><\/th>.*?<td class="grade">(\w+)<\/td><td class="num">([\d.]+)<\/td>/g)].map((m) => m.slice(1));

function expectNothingPrivate(html: string) {
  for (const text of [secret.round, secret.enterprise, ...privateTexts]) expect(html).not.toContain(text);
  expect(html).not.toMatch(/<script/i);
}

describe('GET /public', () => {
  it('lists published rounds only, in Chinese with English, cacheable', async () => {
    const res = await page('');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/i);
    expect(res.html).toContain('2026年度测评');
    expect(res.html).toContain('<span lang="en">2026 evaluation</span>');
    expect(res.html).toContain(`href="/public/rounds/${world.roundId}"`);
    expectNothingPrivate(res.html);
  });

  it('answers 304 to a request carrying the ETag it handed out', async () => {
    const first = await page('');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    expect((await page('', { 'if-none-match': tag! })).status).toBe(304);
  });
});

describe('GET /public/rounds/:roundId', () => {
  it('ranks the enterprises with grades, totals, dimension scores and commendations, and nothing private', async () => {
    const res = await page(`/rounds/${world.roundId}`);
    expect(res.status).toBe(200);
    expect(rankingRows(res.html)).toEqual([
      ['1 / 3', '上海绿源建设工程有限公司', 'A', '80.00'],
      ['2 / 3', '上海嘉安物流有限公司', 'B', '68.00'],
      ['3 / 3', '上海华鑫汽车零部件有限公司', 'C', '62.00'],
    ]);
    expect(res.html).toContain('<li class="commendation">示范点位 <span lang="en">Pilot site</span></li>');
    expect(res.html).not.toContain('STAFF.1.1');
    expectNothingPrivate(res.html);
  });

  it('searches by name with a plain form', async () => {
    const res = await page(`/rounds/${world.roundId}?q=${encodeURIComponent('绿源')}`);
    expect(res.html).toContain('<form class="search" method="get"');
    expect(res.html).toContain('上海绿源建设工程有限公司');
    expect(res.html).not.toContain('上海嘉安物流有限公司');
    expect((await page(`/rounds/${world.roundId}?q=${encodeURIComponent('保密')}`)).html).not.toContain(secret.enterprise);
  });

  it('narrows by street and industry with the form, offering only those of the round, and a rank stays the round’s', async () => {
    const huaxin = await world.db.get<{ streetId: number; street: string }>(sql`SELECT street_id AS streetId, street FROM enterprise WHERE id = ${world.enterpriseId(creditCodes.huaxin)}`);
    const all = await page(`/rounds/${world.roundId}`);
    expect(all.html).toContain(`<option value="${huaxin!.streetId}">${huaxin!.street}`);
    expect(all.html).toContain('<option value="construction">建筑业 Construction</option>');
    expect(all.html).not.toContain('value="finance"');

    const byStreet = await page(`/rounds/${world.roundId}?street=${huaxin!.streetId}&industry=&q=`);
    expect(rankingRows(byStreet.html).map((r) => r[1])).toContain('上海华鑫汽车零部件有限公司');
    expect(byStreet.html).toContain(`<option value="${huaxin!.streetId}" selected="">`);
    const byIndustry = await page(`/rounds/${world.roundId}?industry=manufacturing`);
    expect(rankingRows(byIndustry.html)).toEqual([['3 / 3', '上海华鑫汽车零部件有限公司', 'C', '62.00']]);
    expect(byIndustry.html).toContain('共 1 家企业');
  });

  it('keeps the filters in the links to the next page', async () => {
    expect(pageLink('/public/rounds/7', { q: '绿源', street: 3, industry: undefined }, 2)).toBe('/public/rounds/7?q=%E7%BB%BF%E6%BA%90&street=3&page=2');
    expect(pageLink('/public/rounds/7', { q: '', street: undefined }, 1)).toBe('/public/rounds/7');
  });

  it('is a 404 page for a round that is not published or an id that cannot be one, and a 400 page for a bad filter, all in HTML', async () => {
    const hidden = await page(`/rounds/${hiddenRoundId}`);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get('cache-control')).toBe('public, max-age=60');
    expectNothingPrivate(hidden.html);
    expect((await page('/rounds/999')).status).toBe(404);
    for (const path of ['/rounds/abc', `/rounds/${world.roundId}/enterprises/abc`, '/cases/x1']) {
      const malformed = await page(path);
      expect([path, malformed.status, malformed.headers.get('content-type')]).toEqual([path, 404, 'text/html; charset=UTF-8']);
      expect(malformed.html).toContain('未找到已发布的结果');
    }
    const badFilter = await page(`/rounds/${world.roundId}?industry=shipping&page=0`);
    expect([badFilter.status, badFilter.headers.get('content-type')]).toEqual([400, 'text/html; charset=UTF-8']);
    expect(badFilter.html).toContain('链接中的筛选条件无效');
  });
});

describe('GET /public/rounds/:roundId/enterprises/:enterpriseId', () => {
  it('shows one enterprise’s grade and dimension scores as meters', async () => {
    const res = await page(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.huaxin)}`);
    expect(res.status).toBe(200);
    expect(res.html).toContain('<dd class="grade">C</dd>');
    expect(res.html).toContain('<dd>3 / 3</dd>');
    expect(res.html).toContain('<meter min="0" max="100" low="60" high="80" optimum="100" value="50"');
    expectNothingPrivate(res.html);
  });

  it('is 404 for an enterprise of an unpublished round or none at all', async () => {
    expect((await page(`/rounds/${hiddenRoundId}/enterprises/${hiddenEnterpriseId}`)).status).toBe(404);
    expect((await page(`/rounds/${world.roundId}/enterprises/${hiddenEnterpriseId}`)).status).toBe(404);
    expect((await page('/nothing-here')).status).toBe(404);
  });
});
