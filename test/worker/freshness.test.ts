// The freshness job against a real local site (test/support/fixture-site.ts) whose pages change between runs:
// quotes that still stand, changed (with the nearest text) and are gone; sources that cannot be read this time
// stay unchecked with the reason; local hosts outside the allow-list are refused without a request; each site
// is fetched at most once per spacing within and across runs; a run is bounded; one run at a time; the Cron
// Trigger runs it as a system action; reviewers and coordinators (their street) see the changes.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import worker from '../../worker/index';
import { evidence } from '../../worker/db/schema';
import { lastFetches, recordFetch } from '../../worker/queries/freshness';
import { creditCodes } from '../support/test-world';
import { freshRound } from './access/targets';
import { indicatorIds } from './support/scenario';
import { call, createWorld, type World } from './world';

const SPACING_MS = 300;
const sites = inject('freshnessSites');
const quotes = {
  contracts: '公司与全体员工签订劳动合同,签订率达到100%。',
  training: '全年组织职工技能培训12场,覆盖340人次。',
  dust: '施工现场扬尘在线监测设备实现全覆盖。',
  solar: '办公区屋顶光伏年发电20万千瓦时。',
};

const report = (...sentences: string[]) =>
  `<!DOCTYPE html><html><head><title>报告</title><style>p{color:red}</style><script>var secret = "${quotes.dust}";</script></head>
   <body><h1>社会责任报告</h1>${sentences.map((s) => `<p>${s.replace('100%', '100&#37;')}</p>`).join('\n')}<footer>&copy; 2026</footer></body></html>`;

async function setPages(origin: string, pages: Record<string, { body?: string; status?: number; type?: string; location?: string }>) {
  const res = await fetch(`${origin}/__fixture/pages`, { method: 'POST', body: JSON.stringify(pages) });
  expect(res.status).toBe(204);
}
const requests = async () => (await (await fetch(`${sites.primary}/__fixture/log`)).json()) as { host: string; path: string; at: number }[];

let world: World;
let ids: Record<string, number>;
const item = {} as Record<'contracts' | 'training' | 'dust' | 'solar' | 'missing' | 'image' | 'redirect' | 'localhost' | 'private' | 'closed', number>;

async function accepted(code: string, url: string, quote: string, options: { roundId?: number; indicator?: string; prefix?: string; suffix?: string } = {}) {
  const [row] = await world.db
    .insert(evidence)
    .values({
      roundId: options.roundId ?? world.roundId,
      enterpriseId: world.enterpriseId(code),
      indicatorId: ids[options.indicator ?? 'STAFF.1.1']!,
      kind: 'clip',
      url,
      title: '社会责任报告',
      quote,
      selectors: { quote: { type: 'TextQuoteSelector', exact: quote, prefix: options.prefix ?? '', suffix: options.suffix ?? '' } },
      status: 'accepted',
      capturedBy: world.userIds.get('expert')!,
      capturedAt: new Date().toISOString(),
      idempotencyKey: crypto.randomUUID(),
    })
    .returning({ id: evidence.id });
  return row!.id;
}

const run = (body: object = {}, token = world.tokens.admin) => call('/freshness/runs', { token, json: body });
const freshnessOf = async (id: number) => world.db.query.evidenceFreshness.findFirst({ where: (f, { eq }) => eq(f.evidenceId, id) });

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  const { primary, secondary } = sites;
  await setPages(primary, {
    '/csr.html': { body: report(quotes.contracts, quotes.training, quotes.dust) },
    '/news.html': { body: report('新闻') },
    '/photo.png': { body: 'PNG', type: 'image/png' },
    '/moved.html': { status: 302, location: 'http://10.1.2.3/csr.html' },
  });
  await setPages(secondary, { '/solar.html': { body: report(quotes.solar) } });
  // Clipped with its context, as the extension does: what places the quote once its words are edited.
  item.contracts = await accepted(creditCodes.huaxin, `${primary}/csr.html#p1`, quotes.contracts, { prefix: '社会责任报告\n', suffix: `\n${quotes.training.slice(0, 12)}` });
  item.training = await accepted(creditCodes.huaxin, `${primary}/csr.html`, quotes.training);
  item.dust = await accepted(creditCodes.lvyuan, `${primary}/csr.html`, quotes.dust, { indicator: 'ENV.1.1' });
  item.solar = await accepted(creditCodes.jiaan, `${secondary}/solar.html`, quotes.solar, { indicator: 'ENV.1.1' });
  item.missing = await accepted(creditCodes.lvyuan, `${primary}/news.html`, '新闻');
  item.image = await accepted(creditCodes.lvyuan, `${primary}/photo.png`, '照片');
  item.redirect = await accepted(creditCodes.lvyuan, `${primary}/moved.html`, '搬走了');
  item.localhost = await accepted(creditCodes.lvyuan, sites.primary.replace('127.0.0.1', 'localhost') + '/csr.html', quotes.contracts);
  item.private = await accepted(creditCodes.lvyuan, 'http://192.168.1.20/csr.html', quotes.contracts);
  item.closed = await accepted(creditCodes.huaxin, `${primary}/csr.html`, quotes.contracts, { roundId: await freshRound(world, 'closed') });
});

