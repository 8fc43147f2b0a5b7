// Blind scoring leak tests: until an expert has scored an indicator of an enterprise, no route hands them
// another expert's score, rationale or settlement of it (nor anything computed from them); once they have,
// they see them. Reviewers and admins see everything all along.
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreSettlement } from '../../worker/db/schema';
import { creditCodes } from '../support/test-world';
import { indicatorIds, putScore, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let lvyuan: number;
/** Texts and a value no body can spell by chance: expert2's rationale, the settlement's reason, expert2's value. */
const rationale = `盲评理由-${crypto.randomUUID()}`;
const reason = `裁定理由-${crypto.randomUUID()}`;
const hidden = 3.1415;
const settled = 2.7182;

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  lvyuan = world.enterpriseId(creditCodes.lvyuan);
  await setRoundStatus(world, 'scoring');
  const res = await putScore(world, { token: world.tokens.expert2, enterpriseId: lvyuan, indicatorId: ids['ENV.1.1']!, value: hidden, rationale });
  if (res.status !== 201) throw new Error(JSON.stringify(res.data));
  // A settlement on the same slot, written directly: the route asks for a disagreement the test does not need.
  await world.db.insert(scoreSettlement).values({
    roundId: world.roundId,
    enterpriseId: lvyuan,
    indicatorId: ids['ENV.1.1']!,
    value: settled,
    reason,
    settledBy: world.userIds.get('reviewer')!,
    settledAt: new Date().toISOString(),
  });
});

/** Every route that carries scores, rationales, settlements or what is computed from them ({e}: lvyuan). */
const readers = [
  '/enterprises/{e}/scores',
  '/enterprises/{e}/panel',
  '/enterprises/{e}/explanation',
  '/results',
  '/results/enterprises/{e}',
  '/results/statistics',
  '/commendations',
  '/agreement',
  '/agreement?enterpriseId={e}',
  '/exports/scores',
  '/exports/results',
  '/exports/agreement',
  '/documentation-requests',
];
const pathOf = (route: string) => `/rounds/${world.roundId}${route.replace('{e}', String(lvyuan))}`;

const bodyOf = async (path: string, token: string) => {
  const res = await call(path, { token });
  return { status: res.status, text: typeof res.data === 'string' ? res.data : JSON.stringify(res.data) };
};

const leaks = (text: string) => [rationale, reason, String(hidden), String(settled)].filter((s) => text.includes(s));

describe('blind scoring across every route', () => {
  it.each(readers)('%s: the expert who has not scored the slot receives none of it', async (route) => {
    const path = pathOf(route);
    const { status, text } = await bodyOf(path, world.tokens.expert);
    expect([200, 403], path).toContain(status);
    expect(leaks(text), path).toEqual([]);
  });

  it('hands reviewers and admins the other expert’s score, rationale and the settlement before anyone else scored', async () => {
    for (const login of ['reviewer', 'admin'] as const) {
      const scores = await call(`/rounds/${world.roundId}/enterprises/${lvyuan}/scores`, { token: world.tokens[login] });
      expect(scores.data.items).toEqual(expect.arrayContaining([expect.objectContaining({ value: hidden, rationale })]));
      expect(scores.data.settlements).toEqual([expect.objectContaining({ value: settled, reason })]);
      const panel = await bodyOf(`/rounds/${world.roundId}/enterprises/${lvyuan}/panel`, world.tokens[login]);
      expect(leaks(panel.text).sort()).toEqual([rationale, reason, String(hidden), String(settled)].sort());
    }
  });

  it('marks the slot blind in the expert’s panel, and clears it once they have scored', async () => {
    const before = await call(`/rounds/${world.roundId}/enterprises/${lvyuan}/panel`, { token: world.tokens.expert });
    expect(before.data.indicators.find((i: { indicatorId: number }) => i.indicatorId === ids['ENV.1.1'])).toMatchObject({ blind: true, outcome: null });
    expect((await putScore(world, { token: world.tokens.expert, enterpriseId: lvyuan, indicatorId: ids['ENV.1.1']!, value: 8 })).status).toBe(201);
    const after = await call(`/rounds/${world.roundId}/enterprises/${lvyuan}/panel`, { token: world.tokens.expert });
    expect(after.data.indicators.find((i: { indicatorId: number }) => i.indicatorId === ids['ENV.1.1'])).toMatchObject({ blind: false });
    const scores = await call(`/rounds/${world.roundId}/enterprises/${lvyuan}/scores`, { token: world.tokens.expert });
    expect(scores.data.items).toEqual(expect.arrayContaining([expect.objectContaining({ value: hidden, rationale }), expect.objectContaining({ value: 8 })]));
    expect(scores.data.settlements).toEqual([expect.objectContaining({ value: settled, reason })]);
    const exported = await bodyOf(`/rounds/${world.roundId}/exports/scores`, world.tokens.expert);
    expect(exported.text).toContain(rationale);
  });

  it('keeps the other slots blind after the expert scored one', async () => {
    expect((await putScore(world, { token: world.tokens.expert2, enterpriseId: lvyuan, indicatorId: ids['ENV.1.2']!, value: 1.4142, rationale: `${rationale}-2` })).status).toBe(201);
    const scores = await bodyOf(`/rounds/${world.roundId}/enterprises/${lvyuan}/scores`, world.tokens.expert);
    expect(scores.text).not.toContain(`${rationale}-2`);
    expect(scores.text).not.toContain('1.4142');
  });
});
