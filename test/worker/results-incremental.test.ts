// The differential property of ADR 001: after any sequence of changes made through the API (scores,
// settlements, clips, reviews, withdrawals, adjustments, an enterprise's industry, documentation requests,
// rebuilds asked for in the middle of it all), the incrementally maintained state equals a full rebuild,
// and both equal the pure reference: every enterprise's indicators, nodes, totals, grades and ranks, and
// the progress counters.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFramework } from '../../shared/framework/default';
import { progressGaps } from '../../shared/domain/progress';
import { industryCodes } from '../../shared/industries';
import type { EnterpriseProgress } from '../../shared/schemas/progress';
import { syntheticEnterprises } from '../../worker/seed/synthetic-enterprises';
import { jiadingStreets } from '../../worker/seed/jiading-streets';
import type { WorldSpec } from '../../worker/seed/world';
import { derivedIdle } from './support/derived';
import { expectCountersMatchReference, expectLiveResultsMatchReference, liveResults } from './support/reference';
import { call, createWorld, type World } from './world';

const enterprises = syntheticEnterprises({ count: 10, seed: 16 });
const experts = ['e1', 'e2', 'e3'] as const;
const reviewers = ['r1', 'r2'] as const;
type Login = 'admin' | (typeof experts)[number] | (typeof reviewers)[number];

const spec: WorldSpec = {
  streets: jiadingStreets,
  framework: defaultFramework,
  round: { nameZh: '增量测试', nameEn: 'Incremental', year: 2026, status: 'scoring' },
  enterprises,
  users: [
    { login: 'admin', displayName: 'Admin', isAdmin: true },
    ...experts.map((login) => ({ login, displayName: login, membership: { role: 'expert' as const } })),
    ...reviewers.map((login) => ({ login, displayName: login, membership: { role: 'reviewer' as const } })),
  ],
  assignments: experts.map((expert) => ({ expert, scope: ['STAFF', 'MGMT', 'GOV', 'COMM', 'ENV'] })),
  demoData: { seed: 5, evidenceShare: 0.3 },
};

let world: World<Login>;
let indicators: { id: number; maxScore: number }[];
const adjustmentCodes = defaultFramework.settings!.adjustments!.map((a) => a.code);
const today = new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  world = await createWorld<Login>(spec);
  indicators = await world.db.all(sql`SELECT id, max_score AS maxScore FROM indicator WHERE framework_id = ${world.frameworkId} AND level = 3 ORDER BY id`);
});

const pick = <T>(items: readonly T[], n: number) => items[n % items.length]!;
const enterpriseAt = (n: number) => world.enterpriseId(pick(enterprises, n).creditCode);

