// Results of the small test world, worked by hand (mini framework: STAFF 60 = STAFF.1.1 mandatory w3 + STAFF.1.2 w1;
// ENV 40 = ENV.1.1 + ENV.1.2 special for construction):
//   huaxin  STAFF.1 = 100 × (3×0.4 + 0.8)/4 = 50, ENV = 80, total 30 + 32 = 62 → B, vetoed by STAFF.1.1 → C
//   lvyuan  everything 8 → 80 → A
//   jiaan   STAFF = 80, ENV.1.1 = 5 → 50, total 48 + 20 = 68 → B
import { eq, sql } from 'drizzle-orm';
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { round, roundMember } from '../../worker/db/schema';
import { encodeCursor } from '../../worker/queries/cursor';
import { rankingPageQuery } from '../../worker/queries/results-read';
import { creditCodes, streets } from '../support/test-world';
import { exampleValue, putScore, scoreEverything, scoringWorld, setRoundStatus } from './support/scenario';
import { derivedIdle } from './support/derived';
import { call, type World } from './world';

let world: World;
let ids: Record<string, number>;
beforeAll(async () => {
  ({ world, ids } = await scoringWorld());
  await scoreEverything(world, ids, exampleValue);
  await derivedIdle(world.db);
});

const list = (query = '', token = world.tokens.admin) => call(`/rounds/${world.roundId}/results${query}`, { token });
const detail = (code: string, token = world.tokens.admin, roundId = world.roundId) => call(`/rounds/${roundId}/results/enterprises/${world.enterpriseId(code)}`, { token });
const names = (res: { data: { items: { enterprise: { creditCode: string } }[] } }) => res.data.items.map((i) => i.enterprise.creditCode);

describe('GET /rounds/:roundId/results', () => {
  it('keeps each enterprise current with every score, ranks by grade, then total, and says how fresh both are', async () => {
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ roundId: world.roundId, freshness: { results: { pending: false }, ranks: { pending: false }, rebuild: { status: 'idle' } } });
    expect(res.data.freshness.results.asOf).toBeTruthy();
    expect(res.data.freshness.ranks.asOf >= res.data.freshness.results.asOf).toBe(true);
    expect(res.data.items.map((i: Record<string, unknown>) => [i.total, i.bandGrade, i.grade, i.vetoCodes, i.rankOverall, i.rankStreet, i.rankIndustry])).toEqual([
      [80, 'A', 'A', [], 1, 1, 1],
      [68, 'B', 'B', [], 2, 1, 1],
      [62, 'B', 'C', ['STAFF.1.1'], 3, 2, 1],
    ]);
    expect(res.data.items[0]).toMatchObject({ weightedTotal: 80, adjustmentTotal: 0, completeness: 0, scoredShare: 1, provisional: false, signedOff: false });
  });

  it('takes a changed score into the total at once and into the ranks after their refresh; equal totals share a rank', async () => {
    const mine = await call(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.jiaan)}/scores`, { token: world.tokens.expert });
    const env = mine.data.items.find((s: { indicatorCode: string }) => s.indicatorCode === 'ENV.1.1');
    await putScore(world, { token: world.tokens.expert, enterpriseId: world.enterpriseId(creditCodes.jiaan), indicatorId: ids['ENV.1.1']!, value: 8, version: env.version });
    const detailNow = await detail(creditCodes.jiaan);
    expect(detailNow.data.summary).toMatchObject({ total: 80, rankOverall: 2 });
    await derivedIdle(world.db);
    expect((await list()).data.items.map((i: { total: number }) => i.total)).toEqual([80, 80, 62]);
    expect((await list()).data.items.map((i: { rankOverall: number }) => i.rankOverall)).toEqual([1, 1, 3]);
    await putScore(world, { token: world.tokens.expert, enterpriseId: world.enterpriseId(creditCodes.jiaan), indicatorId: ids['ENV.1.1']!, value: 5, version: env.version + 1 });
    await derivedIdle(world.db);
  });

  it('orders by street rank, filters by street, industry and grade, and pages with a cursor', async () => {
    // Streets in code-point order (南 before 安), each by its own rank.
    expect(names(await list('?by=street'))).toEqual([creditCodes.lvyuan, creditCodes.huaxin, creditCodes.jiaan]);
    expect(names(await list(`?streetId=${world.streetId(streets.nanxiang)}`))).toEqual([creditCodes.lvyuan, creditCodes.huaxin]);
    expect(names(await list('?industry=logistics'))).toEqual([creditCodes.jiaan]);
    expect(names(await list('?grade=C'))).toEqual([creditCodes.huaxin]);
    const first = await list('?limit=2');
    const rest = await list(`?limit=2&cursor=${encodeURIComponent(first.data.nextCursor)}`);
    expect([...names(first), ...names(rest)]).toEqual([creditCodes.lvyuan, creditCodes.jiaan, creditCodes.huaxin]);
    expect(rest.data.nextCursor).toBeNull();
  });

  it('walks an index for a page of each order (overall, within streets, within industries), first and after a cursor, instead of sorting the round', async () => {
    const indexes = { overall: 'result_enterprise_ranking', street: 'result_enterprise_street_order', industry: 'result_enterprise_industry_order' } as const;
    for (const [by, index] of Object.entries(indexes) as [keyof typeof indexes, string][]) {
      for (const cursor of [undefined, encodeCursor([2, world.enterpriseId(creditCodes.jiaan)])]) {
        const { sql: text, params } = rankingPageQuery(world.db, world.roundId, { kind: 'all' }, { by, limit: 50, cursor }).toSQL();
        const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${text}`).bind(...params).all<{ detail: string }>();
        const steps = results.map((p) => p.detail);
        expect(steps, by).toContainEqual(expect.stringContaining(`USING INDEX ${index}`));
        expect(steps.join('\n'), by).not.toContain('TEMP B-TREE');
      }
    }
  });

  it('numbers the places within streets and industries of rows ranked before they were kept as the rank statement does (migration 0022)', async () => {
    const places = () => world.db.all<{ street_order: number | null }>(sql`SELECT enterprise_id, street_order, industry_order FROM result_enterprise WHERE round_id = ${world.roundId} ORDER BY enterprise_id`);
    const ranked = await places();
    expect(ranked.map((r) => r.street_order).sort()).toEqual([1, 2, 3]);
    await world.db.run(sql`UPDATE result_enterprise SET street_order = NULL, industry_order = NULL`);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0022_'))!;
    await env.DB.prepare(migration.queries.at(-1)!).run();
    expect(await places()).toEqual(ranked);
  });

  it('shows coordinators their street and enterprises nothing before publication', async () => {
    expect(names(await list('', world.tokens.coordinator))).toEqual([creditCodes.lvyuan, creditCodes.huaxin]);
    expect((await list('', world.tokens.huaxin)).status).toBe(403);
    expect((await list('', world.tokens.outsider)).status).toBe(403);
    expect((await list('')).status).toBe(200);
    expect((await call(`/rounds/${world.roundId}/results`)).status).toBe(401);
    expect((await call('/rounds/999/results', { token: world.tokens.admin })).status).toBe(404);
    expect((await list('?by=size')).status).toBe(400);
  });
});

