// Statistics of the example round (see results.test.ts): totals 80 (A), 68 (B), 62 (C, vetoed);
// STAFF 50/80/80 and ENV 80/80/50 across the three enterprises.
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleValue, indicatorIds, scoreEverything, setRoundStatus } from './support/scenario';
import { derivedIdle } from './support/derived';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
  await setRoundStatus(world, 'scoring');
  await scoreEverything(world, await indicatorIds(world), exampleValue);
  await derivedIdle(world.db);
});

const statistics = (token?: string, roundId = world.roundId) => call(`/rounds/${roundId}/results/statistics`, { token });

describe('GET /rounds/:roundId/results/statistics', () => {
  it('gives each dimension’s median and mean, the spread of totals, a 10-point histogram and grade counts', async () => {
    const res = await statistics(world.tokens.coordinator);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ roundId: world.roundId, enterprises: 3, total: { median: 68, mean: 70, min: 62, max: 80 } });
    expect(res.data.dimensions.map((d: { code: string; count: number; median: number; mean: number }) => [d.code, d.count, d.median, d.mean])).toEqual([
      ['STAFF', 3, 80, 70],
      ['ENV', 3, 80, 70],
    ]);
    expect(res.data.histogram).toHaveLength(10);
    expect(res.data.histogram.map((b: { count: number }) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 2, 0, 1, 0]);
    expect(res.data.histogram[6]).toEqual({ from: 60, to: 70, count: 2 });
    expect(res.data.grades.map((g: { grade: string; count: number }) => [g.grade, g.count])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 1],
    ]);
  });

  it('is 400 for a bad id, 401 anonymous, 403 for outsiders and enterprises before publication, 404 for an unknown round', async () => {
    expect((await call('/rounds/0/results/statistics', { token: world.tokens.admin })).status).toBe(400);
    expect((await statistics()).status).toBe(401);
    expect((await statistics(world.tokens.outsider)).status).toBe(403);
    expect((await statistics(world.tokens.huaxin)).status).toBe(403);
    expect((await statistics(world.tokens.admin, 999)).status).toBe(404);
  });
});