/** One change made through the API, as a user would make it (a refusal such as 409 is part of the game, a 500 never). */
const change = fc.oneof(
  fc.record({ kind: fc.constant('score' as const), who: fc.nat(), enterprise: fc.nat(), indicator: fc.nat(), share: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('settle' as const), enterprise: fc.nat(), indicator: fc.nat(), share: fc.integer({ min: 0, max: 20 }), remove: fc.boolean() }),
  fc.record({ kind: fc.constant('clip' as const), who: fc.nat(), enterprise: fc.nat(), indicator: fc.nat() }),
  fc.record({ kind: fc.constant('review' as const), item: fc.nat(), accept: fc.boolean() }),
  fc.record({ kind: fc.constant('withdraw' as const), item: fc.nat() }),
  fc.record({ kind: fc.constant('adjust' as const), enterprise: fc.nat(), code: fc.nat(), occurrences: fc.integer({ min: 1, max: 4 }), confirm: fc.boolean() }),
  fc.record({ kind: fc.constant('industry' as const), enterprise: fc.nat(), industry: fc.nat() }),
  fc.record({ kind: fc.constant('request' as const), enterprise: fc.nat(), indicator: fc.nat(), days: fc.integer({ min: 1, max: 30 }) }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

/** A step: one change, or a rebuild asked for and, without waiting for it, changes that arrive while it runs. */
const step = fc.oneof(
  { weight: 4, arbitrary: change.map((c) => [c]) },
  { weight: 1, arbitrary: fc.array(change, { minLength: 1, maxLength: 3 }).map((during) => [{ kind: 'rebuild' as const }, ...during]) },
);

const round = () => world.roundId;
const as = (login: Login) => world.tokens[login];

async function apply(c: Change | { kind: 'rebuild' }) {
  switch (c.kind) {
    case 'score': {
      const enterpriseId = enterpriseAt(c.enterprise);
      const indicator = pick(indicators, c.indicator);
      const expert = pick(experts, c.who);
      const current = await world.db.get<{ version: number } | undefined>(sql`SELECT version FROM score WHERE round_id = ${round()} AND enterprise_id = ${enterpriseId}
        AND indicator_id = ${indicator.id} AND expert_id = ${world.userIds.get(expert)!}`);
      return call(`/rounds/${round()}/enterprises/${enterpriseId}/indicators/${indicator.id}/my-score`, {
        method: 'PUT',
        token: as(expert),
        json: { value: (indicator.maxScore * c.share) / 20, rationale: '差分测试评分', evidenceIds: [], version: current?.version ?? 0 },
      });
    }
    case 'settle': {
      const enterpriseId = enterpriseAt(c.enterprise);
      const indicator = pick(indicators, c.indicator);
      const path = `/rounds/${round()}/enterprises/${enterpriseId}/indicators/${indicator.id}/settlement`;
      if (c.remove) return call(path, { method: 'DELETE', token: as('r1') });
      const current = await world.db.get<{ version: number } | undefined>(sql`SELECT version FROM score_settlement WHERE round_id = ${round()} AND enterprise_id = ${enterpriseId} AND indicator_id = ${indicator.id}`);
      return call(path, { method: 'PUT', token: as('r1'), json: { value: (indicator.maxScore * c.share) / 20, reason: '裁定', version: current?.version ?? 0 } });
    }
    case 'clip':
      return call('/evidence', {
        token: as(pick(experts, c.who)),
        json: { roundId: round(), enterpriseId: enterpriseAt(c.enterprise), indicatorId: pick(indicators, c.indicator).id, kind: 'link', url: 'https://csr.example.cn/r.html', title: '报告', capturedAt: new Date().toISOString(), idempotencyKey: crypto.randomUUID() },
      });
    case 'review':
    case 'withdraw': {
      const items = await world.db.all<{ id: number; version: number; captured_by: number }>(sql`SELECT id, version, captured_by FROM evidence WHERE round_id = ${round()} AND deleted_at IS NULL ORDER BY id`);
      const item = pick(items, c.item);
      if (c.kind === 'withdraw') {
        const captor = [...world.userIds].find(([, id]) => id === item.captured_by)![0] as Login;
        return call(`/evidence/${item.id}`, { method: 'DELETE', token: as(captor) });
      }
      return call(`/evidence/${item.id}/review`, { token: as('r2'), json: c.accept ? { status: 'accepted', version: item.version } : { status: 'rejected', comment: '不符', version: item.version } });
    }
    case 'adjust': {
      const enterpriseId = enterpriseAt(c.enterprise);
      const [ev] = await world.db.all<{ id: number }>(sql`SELECT id FROM evidence WHERE round_id = ${round()} AND enterprise_id = ${enterpriseId} AND deleted_at IS NULL LIMIT 1`);
      if (!ev) return { status: 204 };
      const proposed = await call(`/rounds/${round()}/enterprises/${enterpriseId}/adjustments`, { token: as('e1'), json: { code: pick(adjustmentCodes, c.code), occurrences: c.occurrences, evidenceIds: [ev.id] } });
      if (proposed.status !== 201) return proposed;
      return call(`/adjustments/${proposed.data.id}/decision`, { token: as('r1'), json: c.confirm ? { decision: 'confirm', version: proposed.data.version } : { decision: 'reject', comment: '不成立', version: proposed.data.version } });
    }
    case 'industry': {
      const enterpriseId = enterpriseAt(c.enterprise);
      const { version } = (await world.db.get<{ version: number }>(sql`SELECT version FROM enterprise WHERE id = ${enterpriseId}`))!;
      return call(`/enterprises/${enterpriseId}`, { method: 'PATCH', token: as('admin'), json: { version, industry: pick(industryCodes, c.industry) } });
    }
    case 'request':
      return call(`/rounds/${round()}/enterprises/${enterpriseAt(c.enterprise)}/documentation-requests`, {
        token: as('e2'),
        json: { indicatorId: pick(indicators, c.indicator).id, question: '请补充材料', dueOn: inDays(c.days) },
      });
    case 'rebuild':
      // Asked for and not waited on: the changes after it arrive while it runs.
      return call(`/rounds/${round()}/results/rebuild`, { method: 'POST', token: as('admin') });
  }
}

describe('incremental results', () => {
  it('equal a full rebuild and the pure reference after any sequence of changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 8 }), async (steps) => {
        for (const changes of steps) {
          for (const c of changes) {
            const res = await apply(c);
            expect(res.status, `${JSON.stringify(c)} → ${JSON.stringify((res as { data?: unknown }).data)}`).toBeLessThan(500);
          }
          // After every step, not only at the end: a later change to the same enterprise would hide a lost one.
          await derivedIdle(world.db, 30_000);
          await expectLiveResultsMatchReference(world.db, round(), today);
          await expectCountersMatchReference(world.db, round(), today);
        }
        // The drill-down sorts in SQL by the measures progressGaps defines: each sort comes back in its own order.
        for (const sort of ['behind', 'evidence', 'scores', 'disagreements', 'overdue'] as const) {
          const page = await call(`/rounds/${round()}/progress/enterprises?sort=${sort}&limit=500`, { token: as('admin') });
          const gaps = page.data.items.map((i: EnterpriseProgress) => progressGaps(i)[sort]);
          expect(gaps, sort).toEqual([...gaps].sort((a: number, b: number) => b - a));
          expect(page.data.items.map((i: EnterpriseProgress) => i.behind)).toEqual(page.data.items.map((i: EnterpriseProgress) => progressGaps(i).behind));
        }
        const incremental = await liveResults(world.db, round());

        expect((await call(`/rounds/${round()}/results/rebuild`, { method: 'POST', token: as('admin') })).status).toBe(202);
        await derivedIdle(world.db, 30_000);
        expect(await liveResults(world.db, round())).toEqual(incremental);
        await expectCountersMatchReference(world.db, round(), today);
      }),
      { numRuns: 6, seed: 20261216, endOnFailure: true },
    );
  }, 240_000);
});
