import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rectification, round } from '../../worker/db/schema';
import { exampleValue, indicatorIds, scoreEverything, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
});

const roundBody = (overrides: Record<string, unknown> = {}) => ({ name: { zh: '2027年度测评', en: '2027 evaluation' }, year: 2027, frameworkId: world.frameworkId, ...overrides });
const transition = (to: string, token = world.tokens.admin, roundId = world.roundId) => call(`/rounds/${roundId}/transitions`, { token, json: { to } });

describe('GET /rounds', () => {
  it('lists all rounds to admins and their own to members', async () => {
    expect((await call('/rounds', { token: world.tokens.expert })).data.items.map((r: { id: number }) => r.id)).toEqual([world.roundId]);
    expect((await call('/rounds', { token: world.tokens.outsider })).data.items).toEqual([]);
    expect((await call('/rounds')).status).toBe(401);
  });
});

describe('GET /rounds/:roundId', () => {
  it('reads a round with its pinned framework and result state', async () => {
    const res = await call(`/rounds/${world.roundId}`, { token: world.tokens.huaxin });
    // The seeded round's results were built with it (ADR 001): current, nothing on its way.
    expect(res.data).toMatchObject({ status: 'collecting', framework: { code: 'mini-csr', version: 1 }, resultsStale: false, version: 1 });
    expect(res.data.resultsComputedAt).toBeTruthy();
    expect((await call(`/rounds/${world.roundId}`, { token: world.tokens.outsider })).status).toBe(403);
    expect((await call('/rounds/999', { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('POST /rounds', () => {
  it('creates a round in preparing on a published framework, audited', async () => {
    const res = await call('/rounds', { token: world.tokens.admin, json: roundBody() });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ status: 'preparing', year: 2027, framework: { id: world.frameworkId } });
    expect(await world.db.query.auditLog.findFirst({ where: (a, { eq }) => eq(a.action, 'round.create') })).toMatchObject({ resourceId: String(res.data.id) });
  });

  it('is 409 on a draft framework, 404 on an unknown one, 400 for a bad body and 403 for non-admins', async () => {
    const { miniFramework } = await import('../support/mini-framework');
    const draft = await call('/frameworks/import', { token: world.tokens.admin, json: { document: { ...miniFramework, code: 'draft-for-round' } } });
    expect((await call('/rounds', { token: world.tokens.admin, json: roundBody({ frameworkId: draft.data.id }) })).data.error.code).toBe('framework_state');
    expect((await call('/rounds', { token: world.tokens.admin, json: roundBody({ frameworkId: 9999 }) })).status).toBe(404);
    expect((await call('/rounds', { token: world.tokens.admin, json: roundBody({ year: 1900 }) })).status).toBe(400);
    expect((await call('/rounds', { token: world.tokens.reviewer, json: roundBody() })).status).toBe(403);
  });
});

describe('PATCH /rounds/:roundId', () => {
  it('renames at the current version and is 409 for a stale one', async () => {
    const created = await call('/rounds', { token: world.tokens.admin, json: roundBody({ year: 2028 }) });
    const res = await call(`/rounds/${created.data.id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: 1, name: { zh: '改名', en: 'Renamed' } } });
    expect(res.data).toMatchObject({ name: { zh: '改名' }, version: 2 });
    const stale = await call(`/rounds/${created.data.id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: 1, year: 2029 } });
    expect(stale.status).toBe(409);
    expect(stale.data.error.details.current).toMatchObject({ version: 2, year: 2028 });
  });

  it('changes the pinned framework only while preparing', async () => {
    const res = await call(`/rounds/${world.roundId}`, { method: 'PATCH', token: world.tokens.admin, json: { version: 1, frameworkId: 9999 } });
    expect(res.status).toBe(409);
    expect(res.data.error.code).toBe('round_state');
  });

  it('is 403 for non-admins and on a closed round', async () => {
    expect((await call(`/rounds/${world.roundId}`, { method: 'PATCH', token: world.tokens.reviewer, json: { version: 1, year: 2030 } })).status).toBe(403);
    const created = await call('/rounds', { token: world.tokens.admin, json: roundBody({ year: 2031 }) });
    await world.db.update(round).set({ status: 'closed' }).where(eq(round.id, created.data.id));
    const closed = await call(`/rounds/${created.data.id}`, { method: 'PATCH', token: world.tokens.admin, json: { version: 1, year: 2032 } });
    expect(closed.status).toBe(403);
    expect(closed.data.error.message).toContain('closed');
  });
});

describe('POST /rounds/:roundId/transitions', () => {
  it('refuses steps the lifecycle does not have, and states without what they need, with reasons', async () => {
    const jump = await transition('published');
    expect(jump.status).toBe(409);
    expect(jump.data.error).toMatchObject({ code: 'round_state', details: { problems: [{ code: 'not_a_step' }] } });
    const created = await call('/rounds', { token: world.tokens.admin, json: roundBody({ year: 2033 }) });
    const empty = await transition('collecting', world.tokens.admin, created.data.id);
    expect(empty.data.error.details.problems.map((p: { code: string }) => p.code)).toEqual(['no_enterprises']);
    await call(`/rounds/${created.data.id}/enrolments`, { token: world.tokens.admin, json: { by: 'all' } });
    // Nobody to score or review and nothing covered: the start asks for a confirmation, with the counts.
    const unstaffed = await transition('collecting', world.tokens.admin, created.data.id);
    expect(unstaffed.status).toBe(409);
    expect(unstaffed.data.error).toMatchObject({
      code: 'round_start_needs_confirmation',
      details: { warnings: ['no_experts', 'no_reviewers', 'uncovered_indicators'], counts: { assignedExperts: 0, reviewers: 0, indicators: 4, uncoveredIndicators: 4 } },
    });
    expect((await world.db.query.round.findFirst({ where: (r, { eq }) => eq(r.id, created.data.id) }))?.status).toBe('preparing');
    const emptyReason = await call(`/rounds/${created.data.id}/transitions`, { token: world.tokens.admin, json: { to: 'collecting', confirm: { reason: ' ' } } });
    expect(emptyReason.status).toBe(400);
    const confirmed = await call(`/rounds/${created.data.id}/transitions`, { token: world.tokens.admin, json: { to: 'collecting', confirm: { reason: '专家名单下周确定' } } });
    expect(confirmed.status).toBe(200);
    const audit = await world.db.query.auditLog.findFirst({ where: (a, { and, eq }) => and(eq(a.action, 'round.transition'), eq(a.resourceId, String(created.data.id))) });
    expect(audit?.after).toEqual({
      status: 'collecting',
      confirmation: { reason: '专家名单下周确定', warnings: ['no_experts', 'no_reviewers', 'uncovered_indicators'], counts: { assignedExperts: 0, reviewers: 0, indicators: 4, uncoveredIndicators: 4 } },
    });
    const noExperts = await transition('scoring', world.tokens.admin, created.data.id);
    expect(noExperts.data.error.details.problems.map((p: { code: string }) => p.code)).toEqual(['no_assignments']);
  });

  it('walks the round through scoring and reviewing to publication, which computes results and creates tasks', async () => {
    expect((await transition('scoring')).data).toMatchObject({ status: 'scoring', version: 2 });
    // huaxin fails the mandatory STAFF.1.1 (4 < 6); jiaan's ENV.1.1 (5) is below the rectification line.
    await scoreEverything(world, ids, exampleValue);
    expect((await transition('reviewing')).status).toBe(200);
    const unsigned = await transition('published');
    expect(unsigned.data.error.details.problems).toEqual([{ code: 'not_signed_off', message: expect.stringContaining('3') }]);
    // The refusal names the enterprises, by street, with a count per street.
    expect(unsigned.data.error.details.notSignedOff).toEqual({
      count: 3,
      byStreet: [
        { street: '南翔镇', count: 2 },
        { street: '安亭镇', count: 1 },
      ].sort((a, b) => (a.street < b.street ? -1 : 1)),
      enterprises: expect.arrayContaining([{ id: world.enterpriseId('91310114MA1GW5678U'), name: '上海嘉安物流有限公司', street: '安亭镇' }]),
      truncated: false,
    });
    expect(unsigned.data.error.details.notSignedOff.enterprises).toHaveLength(3);
    for (const enterpriseId of world.enterpriseIds.values()) {
      // Nothing evidenced in this test world: every sign-off goes ahead on a confirmation.
      const signed = await call(`/rounds/${world.roundId}/enterprises/${enterpriseId}/sign-off`, { token: world.tokens.reviewer, json: { confirm: { reason: '测试轮次' } } });
      expect(signed.status).toBe(200);
    }
    const published = await transition('published');
    expect(published.status).toBe(200);
    expect(published.data).toMatchObject({ status: 'published', resultsStale: false });
    const tasks = await world.db.select().from(rectification).where(eq(rectification.roundId, world.roundId));
    expect(tasks.map((t) => [t.enterpriseId, t.indicatorId, t.reason]).sort()).toEqual(
      [
        [world.enterpriseId('91310114MA1GT35K7H'), ids['STAFF.1.1'], 'veto'],
        [world.enterpriseId('91310114MA1GW5678U'), ids['ENV.1.1'], 'below_threshold'],
      ].sort(),
    );
    expect(tasks[0]!.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const audited = await world.db.all<{ action: string }>(sql`SELECT action FROM audit_log WHERE action IN ('round.transition', 'rectification.create')`);
    expect(audited.filter((a) => a.action === 'rectification.create')).toHaveLength(2);
  });

  it('refuses going back from publication, closes, and then nothing moves', async () => {
    expect((await transition('reviewing')).data.error.details.problems[0].code).toBe('not_a_step');
    expect((await transition('closed')).data.status).toBe('closed');
    const after = await transition('published');
    expect(after.status).toBe(403);
  });

  it('is 403 for non-admins, 400 for an unknown state and 404 for an unknown round', async () => {
    expect((await transition('scoring', world.tokens.reviewer)).status).toBe(403);
    expect((await transition('finished')).status).toBe(400);
    expect((await transition('scoring', world.tokens.admin, 999)).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/indicators', () => {
  it('serves the pinned tree to members', async () => {
    await setRoundStatus(world, 'collecting');
    const res = await call(`/rounds/${world.roundId}/indicators`, { token: world.tokens.coordinator });
    expect(res.data.items).toHaveLength(8);
    expect((await call(`/rounds/${world.roundId}/indicators`, { token: world.tokens.outsider })).status).toBe(403);
  });
});
