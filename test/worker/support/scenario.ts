// Steps the round-level worker tests share: indicator ids by code, scoring through the API, and moving
// the round to a state directly (the transitions route has tests of its own).
import { eq } from 'drizzle-orm';
import type { RoundStatus } from '../../../shared/schemas/round';
import { round } from '../../../worker/db/schema';
import { call, type World } from '../world';

export async function indicatorIds(world: World) {
  const tree = await call(`/rounds/${world.roundId}/indicators`, { token: world.tokens.admin });
  return Object.fromEntries(tree.data.items.map((n: { code: string; id: number }) => [n.code, n.id])) as Record<string, number>;
}

export const setRoundStatus = (world: World, status: RoundStatus) => world.db.update(round).set({ status }).where(eq(round.id, world.roundId));

export type ScoreCall = { token: string; enterpriseId: number; indicatorId: number; value: number; version?: number; rationale?: string; evidenceIds?: number[] };

export const scorePath = (world: World, enterpriseId: number, indicatorId: number) =>
  `/rounds/${world.roundId}/enterprises/${enterpriseId}/indicators/${indicatorId}/my-score`;

export const putScore = (world: World, s: ScoreCall) =>
  call(scorePath(world, s.enterpriseId, s.indicatorId), {
    method: 'PUT',
    token: s.token,
    json: { value: s.value, rationale: s.rationale ?? '依据报告第3页', evidenceIds: s.evidenceIds ?? [], version: s.version ?? 0 },
  });
