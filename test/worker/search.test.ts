// Every search (`?q=`) with real names: a 17-character Chinese registered name and a query of 49 or more ASCII
// characters (D1 refuses LIKE patterns over 50 bytes, which made both a 500), credit codes and fragments,
// full-width letters and digits against half-width ones on either side, and up to the schema's maximum.
import { exports } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_TEXT_MAX } from '../../shared/schemas/values';
import { enterpriseSearchKey } from '../../worker/queries/enterprise-write';
import { creditCodes } from '../support/test-world';
import { freshEvidence } from './access/targets';
import { indicatorIds, publishExample } from './support/scenario';
import { call, createWorld, type World } from './world';

/** 20 Chinese characters: 60 bytes of UTF-8. */
const longName = '上海华鑫汽车零部件制造有限公司嘉定分公司';
const longNameEn = 'Shanghai Huaxin Automotive Components Manufacturing Co Ltd Jiading Branch';
/** Stored with full-width letters and digits: a row from before names were read NFKC on the way in (they are now). */
const wideName = '上海嘉安ＡＢＣ１２３物流有限公司';
const caseTitle = '嘉定区民营企业社会责任优秀案例2026光伏屋顶与绿色工地建设';
const caseTitleEn = 'Solar roofs and green construction sites at Lvyuan Construction Engineering';
const longLogin = 'coordinator.of.the.jiading.new.town.sub.district.office';
const longDisplayName = '嘉定新城马陆镇社区党群服务中心企业联络协调员';

/** 17 characters: the example of the issue, 51 bytes. */
const seventeen = longName.slice(3);
const fortyNineAscii = longNameEn.slice(0, 49);

let world: World;
let userId: number;
beforeAll(async () => {
  world = await createWorld();
  const ids = await indicatorIds(world);
  const source = await freshEvidence(world, 'lvyuan', { status: 'accepted', text: '光伏屋顶', indicatorId: ids['ENV.1.1'] });
  await publishExample(world, ids);
  const rename = async (code: string, change: Record<string, string>) => {
    const res = await call(`/enterprises/${world.enterpriseId(code)}`, { method: 'PATCH', token: world.tokens.admin, json: { version: 1, ...change } });
    expect(res.status, JSON.stringify(res.data)).toBe(200);
  };
  await rename(creditCodes.huaxin, { name: longName, nameEn: longNameEn });
  await world.db.run(
    sql`UPDATE enterprise SET name = ${wideName}, search_key = ${enterpriseSearchKey({ name: wideName, nameEn: null, creditCode: creditCodes.jiaan })} WHERE credit_code = ${creditCodes.jiaan}`,
  );
  const made = await call(`/rounds/${world.roundId}/cases`, {
    token: world.tokens.admin,
    json: { enterpriseId: world.enterpriseId(creditCodes.lvyuan), title: { zh: caseTitle, en: caseTitleEn }, summary: { zh: '在三处工地办公区建成光伏屋顶。' }, indicatorIds: [ids['ENV.1.1']], evidenceIds: [source] },
  });
  expect(made.status, JSON.stringify(made.data)).toBe(201);
  await call(`/cases/${made.data.id}/consent`, { token: world.tokens.admin, json: { method: 'offline', note: '书面同意' } });
  expect((await call(`/cases/${made.data.id}/publication`, { token: world.tokens.admin, json: { published: true, version: 2 } })).status).toBe(200);
  const user = await call('/users', { token: world.tokens.admin, json: { login: longLogin, displayName: longDisplayName } });
  expect(user.status, JSON.stringify(user.data)).toBe(201);
  userId = user.data.user.id;
});

const q = (text: string) => encodeURIComponent(text);
const names = async (path: string) => {
  const res = await call(path, { token: world.tokens.admin });
  expect(res.status, JSON.stringify(res.data)).toBe(200);
  return (res.data.items as { name: string }[]).map((e) => e.name);
};
async function publicPage(path: string) {
  const res = await exports.default.fetch(new Request(`http://127.0.0.1/public${path}`));
  return { status: res.status, html: await res.text() };
}

