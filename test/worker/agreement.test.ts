// Inter-rater agreement from the stored scores: the SQL aggregates (worker/queries/agreement-sql.ts) give the
// same alpha per indicator, dimension, expert and round as the pure reference (shared/domain/agreement).
import { beforeAll, describe, expect, it } from 'vitest';
import { agreementFigure, agreementSums, expertFigure, type Rating } from '../../shared/domain/agreement/round-agreement';
import { creditCodes } from '../support/test-world';
import { indicatorIds, putScore, scoreEverything, setRoundStatus } from './support/scenario';
import { agreementSumsOfRound } from '../../worker/queries/agreement-sql';
import { derivedIdle } from './support/derived';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
const ratings: Rating[] = [];
const path = () => `/rounds/${world.roundId}/agreement`;

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  await setRoundStatus(world, 'scoring');
  const dimensionOf = (code: string) => ids[code.split('.')[0]!]!;
  const expertValue = (creditCode: string, code: string) => 3 + ((creditCode.charCodeAt(12) + code.length * 7 + code.charCodeAt(code.length - 1)) % 7);
  await scoreEverything(world, ids, (slot) => expertValue(slot.creditCode, slot.indicatorCode));
  for (const creditCode of Object.values(creditCodes)) {
    for (const code of ['STAFF.1.1', 'STAFF.1.2', 'ENV.1.1', 'ENV.1.2']) {
      if (code === 'ENV.1.2' && creditCode !== creditCodes.lvyuan) continue;
      ratings.push({ enterpriseId: world.enterpriseId(creditCode), indicatorId: ids[code]!, dimensionId: dimensionOf(code), expertId: world.userIds.get('expert')!, share: expertValue(creditCode, code) / 10 });
    }
  }
  // expert2 rates the pollution group of the two enterprises of 南翔镇, close to the expert on some, far on others.
  const second: [string, string, number][] = [
    [creditCodes.huaxin, 'ENV.1.1', 6],
    [creditCodes.lvyuan, 'ENV.1.1', 9],
    [creditCodes.lvyuan, 'ENV.1.2', 2.5],
  ];
  for (const [creditCode, code, value] of second) {
    const res = await putScore(world, { token: world.tokens.expert2, enterpriseId: world.enterpriseId(creditCode), indicatorId: ids[code]!, value });
    if (res.status !== 201) throw new Error(JSON.stringify(res.data));
    ratings.push({ enterpriseId: world.enterpriseId(creditCode), indicatorId: ids[code]!, dimensionId: dimensionOf(code), expertId: world.userIds.get('expert2')!, share: value / 10 });
  }
  // The round's figures are recomputed on the queue after the scores changed (ADR 001).
  await derivedIdle(world.db);
});

describe('GET /rounds/:roundId/agreement', () => {
  it('gives the pure reference’s alpha per round, dimension, indicator and expert', async () => {
    const res = await call(path(), { token: world.tokens.reviewer });
    expect(res.status).toBe(200);
    const reference = agreementSums(ratings);
    expect(res.data.round).toEqual(agreementFigure(reference.round));
    expect(res.data.round.units).toBe(3);
    for (const d of res.data.dimensions) expect(d, d.code).toMatchObject(agreementFigure(reference.dimensions.get(d.id)!));
    for (const i of res.data.indicators) expect(i, i.code).toMatchObject(agreementFigure(reference.indicators.get(i.id)!));
    for (const e of res.data.experts) expect(e, e.expert.displayName).toMatchObject(expertFigure(reference.experts.get(e.expert.id)!));
    expect(res.data.experts.map((e: { expert: { displayName: string } }) => e.expert.displayName).sort()).toEqual(['李专家', '王专家']);
  });

  it('adds up to the same sums whether the round is read in one chunk of enterprises or one enterprise at a time', async () => {
    const whole = await agreementSumsOfRound(world.db, world.roundId);
    const apart = await agreementSumsOfRound(world.db, world.roundId, 0, 1);
    expect(agreementFigure(apart.round)).toEqual(agreementFigure(whole.round));
    for (const [id, sums] of whole.indicators) expect(agreementFigure(apart.indicators.get(id)!)).toEqual(agreementFigure(sums));
    for (const [id, e] of whole.experts) expect(expertFigure(apart.experts.get(id)!)).toEqual(expertFigure(e));
    expect(agreementFigure(apart.round)).toEqual(agreementFigure(agreementSums(ratings).round));
  });

  it('adds one enterprise’s units when asked', async () => {
    const lvyuan = world.enterpriseId(creditCodes.lvyuan);
    const res = await call(`${path()}?enterpriseId=${lvyuan}`, { token: world.tokens.admin });
    expect(res.data.enterprise).toEqual({ id: lvyuan, ...agreementFigure(agreementSums(ratings.filter((r) => r.enterpriseId === lvyuan)).round) });
  });

  it('is 400 for a bad enterprise id, 401 anonymous, 403 for experts, coordinators and enterprises, 404 for an unknown round or enterprise', async () => {
    expect((await call(`${path()}?enterpriseId=x`, { token: world.tokens.reviewer })).status).toBe(400);
    expect((await call(path())).status).toBe(401);
    for (const login of ['expert', 'coordinator', 'huaxin'] as const) expect((await call(path(), { token: world.tokens[login] })).status, login).toBe(403);
    expect((await call('/rounds/999999/agreement', { token: world.tokens.admin })).status).toBe(404);
    expect((await call(`${path()}?enterpriseId=999999`, { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/exports/agreement', () => {
  it('downloads the figures as CSV for reviewers; 403 for experts', async () => {
    const res = await call(`/rounds/${world.roundId}/exports/agreement`, { token: world.tokens.reviewer });
    expect(res.status).toBe(200);
    expect(String(res.data)).toContain('ENV.1.1');
    expect((await call(`/rounds/${world.roundId}/exports/agreement`, { token: world.tokens.expert })).status).toBe(403);
  });
});