describe('POST /freshness/runs', () => {
  it('finds every quote still standing on the first run, fetching each page once', async () => {
    const before = (await requests()).length;
    const res = await run();
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ trigger: 'manual', checked: 9, stands: 5, changed: 0, gone: 0, unchecked: 4, deferred: 0 });
    for (const key of ['contracts', 'training', 'dust', 'solar', 'missing'] as const) expect((await freshnessOf(item[key]))?.status).toBe('stands');
    expect(await freshnessOf(item.closed)).toBeUndefined();
    const fetched = (await requests()).slice(before).map((r) => `${r.host.split(':')[0]}${r.path}`);
    expect(fetched.filter((p) => p === '127.0.0.1/csr.html')).toHaveLength(1);
    expect(fetched).not.toContain('localhost/csr.html');
  });

  it('is honest about sources it could not read, and refuses local hosts without asking them', async () => {
    expect(await freshnessOf(item.image)).toMatchObject({ status: 'unchecked', reason: 'not_html' });
    expect(await freshnessOf(item.redirect)).toMatchObject({ status: 'unchecked', reason: 'refused_host' });
    expect(await freshnessOf(item.localhost)).toMatchObject({ status: 'unchecked', reason: 'refused_host' });
    expect(await freshnessOf(item.private)).toMatchObject({ status: 'unchecked', reason: 'refused_host' });
    expect((await requests()).some((r) => r.host.startsWith('localhost'))).toBe(false);
  });

  it('tells after the pages changed what still stands, what changed (with the nearest text) and what is gone', async () => {
    await setPages(sites.primary, {
      '/csr.html': { body: report(quotes.contracts.replace('全体员工', '全部在岗员工'), quotes.training) },
      '/news.html': { status: 404, body: 'gone' },
    });
    const res = await run();
    expect(res.data).toMatchObject({ checked: 9, stands: 2, changed: 1, gone: 1, unchecked: 5 });
    expect(await freshnessOf(item.training)).toMatchObject({ status: 'stands', previousStatus: null });
    expect(await freshnessOf(item.contracts)).toMatchObject({ status: 'changed', previousStatus: 'stands', nearestText: '公司与全部在岗员工签订劳动合同,签订率达到100%。' });
    // The dust quote is still inside a <script>: no reader sees it there.
    expect(await freshnessOf(item.dust)).toMatchObject({ status: 'gone', previousStatus: 'stands', nearestText: null });
    expect(await freshnessOf(item.missing)).toMatchObject({ status: 'unchecked', reason: 'http_404', previousStatus: 'stands' });
  });

  it('keeps its distance from each site, within a run and across runs', async () => {
    await setPages(sites.primary, { '/a.html': { body: report('甲') }, '/b.html': { body: report('乙') } });
    await accepted(creditCodes.huaxin, `${sites.primary}/a.html`, '甲');
    await accepted(creditCodes.huaxin, `${sites.primary}/b.html`, '乙');
    const before = (await requests()).length;
    const started = Date.now();
    expect((await run()).status).toBe(201);
    const elapsed = Date.now() - started;
    expect((await run()).status).toBe(201);
    const primaryFetches = (await requests()).slice(before).filter((r) => r.host.startsWith('127.0.0.1')).map((r) => r.at);
    // Run 1 fetched csr, news, photo, moved, a and b from 127.0.0.1: six requests, each at least a spacing apart; run 2 as many.
    expect(primaryFetches).toHaveLength(12);
    const gaps = primaryFetches.slice(1).map((at, i) => at - primaryFetches[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(SPACING_MS - 20);
    expect(elapsed).toBeGreaterThanOrEqual(5 * SPACING_MS);
    console.log(`freshness run against the fixture site: 11 items on 7 pages of 2 hosts in ${elapsed} ms; smallest gap between fetches from one host ${Math.min(...gaps)} ms (spacing ${SPACING_MS} ms)`);
  });

  it('checks no more items than asked for, and leaves the rest to the next run', async () => {
    const res = await run({ maxItems: 2 });
    expect(res.data).toMatchObject({ checked: 2 });
    expect(res.data.deferred).toBeGreaterThan(0);
  });

  it('runs one at a time: a second run while one is under way is refused', async () => {
    const first = run();
    const before = (await requests()).length;
    // Wait until the first run has asked the site for something: it is under way.
    for (let i = 0; i < 100 && (await requests()).length === before; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await run();
    expect(second.status).toBe(409);
    expect(second.data.error.code).toBe('freshness_running');
    expect((await first).status).toBe(201);
  });

  it('is 400 for a bad body, 401 anonymous and 403 for everyone but the admin', async () => {
    expect((await run({ maxItems: -1 })).status).toBe(400);
    expect((await call('/freshness/runs', { json: {} })).status).toBe(401);
    for (const login of ['reviewer', 'coordinator', 'expert', 'huaxin'] as const) expect((await run({}, world.tokens[login])).status).toBe(403);
  });
});

describe('lastFetches', () => {
  it('reads the last fetch of more hosts than D1 binds parameters (FRESHNESS_MAX_ITEMS may be raised past 100)', async () => {
    const hosts = Array.from({ length: 150 }, (_, i) => `site-${i}.example.cn`);
    await recordFetch(world.db, hosts[120]!, new Date('2026-11-20T08:00:00.000Z'));
    const last = await lastFetches(world.db, hosts);
    expect([...last]).toEqual([[hosts[120], Date.parse('2026-11-20T08:00:00.000Z')]]);
  });
});

describe('the Cron Trigger', () => {
  it('runs the job as a system action, audited without a user', async () => {
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '0 19 * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    const last = await world.db.query.freshnessRun.findFirst({ orderBy: (r, { desc }) => desc(r.id) });
    expect(last).toMatchObject({ trigger: 'cron', triggeredBy: null, checked: 11 });
    expect(last!.finishedAt).toBeTruthy();
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { eq }) => eq(a.resourceId, String(last!.id)), orderBy: (a, { desc }) => desc(a.id) });
    expect(audit).toMatchObject({ action: 'freshness.run', userId: null });
  });
});

