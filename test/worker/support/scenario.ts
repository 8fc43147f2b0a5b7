// Steps the round-level worker tests share: indicator ids by code, scoring through the API, and moving
// the round to a state directly (the transitions route has tests of its own).
import { eq } from 'drizzle-orm';
import type { RoundStatus } from '../../../shared/schemas/round';
import { round } from '../../../worker/db/schema';
import { creditCodes } from '../../support/test-world';
import { saveClip } from '../saved-clip';
import { call, createWorld, type World } from '../world';
import { derivedIdle } from './derived';

export async function indicatorIds(world: World) {
  const tree = await call(`/rounds/${world.roundId}/indicators`, { token: world.tokens.admin });
  return Object.fromEntries(tree.data.items.map((n: { code: string; id: number }) => [n.code, n.id])) as Record<string, number>;
}

export const setRoundStatus = (world: World, status: RoundStatus) => world.db.update(round).set({ status }).where(eq(round.id, world.roundId));

/** The small test world with its round open for scoring, and its indicator ids by code. */
export async function scoringWorld() {
  const world = await createWorld();
  await setRoundStatus(world, 'scoring');
  return { world, ids: await indicatorIds(world) };
}

export type ScoreCall = { token: string; enterpriseId: number; indicatorId: number; value: number; version?: number; rationale?: string; evidenceIds?: number[] };

export const scorePath = (world: World, enterpriseId: number, indicatorId: number) =>
  `/rounds/${world.roundId}/enterprises/${enterpriseId}/indicators/${indicatorId}/my-score`;

export const putScore = (world: World, s: ScoreCall) =>
  call(scorePath(world, s.enterpriseId, s.indicatorId), {
    method: 'PUT',
    token: s.token,
    json: { value: s.value, rationale: s.rationale ?? '依据报告第3页', evidenceIds: s.evidenceIds ?? [], version: s.version ?? 0 },
  });

/** Applicable (enterprise, indicator) pairs of the small test world: ENV.1.2 only for the construction company. */
export function testSlots(world: World, ids: Record<string, number>) {
  const applicable = (code: string, industry: string) => code !== 'ENV.1.2' || industry === 'construction';
  const enterprises = [
    ['91310114MA1GT35K7H', 'manufacturing'],
    ['91310114MA1GU12340', 'construction'],
    ['91310114MA1GW5678U', 'logistics'],
  ] as const;
  return enterprises.flatMap(([code, industry]) =>
    ['STAFF.1.1', 'STAFF.1.2', 'ENV.1.1', 'ENV.1.2'].filter((c) => applicable(c, industry)).map((c) => ({ creditCode: code, enterpriseId: world.enterpriseId(code), indicatorCode: c, indicatorId: ids[c]! })),
  );
}

type Slot = ReturnType<typeof testSlots>[number];

/** The expert (assigned to everything) scores every applicable slot; `value` picks the score, `rationale` its reason. */
export async function scoreEverything(world: World, ids: Record<string, number>, value: (slot: Slot) => number, rationale?: (slot: Slot) => string) {
  for (const slot of testSlots(world, ids)) {
    const res = await putScore(world, { token: world.tokens.expert, enterpriseId: slot.enterpriseId, indicatorId: slot.indicatorId, value: value(slot), rationale: rationale?.(slot) });
    if (res.status !== 201) throw new Error(`scoring ${slot.indicatorCode} of ${slot.creditCode}: ${JSON.stringify(res.data)}`);
  }
}

/** Scores in the test world's example: huaxin fails mandatory STAFF.1.1 (4), jiaan's ENV.1.1 is weak (5), the rest 8. */
export const exampleValue = (slot: { creditCode: string; indicatorCode: string }) =>
  slot.indicatorCode === 'STAFF.1.1' && slot.creditCode === '91310114MA1GT35K7H' ? 4 : slot.indicatorCode === 'ENV.1.1' && slot.creditCode === '91310114MA1GW5678U' ? 5 : 8;

/** Scores every slot with exampleValue, signs every enterprise off and publishes the round through the API. */
export async function publishExample(world: World, ids: Record<string, number>, rationale?: (slot: Slot) => string) {
  await setRoundStatus(world, 'scoring');
  await scoreEverything(world, ids, exampleValue, rationale);
  await setRoundStatus(world, 'reviewing');
  for (const enterpriseId of world.enterpriseIds.values()) {
    // The test world has no accepted evidence: each sign-off is confirmed over its low completeness.
    await call(`/rounds/${world.roundId}/enterprises/${enterpriseId}/sign-off`, { token: world.tokens.reviewer, json: { confirm: { reason: '测试世界' } } });
  }
  const published = await call(`/rounds/${world.roundId}/transitions`, { token: world.tokens.admin, json: { to: 'published' } });
  if (published.status !== 200) throw new Error(`publishing: ${JSON.stringify(published.data)}`);
}

/**
 * The small world in scoring as the progress and list tests read it: the expert scored all 10 applicable slots,
 * expert2 one (huaxin's ENV.1.1, at 2 against the expert's 8: an open disagreement), one clip for huaxin, and the
 * derived rollups refreshed.
 */
export async function oneDisagreementWorld() {
  const world = await createWorld();
  const ids = await indicatorIds(world);
  await saveClip(world);
  await setRoundStatus(world, 'scoring');
  await scoreEverything(world, ids, exampleValue);
  await putScore(world, { token: world.tokens.expert2, enterpriseId: world.enterpriseId(creditCodes.huaxin), indicatorId: ids['ENV.1.1']!, value: 2 });
  await derivedIdle(world.db);
  return world;
}
