// The explanation when the framework shows evaluators' names (settings.showExpertNames): the enterprise then
// reads who gave each rationale. Its own world, seeded on such a framework (a published one never changes, and
// its settings are read once per isolate).
import { beforeAll, describe, expect, it } from 'vitest';
import { miniFramework } from '../support/mini-framework';
import { creditCodes, testWorldSpec } from '../support/test-world';
import { indicatorIds, publishExample } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld({ ...testWorldSpec, framework: { ...miniFramework, settings: { ...miniFramework.settings, showExpertNames: true } } });
  await publishExample(world, await indicatorIds(world));
});

describe('GET /rounds/:roundId/enterprises/:enterpriseId/explanation with names shown', () => {
  it('names the expert behind each rationale to the enterprise', async () => {
    const res = await call(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.huaxin)}/explanation`, { token: world.tokens.huaxin });
    expect(res.status).toBe(200);
    const names = res.data.indicators.flatMap((i: { rationales: { expert: { displayName: string } | null }[] }) => i.rationales.map((r) => r.expert?.displayName));
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['李专家']));
  });
});
