// Good-practice cases beyond a handful: a round's list and the public pages read the cases' indicators and
// sources in one statement each, which must not bind one parameter per id (D1 allows 100 per statement).
import { exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { freshEvidence } from './access/targets';
import { indicatorIds, publishExample } from './support/scenario';
import { call, createWorld, type World } from './world';

const CASES = 12;
const SOURCES = 10;

let world: World;

beforeAll(async () => {
  world = await createWorld();
  const ids = await indicatorIds(world);
  const sources: number[] = [];
  for (let i = 0; i < SOURCES; i++) sources.push(await freshEvidence(world, 'lvyuan', { status: 'accepted', text: `绿源实践来源 ${i}`, indicatorId: ids['ENV.1.1'] }));
  await publishExample(world, ids);
  for (let i = 0; i < CASES; i++) {
    const made = await call(`/rounds/${world.roundId}/cases`, {
      token: world.tokens.admin,
      json: { enterpriseId: world.enterpriseId(creditCodes.lvyuan), title: { zh: `绿源案例 ${i}` }, summary: { zh: '做法' }, indicatorIds: [ids['ENV.1.1']], evidenceIds: sources },
    });
    expect(made.status).toBe(201);
    const consented = await call(`/cases/${made.data.id}/consent`, { token: world.tokens.admin, json: { method: 'offline', note: '电话确认' } });
    expect((await call(`/cases/${made.data.id}/publication`, { token: world.tokens.admin, json: { published: true, version: consented.data.version } })).status).toBe(200);
  }
});

describe('GET /rounds/:roundId/cases', () => {
  it(`lists ${CASES} cases of ${SOURCES} sources each with their sources`, async () => {
    const res = await call(`/rounds/${world.roundId}/cases`, { token: world.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.data.items).toHaveLength(CASES);
    for (const item of res.data.items) expect(item.sources).toHaveLength(SOURCES);
  });
});

describe('GET /public/cases', () => {
  it(`shows a full page of cases of ${SOURCES} sources each`, async () => {
    const res = await exports.default.fetch(new Request('http://127.0.0.1/public/cases'));
    expect(res.status).toBe(200);
    expect((await res.text()).match(/绿源案例 \d+/g)?.length).toBeGreaterThanOrEqual(CASES);
  });
});
