// The public pages: the example round published (with a commendation) beside a second round still being
// prepared, whose distinctive round and enterprise names must never appear; nothing private either
// (evidence, rationales, experts, contacts); cacheable with an ETag; plain HTML without script.
import { exports } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
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
    const rows = [...res.html.matchAll(/<tr><td class="num">(\d+)<\/td><th scope="row"><a [^>]+>([^<]+)<\/a><\/th>.*?<td class="grade">(\w+)<\/td><td class="num">([\d.]+)<\/td>/g)].map((m) => m.slice(1));
    expect(rows).toEqual([
      ['1', '上海绿源建设工程有限公司', 'A', '80.00'],
      ['2', '上海嘉安物流有限公司', 'B', '68.00'],
      ['3', '上海华鑫汽车零部件有限公司', 'C', '62.00'],
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

  it('is 404 for a round that is not published and 400 for a bad id', async () => {
    const hidden = await page(`/rounds/${hiddenRoundId}`);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get('cache-control')).toBe('public, max-age=60');
    expectNothingPrivate(hidden.html);
    expect((await page('/rounds/999')).status).toBe(404);
    expect((await page('/rounds/abc')).status).toBe(400);
  });
});

describe('GET /public/rounds/:roundId/enterprises/:enterpriseId', () => {
  it('shows one enterprise’s grade and dimension scores as meters', async () => {
    const res = await page(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.huaxin)}`);
    expect(res.status).toBe(200);
    expect(res.html).toContain('<dd class="grade">C</dd>');
    expect(res.html).toContain('<meter min="0" max="100" low="60" high="80" optimum="100" value="50"');
    expectNothingPrivate(res.html);
  });

  it('is 404 for an enterprise of an unpublished round or none at all', async () => {
    expect((await page(`/rounds/${hiddenRoundId}/enterprises/${hiddenEnterpriseId}`)).status).toBe(404);
    expect((await page(`/rounds/${world.roundId}/enterprises/${hiddenEnterpriseId}`)).status).toBe(404);
    expect((await page('/nothing-here')).status).toBe(404);
  });
});
