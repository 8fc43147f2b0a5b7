// A full rebuild of a whole round (chunk by chunk on the queue, then the switch) must equal the pure reference
// for every enterprise, indicator and node, ranks and progress counters included, under each consensus method,
// on a deliberately varied round.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFramework } from '../../shared/framework/default';
import { jiadingStreets } from '../../worker/seed/jiading-streets';
import { syntheticEnterprises } from '../../worker/seed/synthetic-enterprises';
import type { WorldSpec } from '../../worker/seed/world';
import { withinValidity } from '../../worker/queries/evidence-validity';
import { derivedIdle, derivedState } from './support/derived';
import { expectCountersMatchReference, expectLiveResultsMatchReference } from './support/reference';
import { call, createWorld, type World } from './world';

const enterprises = syntheticEnterprises({ count: 80, seed: 7 });
const someCodes = (from: number, count: number) => enterprises.slice(from, from + count).map((e) => e.creditCode);

const spec: WorldSpec = {
  streets: jiadingStreets,
  framework: defaultFramework,
  round: { nameZh: '差分测试', nameEn: 'Differential', year: 2026, status: 'scoring' },
  enterprises,
  users: [
    { login: 'admin', displayName: 'Admin', isAdmin: true },
    ...['e1', 'e2', 'e3', 'e4', 'e5'].map((login) => ({ login, displayName: login, membership: { role: 'expert' as const } })),
  ],
  assignments: [
    { expert: 'e1', scope: ['STAFF', 'MGMT', 'GOV', 'COMM', 'ENV'] },
    { expert: 'e2', scope: ['STAFF', 'GOV'] },
    { expert: 'e3', scope: ['ENV', 'COMM'] },
    // Groups and single indicators for a subset: up to five experts on these slots.
    { expert: 'e4', scope: ['ENV.1', 'STAFF.2.4', 'MGMT.3.3', 'STAFF.1'], enterprises: someCodes(0, 30) },
    { expert: 'e5', scope: ['STAFF', 'ENV', 'GOV.2'], enterprises: someCodes(10, 40) },
  ],
  demoData: { seed: 11, evidenceShare: 0.6 },
};

/** A rebuild of 80 enterprises takes several chunks on the queue. */
const REBUILD_MS = 30_000;

