// The demo-sized round: 500 enterprises × 64 indicators × 3 experts. Logs how long the whole-round
// aggregation takes in workerd (timings are reported, not asserted) and checks every enterprise is graded and ranked.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoWorldSpec } from '../../scripts/demo/world';
import { call, createWorld, type World } from './world';

let world: World<'admin'>;
beforeAll(async () => {
  const started = Date.now();
  world = await createWorld<'admin'>(demoWorldSpec);
  console.log(`seeded the demo world in workerd in ${Date.now() - started} ms`);
});

describe('POST /rounds/:roundId/results/compute at demo scale', () => {
  it('aggregates the whole round in one batch', async () => {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call(`/rounds/${world.roundId}/results/compute`, { token: world.tokens.admin, method: 'POST' });
      expect(res.status).toBe(200);
      expect(res.data.enterprises).toBe(500);
      runs.push(res.data.elapsedMs);
    }
    const [count] = await world.db.all<{ n: number }>('SELECT COUNT(*) AS n FROM score' as never);
    console.log(`whole-round aggregation of 500 enterprises (${count?.n} scores): ${runs.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
  });

  it('returns grades and ranks for all 500 enterprises', async () => {
    const res = await call(`/rounds/${world.roundId}/results?limit=500`, { token: world.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.data.items).toHaveLength(500);
    expect(res.data.nextCursor).toBeNull();
    for (const item of res.data.items) {
      expect(item.grade, item.enterprise.name).toMatch(/^(AAA|AA|A|B|C)$/);
      expect(item.rankOverall).toBeGreaterThan(0);
      expect(item.rankStreet).toBeGreaterThan(0);
      expect(item.rankIndustry).toBeGreaterThan(0);
    }
    const grades = Object.groupBy(res.data.items as { grade: string }[], (i) => i.grade);
    console.log('demo grade distribution', Object.fromEntries(Object.entries(grades).map(([g, list]) => [g, list?.length])));
  });
});
