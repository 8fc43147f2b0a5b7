// Inter-rater agreement from the stored scores: the SQL aggregates (worker/queries/agreement-sql.ts) give the
// same figures per indicator (alpha with the metric the framework gives it, ICC(2,1), ICC(2,k)), dimension,
// expert, enterprise and round as the pure reference (shared/domain/agreement), on scores with missing ratings,
// units rated once and experts in different combinations.
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rubricLevelFor } from '../../shared/domain/scoring/rubric';
import {
  agreementFigure,
  expertFigure,
  expertSums,
  indicatorParts,
  intervalAlphaOf,
  metricFor,
  partsOf,
  sumParts,
  type Rating,
} from '../../shared/domain/agreement/round-agreement';
import type { AgreementSettings } from '../../shared/schemas/framework';
import { score } from '../../worker/db/schema';
import { creditCodes, testWorldSpec } from '../support/test-world';
import { miniFramework } from '../support/mini-framework';
import { indicatorIds, setRoundStatus } from './support/scenario';
import { refreshAgreementOf } from '../../worker/jobs/agreement';
import { agreementPartsOfRound } from '../../worker/queries/agreement-sql';
import { call, createWorld, type World } from './world';

/** The framework measures ENV.1.1 (a rate) on the interval metric; everything else is ordinal by default. */
const agreementSettings: AgreementSettings = { indicators: { 'ENV.1.1': 'interval' } };
const spec = { ...testWorldSpec, framework: { ...miniFramework, settings: { ...miniFramework.settings, agreement: agreementSettings } } };

let world: World;
let ids: Record<string, number>;
const ratings: Rating[] = [];
const path = () => `/rounds/${world.roundId}/agreement`;
const codes = ['STAFF.1.1', 'STAFF.1.2', 'ENV.1.1', 'ENV.1.2'];

/** Scores written straight into D1 (not through the API): the round's cached agreement is recomputed as the queue would (ADR 001). */
async function scoresChangedBehindTheApi() {
  await world.db.run(sql`UPDATE results_state SET scores_seq = scores_seq + 1, agreement_queued_at = ${new Date().toISOString()} WHERE round_id = ${world.roundId}`);
  await refreshAgreementOf(world.db, world.roundId);
}

beforeAll(async () => {
  world = await createWorld(spec);
  ids = await indicatorIds(world);
  await setRoundStatus(world, 'scoring');
  const raters = ['expert', 'expert2', 'reviewer', 'admin'].map((login) => world.userIds.get(login)!);
  const rubric = miniFramework.dimensions.flatMap((d) => d.children.flatMap((g) => g.children)).find((i) => i.code === 'STAFF.1.1')!.rubric;
  const rows: (typeof score.$inferInsert)[] = [];
  Object.values(creditCodes).forEach((creditCode, e) =>
    codes.forEach((code, i) =>
      raters.forEach((expertId, r) => {
        // Who rated what varies: some units by all four, some by two or three, one by one expert only.
        if ((e + i + r) % 4 === 3 || (e === 2 && i === 3 && r > 0)) return;
        const value = [2, 4, 4.5, 6, 7.5, 8, 10][(e * 5 + i * 3 + r * 2 + (r === 3 ? e : 0)) % 7]!;
        rows.push({ roundId: world.roundId, enterpriseId: world.enterpriseId(creditCode), indicatorId: ids[code]!, expertId, value, rubricLevel: rubricLevelFor(rubric, value), rationale: '一致性测试' });
        ratings.push({ enterpriseId: world.enterpriseId(creditCode), indicatorId: ids[code]!, dimensionId: ids[code.split('.')[0]!]!, expertId, share: value / 10 });
      }),
    ),
  );
  // D1 takes at most 100 bound values a statement: a few rows at a time.
  for (let i = 0; i < rows.length; i += 10) await world.db.insert(score).values(rows.slice(i, i + 10));
  await scoresChangedBehindTheApi();
});

/** Figures equal to four decimals, tolerating the last digit where SQL and JavaScript add in another order. */
function expectSameFigure(actual: Record<string, unknown>, expected: ReturnType<typeof agreementFigure>, what: string) {
  const close = (a: unknown, b: number | null, label: string) => (b === null ? expect(a, label).toBeNull() : expect(a as number, label).toBeCloseTo(b, 3));
  expect(actual.metric, what).toBe(expected.metric);
  expect({ units: actual.units, pairable: actual.pairable }, what).toEqual({ units: expected.units, pairable: expected.pairable });
  close(actual.alpha, expected.alpha, `${what} alpha`);
  const icc = actual.icc as typeof expected.icc;
  close(icc.single, expected.icc.single, `${what} ICC(2,1)`);
  close(icc.average, expected.icc.average, `${what} ICC(2,k)`);
  expect({ units: icc.units, raters: icc.raters }, what).toEqual({ units: expected.icc.units, raters: expected.icc.raters });
}