describe('GET /rounds/:roundId/results/enterprises/:enterpriseId', () => {
  it('explains the total from the dimensions down to each indicator, with the veto', async () => {
    const res = await detail(creditCodes.huaxin, world.tokens.reviewer);
    expect(res.status).toBe(200);
    expect(res.data.summary).toMatchObject({ total: 62, weightedTotal: 62, adjustmentTotal: 0, grade: 'C', vetoCodes: ['STAFF.1.1'] });
    expect(res.data.adjustments).toEqual([]);
    const [staff, env] = res.data.dimensions;
    expect(staff).toMatchObject({ code: 'STAFF', weight: 60, score: 50, previousScore: null });
    expect(env).toMatchObject({ code: 'ENV', score: 80 });
    const indicators = staff.groups[0].indicators;
    expect(indicators[0]).toMatchObject({ code: 'STAFF.1.1', kind: 'mandatory', consensus: 4, rubricLevel: 0, failedMandatory: true, belowRectification: true, expertCount: 1 });
    expect(env.groups[0].indicators[1]).toMatchObject({ code: 'ENV.1.2', applicable: false, consensus: null });
    expect(res.data).toMatchObject({ previous: null, rectifications: [] });
  });

  it('is 403 for another street’s coordinator, another enterprise and (blind scoring) experts before publication, 404 for an enterprise not enrolled', async () => {
    expect((await detail(creditCodes.huaxin, world.tokens['coordinator-anting'])).status).toBe(403);
    expect((await detail(creditCodes.huaxin, world.tokens.expert)).status).toBe(403);
    expect((await detail(creditCodes.jiaan, world.tokens['coordinator-anting'])).status).toBe(200);
    await setRoundStatus(world, 'published');
    expect((await detail(creditCodes.huaxin, world.tokens.huaxin)).status).toBe(200);
    expect((await detail(creditCodes.huaxin, world.tokens.jiaan)).status).toBe(403);
    expect((await detail(creditCodes.huaxin, world.tokens.expert)).status).toBe(200);
    expect((await call(`/rounds/${world.roundId}/results/enterprises/9999`, { token: world.tokens.admin })).status).toBe(404);
    await setRoundStatus(world, 'scoring');
  });

  it("compares with the enterprise's previous round on an older framework version, by indicator code, beside its tasks", async () => {
    // Publish this round properly (sign-offs, tasks), then start next year's on version 2 of the framework.
    await setRoundStatus(world, 'reviewing');
    for (const id of world.enterpriseIds.values()) await call(`/rounds/${world.roundId}/enterprises/${id}/sign-off`, { token: world.tokens.reviewer, json: { confirm: { reason: '测试世界' } } });
    expect((await call(`/rounds/${world.roundId}/transitions`, { token: world.tokens.admin, json: { to: 'published' } })).status).toBe(200);
    const v2 = await call(`/frameworks/${world.frameworkId}/drafts`, { method: 'POST', token: world.tokens.admin });
    await call(`/frameworks/${v2.data.id}/publish`, { method: 'POST', token: world.tokens.admin });
    const next = await call('/rounds', { token: world.tokens.admin, json: { name: { zh: '2027年度测评', en: '2027' }, year: 2027, frameworkId: v2.data.id } });
    await call(`/rounds/${next.data.id}/enrolments`, { token: world.tokens.admin, json: { by: 'all' } });
    await world.db.insert(roundMember).values([
      { roundId: next.data.id, userId: world.userIds.get('expert')!, role: 'expert' },
      { roundId: next.data.id, userId: world.userIds.get('huaxin')!, role: 'enterprise', enterpriseId: world.enterpriseId(creditCodes.huaxin) },
    ]);
    await call(`/rounds/${next.data.id}/assignments`, { token: world.tokens.admin, json: { expertId: world.userIds.get('expert'), dimensionCodes: ['STAFF'] } });
    await world.db.update(round).set({ status: 'scoring' }).where(eq(round.id, next.data.id));
    const staff11 = v2.data.indicators.find((n: { code: string }) => n.code === 'STAFF.1.1').id;
    const scored = await call(`/rounds/${next.data.id}/enterprises/${world.enterpriseId(creditCodes.huaxin)}/indicators/${staff11}/my-score`, {
      method: 'PUT',
      token: world.tokens.expert,
      json: { value: 7, rationale: '已整改', version: 0 },
    });
    expect(scored.status).toBe(201);
    await derivedIdle(world.db);

    const res = await detail(creditCodes.huaxin, world.tokens.admin, next.data.id);
    expect(res.status).toBe(200);
    expect(res.data.previous).toMatchObject({ round: { id: world.roundId, year: 2026 }, framework: { version: 1 }, total: 62, grade: 'C', rankOverall: 3 });
    expect(res.data.previous.rectifications).toEqual([expect.objectContaining({ reason: 'veto', status: 'open', indicator: expect.objectContaining({ code: 'STAFF.1.1' }) })]);
    const [staff, env] = res.data.dimensions;
    expect(staff).toMatchObject({ score: 70, previousScore: 50 });
    expect(staff.groups[0].indicators[0]).toMatchObject({ code: 'STAFF.1.1', consensus: 7, previousConsensus: 4 });
    expect(env).toMatchObject({ score: null, previousScore: 80 });
    expect(res.data.summary).toMatchObject({ total: 70, provisional: true, vetoCodes: [] });
  });
});

