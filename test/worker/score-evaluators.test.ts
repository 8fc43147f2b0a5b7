// After publication an enterprise reads its scores with the rationales, but not who gave them, unless the
// framework's settings.showExpertNames says so; evaluators always see the names.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { framework } from '../../worker/db/schema';
import { creditCodes } from '../support/test-world';
import { indicatorIds, publishExample } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
  await publishExample(world, await indicatorIds(world));
});

const scores = (token: string) => call(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.huaxin)}/scores`, { token });

async function showExpertNames(show: boolean) {
  const found = await world.db.query.framework.findFirst({ where: (f, { eq }) => eq(f.id, world.frameworkId) });
  await world.db.update(framework).set({ settings: { ...found!.settings, showExpertNames: show } }).where(eq(framework.id, world.frameworkId));
}

describe('GET /rounds/:roundId/enterprises/:enterpriseId/scores (who scored)', () => {
  it('gives the enterprise the values and rationales without the experts', async () => {
    const own = await scores(world.tokens.huaxin);
    expect(own.status).toBe(200);
    expect(own.data.items.length).toBeGreaterThan(0);
    expect(own.data.items.every((s: { expert: unknown; rationale: string }) => s.expert === null && s.rationale === '依据报告第3页')).toBe(true);
    expect(JSON.stringify(own.data)).not.toContain('李专家');
    expect((await scores(world.tokens.reviewer)).data.items[0].expert).toMatchObject({ displayName: '李专家' });
  });

  it('names them when the framework shows expert names', async () => {
    await showExpertNames(true);
    expect((await scores(world.tokens.huaxin)).data.items[0].expert).toMatchObject({ displayName: '李专家' });
    await showExpertNames(false);
  });
});