describe('GET /rounds/:roundId/agreement', () => {
  it('gives the pure reference’s figures per round, dimension, indicator and expert', async () => {
    const res = await call(path(), { token: world.tokens.reviewer });
    expect(res.status).toBe(200);
    const parts = indicatorParts(ratings);
    expect(res.data.metric).toBe('ordinal');
    expectSameFigure(res.data.round, agreementFigure(sumParts(parts.values()), 'ordinal'), 'round');
    expect(res.data.round.units).toBeGreaterThan(8);
    expect(res.data.round.intervalAlpha).toBeCloseTo(intervalAlphaOf(expertSums(ratings).round)!, 3);
    for (const d of res.data.dimensions) {
      expectSameFigure(d, agreementFigure(partsOf(ratings.filter((r) => r.dimensionId === d.id)), 'ordinal'), d.code);
    }
    expect(res.data.indicators.map((i: { code: string }) => i.code).sort()).toEqual([...codes].sort());
    for (const i of res.data.indicators) expectSameFigure(i, agreementFigure(parts.get(i.id)!, metricFor(agreementSettings, i.code)), i.code);
    const experts = expertSums(ratings).experts;
    for (const e of res.data.experts) expect(e, e.expert.displayName).toMatchObject(expertFigure(experts.get(e.expert.id)!));
    expect(res.data.experts).toHaveLength(4);
  });

  it('measures each indicator on its own metric: interval where the framework says so, ordinal elsewhere', async () => {
    const res = await call(path(), { token: world.tokens.admin });
    const metricOf = (code: string) => res.data.indicators.find((i: { code: string }) => i.code === code).metric;
    expect(metricOf('ENV.1.1')).toBe('interval');
    expect(metricOf('STAFF.1.1')).toBe('ordinal');
  });

  it('adds up to the same parts whether the round is read in one chunk of enterprises or one enterprise at a time', async () => {
    const whole = await agreementPartsOfRound(world.db, world.roundId);
    const apart = await agreementPartsOfRound(world.db, world.roundId, undefined, 1);
    for (const [id, parts] of whole.indicators) expect(agreementFigure(apart.indicators.get(id)!, 'ordinal')).toEqual(agreementFigure(parts, 'ordinal'));
    expect(agreementFigure(sumParts(apart.indicators.values()), 'interval')).toEqual(agreementFigure(sumParts(indicatorParts(ratings).values()), 'interval'));
  });

  it('adds one enterprise’s units when asked', async () => {
    const lvyuan = world.enterpriseId(creditCodes.lvyuan);
    const res = await call(`${path()}?enterpriseId=${lvyuan}`, { token: world.tokens.admin });
    expect(res.data.enterprise.id).toBe(lvyuan);
    expectSameFigure(res.data.enterprise, agreementFigure(partsOf(ratings.filter((r) => r.enterpriseId === lvyuan)), 'ordinal'), 'enterprise');
  });

  it('is 400 for a bad enterprise id, 401 anonymous, 403 for experts, coordinators and enterprises, 404 for an unknown round or enterprise', async () => {
    expect((await call(`${path()}?enterpriseId=x`, { token: world.tokens.reviewer })).status).toBe(400);
    expect((await call(path())).status).toBe(401);
    for (const login of ['expert', 'coordinator', 'huaxin'] as const) expect((await call(path(), { token: world.tokens[login] })).status, login).toBe(403);
    expect((await call('/rounds/999999/agreement', { token: world.tokens.admin })).status).toBe(404);
    expect((await call(`${path()}?enterpriseId=999999`, { token: world.tokens.admin })).status).toBe(404);
  });

  it('leaves out an indicator nobody scored', async () => {
    await world.db.run(sql`DELETE FROM score WHERE round_id = ${world.roundId} AND indicator_id = ${ids['STAFF.1.2']!}`);
    await scoresChangedBehindTheApi();
    const res = await call(path(), { token: world.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.data.indicators.map((i: { code: string }) => i.code)).not.toContain('STAFF.1.2');
  });
});

describe('GET /rounds/:roundId/exports/agreement', () => {
  it('downloads the figures with the metric and the ICCs as CSV for reviewers; 403 for experts', async () => {
    const res = await call(`/rounds/${world.roundId}/exports/agreement`, { token: world.tokens.reviewer });
    expect(res.status).toBe(200);
    const csv = String(res.data);
    expect(csv).toContain('ENV.1.1');
    expect(csv).toContain('ICC(2,1)');
    expect(csv).toContain('ICC(2,k)');
    expect(csv).toMatch(/ENV\.1\.1[^\n]*interval/);
    expect((await call(`/rounds/${world.roundId}/exports/agreement`, { token: world.tokens.expert })).status).toBe(403);
  });
});