let world: World<'admin'>;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  world = await createWorld<'admin'>(spec);
  const { db } = world;
  const round = world.roundId;
  // Vary the round: holes, unscored enterprises and dimensions, one expert only, settlements, evidence states.
  await db.run(sql`DELETE FROM score WHERE round_id = ${round} AND (id * 7) % 13 = 0`);
  await db.run(sql`DELETE FROM score WHERE round_id = ${round} AND enterprise_id IN (${world.enterpriseId(enterprises[60]!.creditCode)}, ${world.enterpriseId(enterprises[61]!.creditCode)})`);
  await db.run(sql`DELETE FROM score WHERE round_id = ${round} AND enterprise_id = ${world.enterpriseId(enterprises[62]!.creditCode)}
                   AND indicator_id NOT IN (SELECT i.id FROM indicator i JOIN indicator g ON g.id = i.parent_id JOIN indicator d ON d.id = g.parent_id WHERE d.code = 'GOV')`);
  await db.run(sql`DELETE FROM score WHERE round_id = ${round} AND enterprise_id = ${world.enterpriseId(enterprises[63]!.creditCode)} AND expert_id <> (SELECT id FROM user WHERE login = 'e1')`);
  await db.run(sql`UPDATE score SET value = 0 WHERE round_id = ${round} AND (id * 11) % 97 = 0`);
  await db.run(sql`
    INSERT INTO score_settlement (round_id, enterprise_id, indicator_id, value, reason, settled_by, settled_at)
    SELECT round_id, enterprise_id, indicator_id, ROUND(AVG(value) * 2) / 2.0 + 0.25, 'test', (SELECT id FROM user WHERE login = 'admin'), '2026-11-30T00:00:00Z'
    FROM score WHERE round_id = ${round} GROUP BY enterprise_id, indicator_id HAVING MAX(value) - MIN(value) > 3 AND (enterprise_id + indicator_id) % 2 = 0`);
  // A twin: the same scores as another enterprise of its industry, so their totals tie.
  const twin = enterprises.findIndex((e, i) => i > 0 && i < 60 && e.industry === enterprises[0]!.industry);
  const [a, b] = [world.enterpriseId(enterprises[0]!.creditCode), world.enterpriseId(enterprises[twin]!.creditCode)];
  await db.run(sql`DELETE FROM score WHERE round_id = ${round} AND enterprise_id = ${b}`);
  await db.run(sql`INSERT INTO score (round_id, enterprise_id, indicator_id, expert_id, value, rubric_level, rationale)
                   SELECT round_id, ${b}, indicator_id, expert_id, value, rubric_level, rationale FROM score WHERE round_id = ${round} AND enterprise_id = ${a}`);
  await db.run(sql`DELETE FROM score_settlement WHERE round_id = ${round} AND enterprise_id = ${b}`);
  await db.run(sql`INSERT INTO score_settlement (round_id, enterprise_id, indicator_id, value, reason, settled_by, settled_at)
                   SELECT round_id, ${b}, indicator_id, value, reason, settled_by, settled_at FROM score_settlement WHERE round_id = ${round} AND enterprise_id = ${a}`);
  await db.run(sql`UPDATE evidence SET status = 'rejected' WHERE round_id = ${round} AND id % 17 = 0`);
  await db.run(sql`UPDATE evidence SET deleted_at = '2026-11-01T00:00:00Z' WHERE round_id = ${round} AND id % 19 = 0`);
  await db.run(sql`UPDATE evidence SET expires_on = CASE WHEN id % 2 = 0 THEN '2020-01-01' ELSE '2099-12-31' END WHERE round_id = ${round} AND id % 23 = 0`);
  // Validity windows: publication dates at month ends 1 to 120 months ago cross every indicator's maximum age
  // (12, 24 and 96 months) and the day overflow of month arithmetic (a 31st plus months).
  await db.run(sql`UPDATE evidence SET published_on = date('now', 'start of month', '-' || (id % 120) || ' months', '-1 day') WHERE round_id = ${round} AND id % 3 = 0`);
  // Adjustments: confirmed ones of every item, some over their cap, some netting past the overall cap; proposed and rejected ones count for nothing.
  await db.run(sql`
    INSERT INTO adjustment (round_id, enterprise_id, code, occurrences, evidence_ids, status, proposed_by)
    SELECT ${round}, re.enterprise_id, item.value ->> 'code', 1 + (re.enterprise_id + item.key) % 3, '[]',
           CASE (re.enterprise_id + item.key) % 5 WHEN 0 THEN 'proposed' WHEN 1 THEN 'rejected' ELSE 'confirmed' END,
           (SELECT id FROM user WHERE login = 'e1')
    FROM round_enterprise re, json_each((SELECT json_extract(settings, '$.adjustments') FROM framework WHERE id = ${world.frameworkId})) item
    WHERE re.round_id = ${round} AND (re.enterprise_id * 3 + item.key) % 4 = 0`);
  // The twin keeps tying: the same adjustments as its model.
  await db.run(sql`DELETE FROM adjustment WHERE round_id = ${round} AND enterprise_id = ${b}`);
  await db.run(sql`INSERT INTO adjustment (round_id, enterprise_id, code, occurrences, evidence_ids, status, proposed_by)
                   SELECT round_id, ${b}, code, occurrences, evidence_ids, status, proposed_by FROM adjustment WHERE round_id = ${round} AND enterprise_id = ${a}`);
});