describe('GET /rounds/:roundId/freshness', () => {
  const list = (token: string, query = '') => call(`/rounds/${world.roundId}/freshness${query}`, { token });

  it('shows reviewers what changed, is gone or could not be checked, with counts and the last run', async () => {
    const res = await list(world.tokens.reviewer);
    expect(res.status).toBe(200);
    expect(res.data.counts).toMatchObject({ changed: 1, gone: 1 });
    const changed = res.data.items.find((i: { evidenceId: number }) => i.evidenceId === item.contracts);
    expect(changed).toMatchObject({ indicatorCode: 'STAFF.1.1', quote: quotes.contracts, freshness: { status: 'changed', nearestText: '公司与全部在岗员工签订劳动合同,签订率达到100%。' } });
    expect(res.data.items.some((i: { freshness: { status: string } }) => i.freshness.status === 'stands')).toBe(false);
    expect(res.data.lastRun).toMatchObject({ trigger: 'cron' });
    expect((await list(world.tokens.reviewer, '?status=gone')).data.items.map((i: { evidenceId: number }) => i.evidenceId)).toEqual([item.dust]);
  });

  it('narrows a coordinator to their street', async () => {
    const anting = await list(world.tokens['coordinator-anting']);
    expect(anting.data.counts).toEqual({ stands: 1, changed: 0, gone: 0, unchecked: 0 });
    expect(anting.data.items).toEqual([]);
    const nanxiang = await list(world.tokens.coordinator);
    expect(nanxiang.data.items.every((i: { enterprise: { street: string } }) => i.enterprise.street === '南翔镇')).toBe(true);
  });

  it('is 400 for a bad status, 401, 403 for experts and enterprises, 404 for an unknown round', async () => {
    expect((await list(world.tokens.reviewer, '?status=fresh')).status).toBe(400);
    expect((await call(`/rounds/${world.roundId}/freshness`)).status).toBe(401);
    for (const login of ['expert', 'huaxin'] as const) expect((await list(world.tokens[login])).status).toBe(403);
    expect((await call('/rounds/999/freshness', { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/enterprises/:enterpriseId/panel', () => {
  it('carries each evidence item’s freshness to the side panel', async () => {
    const panel = await call(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.huaxin)}/panel`, { token: world.tokens.reviewer });
    const card = panel.data.evidence.find((e: { id: number }) => e.id === item.contracts);
    expect(card.freshness).toMatchObject({ status: 'changed', previousStatus: 'stands' });
  });
});