/** The queries every enterprise search must answer, with the name each finds (null: none). */
const enterpriseQueries: [string, string, string | null][] = [
  ['the 17-character Chinese name', seventeen, longName],
  ['the whole registered name', longName, longName],
  ['49 ASCII characters of the English name', fortyNineAscii, longName],
  ['a full-width query of a half-width name', 'ＨＵＡＸＩＮ　ＡＵＴＯＭＯＴＩＶＥ', longName],
  ['a half-width query of a full-width name', 'abc123', wideName],
  ['a mixed query of a full-width name', '嘉安ＡＢc123物流', wideName],
  ['the credit code in lower case', creditCodes.lvyuan.toLowerCase(), '上海绿源建设工程有限公司'],
  ['a fragment of the credit code', creditCodes.jiaan.slice(6, 14), wideName],
  ['a LIKE wildcard, which is only a character', '%', null],
  ['an unknown name of the longest length', '无'.repeat(SEARCH_TEXT_MAX), null],
];

describe('GET /enterprises?q=', () => {
  it.each(enterpriseQueries)('finds by %s', async (_, text, found) => {
    expect(await names(`/enterprises?q=${q(text)}`)).toEqual(found ? [found] : []);
  });

  it(`refuses a query longer than ${SEARCH_TEXT_MAX} characters with a field message`, async () => {
    const res = await call(`/enterprises?q=${q('字'.repeat(SEARCH_TEXT_MAX + 1))}`, { token: world.tokens.admin });
    expect(res.status).toBe(400);
    expect(res.data.error.code).toEqual(expect.any(String));
  });
});

describe('GET /rounds/:roundId/enterprises?q=', () => {
  it.each(enterpriseQueries)('finds by %s', async (_, text, found) => {
    expect(await names(`/rounds/${world.roundId}/enterprises?q=${q(text)}`)).toEqual(found ? [found] : []);
  });
});

describe('GET /users?q=', () => {
  it.each([
    ['the 17-character Chinese display name', longDisplayName.slice(0, 17)],
    ['49 ASCII characters of the login', longLogin.slice(0, 49)],
    ['a full-width login', 'ＣＯＯＲＤＩＮＡＴＯＲ．ＯＦ．ＴＨＥ'],
  ])('finds by %s', async (_, text) => {
    const res = await call(`/users?q=${q(text)}`, { token: world.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.data.items.map((u: { id: number }) => u.id)).toEqual([userId]);
  });
});

describe('GET /public/rounds/:roundId?q=', () => {
  it.each(enterpriseQueries.filter(([what]) => !what.includes('credit code')))('finds by %s', async (_, text, found) => {
    const res = await publicPage(`/rounds/${world.roundId}?q=${q(text)}`);
    expect(res.status).toBe(200);
    const listed = [...res.html.matchAll(/<th scope="row" class="name"><a [^>]+>([^<]+)<\/a><\/th>/g)].map((m) => m[1]);
    expect(listed).toEqual(found ? [found] : []);
  });
});

describe('GET /public/cases?q=', () => {
  it.each([
    ['the 17-character Chinese title', caseTitle.slice(0, 17)],
    ['the whole title', caseTitle],
    ['49 ASCII characters of the English title', caseTitleEn.slice(0, 49)],
    ['the enterprise’s name', '上海绿源建设工程有限公司'],
    ['a full-width query of half-width digits', '优秀案例２０２６光伏'],
  ])('finds by %s', async (_, text) => {
    const res = await publicPage(`/cases?q=${q(text)}`);
    expect(res.status).toBe(200);
    expect(res.html).toContain(caseTitle);
  });

  it('finds no case for 49 ASCII characters it does not hold, nor for the longest query', async () => {
    for (const text of [fortyNineAscii, '无'.repeat(SEARCH_TEXT_MAX)]) {
      const res = await publicPage(`/cases?q=${q(text)}`);
      expect(res.status).toBe(200);
      expect(res.html).not.toContain(caseTitle);
    }
  });
});
