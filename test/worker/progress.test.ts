// Progress of the small test world in scoring: the expert scored all 10 applicable slots, expert2 one of
// its three (huaxin's ENV.1.1, at 2 against the expert's 8: an open disagreement), one clip for huaxin.
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes, streets } from '../support/test-world';
import { saveClip } from './saved-clip';
import { exampleValue, indicatorIds, putScore, scoreEverything, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
  const ids = await indicatorIds(world);
  await saveClip(world);
  await setRoundStatus(world, 'scoring');
  await scoreEverything(world, ids, exampleValue);
  await putScore(world, { token: world.tokens.expert2, enterpriseId: world.enterpriseId(creditCodes.huaxin), indicatorId: ids['ENV.1.1']!, value: 2 });
});

const progress = (token?: string, roundId = world.roundId) => call(`/rounds/${roundId}/progress`, { token });

describe('GET /rounds/:roundId/progress', () => {
  it('counts evidence, scored slots, open disagreements and sign-offs per street, and each expert’s share', async () => {
    const res = await progress(world.tokens.reviewer);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ roundId: world.roundId, street: null, streetId: null });
    // In the registry's official order (南翔镇 is the 4th, 安亭镇 the 5th), not by name.
    expect(res.data.streets).toEqual([
      { streetId: world.streetId(streets.nanxiang), street: streets.nanxiang, enterprises: 2, evidence: 1, acceptedEvidence: 0, applicableSlots: 7, scoredSlots: 7, openDisagreements: 1, signedOff: 0 },
      { streetId: world.streetId(streets.anting), street: streets.anting, enterprises: 1, evidence: 0, acceptedEvidence: 0, applicableSlots: 3, scoredSlots: 3, openDisagreements: 0, signedOff: 0 },
    ]);
    expect(res.data.experts).toEqual([
      { expert: { id: world.userIds.get('expert'), displayName: '李专家', bureau: '区人社局' }, assignedSlots: 10, scoredSlots: 10, evidence: 1, openDisagreements: 1 },
      { expert: { id: world.userIds.get('expert2'), displayName: '王专家', bureau: '区生态环境局' }, assignedSlots: 3, scoredSlots: 1, evidence: 0, openDisagreements: 1 },
    ]);
  });

  it('gives a coordinator the figures of their street only', async () => {
    const res = await progress(world.tokens['coordinator-anting']);
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ street: streets.anting, streetId: world.streetId(streets.anting) });
    expect(res.data.streets.map((s: { street: string }) => s.street)).toEqual([streets.anting]);
    expect(res.data.experts.map((e: { assignedSlots: number; scoredSlots: number; openDisagreements: number }) => [e.assignedSlots, e.scoredSlots, e.openDisagreements])).toEqual([
      [3, 3, 0],
      [0, 0, 0],
    ]);
  });

  it('is 400 for a bad id, 401 anonymous, 403 for enterprises and outsiders, 404 for an unknown round', async () => {
    expect((await call('/rounds/x/progress', { token: world.tokens.admin })).status).toBe(400);
    expect((await progress()).status).toBe(401);
    expect((await progress(world.tokens.huaxin)).status).toBe(403);
    expect((await progress(world.tokens.outsider)).status).toBe(403);
    expect((await progress(world.tokens.admin, 999)).status).toBe(404);
    expect((await progress(world.tokens.expert)).status).toBe(200);
  });
});