/** A full rebuild through the API and the queue, then the live generation against the reference, and the counters. */
async function compareWithReference() {
  const requested = await call(`/rounds/${world.roundId}/results/rebuild`, { token: world.tokens.admin, method: 'POST' });
  expect(requested.status).toBe(202);
  await derivedIdle(world.db);
  const results = await expectLiveResultsMatchReference(world.db, world.roundId, today);
  await expectCountersMatchReference(world.db, world.roundId, today);
  return results;
}

const setConsensus = (method: string, trimFraction: number) =>
  world.db.run(sql`UPDATE framework SET settings = json_set(settings, '$.consensus.method', ${method}, '$.consensus.trimFraction', ${trimFraction}) WHERE id = ${world.frameworkId}`);

describe('SQL results equal the pure reference', () => {
  it('with the median (the default)', async () => {
    const results = await compareWithReference();
    // The round really is varied: vetoes, unranked, provisional, settled and unsettled disagreements, several grades.
    expect(results.some((r) => r.vetoCodes.length > 0)).toBe(true);
    expect(results.filter((r) => r.total === null)).toHaveLength(2);
    expect(results.some((r) => r.provisional && r.total !== null)).toBe(true);
    expect(results.some((r) => r.unsettledCount > 0)).toBe(true);
    expect(results.some((r) => r.indicators.some((o) => o.settled))).toBe(true);
    expect(results.some((r) => r.indicators.some((o) => o.expertCount >= 4))).toBe(true);
    expect(new Set(results.map((r) => r.grade)).size).toBeGreaterThanOrEqual(3);
    // Adjustments of both signs, capped per item and overall; evidence that expired by age no longer counts.
    expect(results.some((r) => r.adjustmentTotal > 0)).toBe(true);
    expect(results.some((r) => r.adjustmentTotal < 0)).toBe(true);
    expect(results.some((r) => r.adjustments.some((l) => l.capped))).toBe(true);
    expect(results.some((r) => Math.abs(r.adjustmentTotal) === 10)).toBe(true);
    const aged = await world.db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM evidence ev JOIN indicator i ON i.id = ev.indicator_id
      WHERE ev.round_id = ${world.roundId} AND ev.status = 'accepted' AND ev.deleted_at IS NULL AND ev.expires_on IS NULL AND NOT ${withinValidity('ev', 'i', today)}`);
    expect(aged.n).toBeGreaterThan(0);
    const ranks = results.map((r) => r.rankOverall).filter((r) => r !== null);
    expect(new Set(ranks).size).toBeLessThan(ranks.length); // ties share a rank
  }, REBUILD_MS);

  it.each([
    ['mean', 0.2],
    ['trimmed_mean', 0.2],
    ['trimmed_mean', 0.34],
  ])('with the %s (trim %s)', async (method, trim) => {
    await setConsensus(method, trim);
    await compareWithReference();
  }, REBUILD_MS);
});

describe('generations', () => {
  it('switches readers to the rebuilt generation in one statement and prunes the one it replaced', async () => {
    await setConsensus('median', 0.2);
    const before = (await derivedState(world.db, world.roundId))!;
    await compareWithReference();
    const after = (await derivedState(world.db, world.roundId))!;
    expect(after.liveGeneration).toBe(before.liveGeneration + 1);
    expect(after).toMatchObject({ buildingGeneration: null, rebuildStatus: 'idle', rebuildDone: enterprises.length, rebuildTotal: enterprises.length, pruneQueuedAt: null });
    const generations = await world.db.all<{ generation: number }>(sql`SELECT DISTINCT generation FROM result_indicator WHERE round_id = ${world.roundId}
      UNION SELECT generation FROM result_node WHERE round_id = ${world.roundId} UNION SELECT generation FROM result_enterprise WHERE round_id = ${world.roundId}`);
    expect(generations.map((g) => g.generation)).toEqual([after.liveGeneration]);
  }, REBUILD_MS);
});