describe('POST /rounds/:roundId/results/rebuild', () => {
  it('queues a full rebuild for admins before publication, audited, shows its progress, and is 403 for others and once published', async () => {
    // The world's round was published above; next year's round is still being scored.
    const scoring = (await world.db.select({ id: round.id }).from(round).where(eq(round.status, 'scoring')).get())!.id;
    const res = await call(`/rounds/${scoring}/results/rebuild`, { method: 'POST', token: world.tokens.admin });
    expect(res.status).toBe(202);
    expect(res.data).toMatchObject({ roundId: scoring, freshness: { rebuild: { reason: 'requested by an administrator' } } });
    expect(['queued', 'running', 'idle']).toContain(res.data.freshness.rebuild.status);
    const audits = await world.db.all<{ n: number }>(sql`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'results.rebuild'`);
    expect(audits[0]!.n).toBe(1);
    await derivedIdle(world.db);
    const state = await call(`/rounds/${scoring}/results/state`, { token: world.tokens.admin });
    expect(state.data.freshness.rebuild).toMatchObject({ status: 'idle', done: 3, total: 3, error: null });
    expect(state.data.freshness.rebuild.finishedAt >= state.data.freshness.rebuild.startedAt).toBe(true);
    expect((await call(`/rounds/${scoring}/results/rebuild`, { method: 'POST', token: world.tokens.reviewer })).status).toBe(403);
    // Publication froze the results the rectification tasks were made from.
    expect((await call(`/rounds/${world.roundId}/results/rebuild`, { method: 'POST', token: world.tokens.admin })).status).toBe(403);
    expect((await call('/rounds/999/results/rebuild', { method: 'POST', token: world.tokens.admin })).status).toBe(404);
  });
});
