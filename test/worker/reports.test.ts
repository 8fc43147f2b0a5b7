// Regular reports in the test world: the admin sets a current and a past schedule, huaxin's staff write and
// submit a report, coordinators see who stands where in their street (lvyuan late) and record reminders,
// and an expert (or the enterprise itself) takes an item into the round as evidence in one action.
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { indicatorIds } from './support/scenario';
import { call, createWorld, type World } from './world';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const items = [
  { dimensionCode: 'STAFF', done: '开展职工技能培训 12 场', figures: [{ label: '培训人次', value: '340' }], links: ['https://huaxin-auto.cn/news/training.html'] },
  { dimensionCode: 'ENV', done: '完成喷涂车间废气治理改造' },
];

let world: World;
let ids: Record<string, number>;
let current: number;
let past: number;
let future: number;
const audits = (action: string) => world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, action) });
const schedule = (period: string, opensOn: string, dueOn: string, token = world.tokens.admin) =>
  call(`/rounds/${world.roundId}/report-schedules`, { token, json: { period, opensOn, dueOn } });
const reportPath = (scheduleId: number, code: string) => `/report-schedules/${scheduleId}/reports/${world.enterpriseId(code)}`;
const save = (scheduleId: number, code: string, version: number, token: string, body: unknown[] = items) =>
  call(reportPath(scheduleId, code), { method: 'PUT', token, json: { items: body, version } });

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
});

describe('POST /rounds/:roundId/report-schedules', () => {
  it('lets the admin set a period with its dates, audited, once per period', async () => {
    const res = await schedule('2026-H2', day(-10), day(10));
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ roundId: world.roundId, period: '2026-H2', opensOn: day(-10), dueOn: day(10) });
    current = res.data.id;
    past = (await schedule('2026-H1', day(-60), day(-5))).data.id;
    future = (await schedule('2027-H1', day(30), day(60))).data.id;
    expect(await audits('schedule.create')).toHaveLength(3);
    expect((await schedule('2026-H2', day(0), day(1))).status).toBe(409);
  });

  it('is 400 for a bad period or dates, 401 anonymous, 403 for everyone but the admin, 404 for an unknown round', async () => {
    expect((await schedule('2026-X', day(0), day(1))).status).toBe(400);
    expect((await schedule('2026-Q1', day(5), day(1))).status).toBe(400);
    expect((await call(`/rounds/${world.roundId}/report-schedules`, { json: { period: '2026-Q1', opensOn: day(0), dueOn: day(1) } })).status).toBe(401);
    expect((await schedule('2026-Q1', day(0), day(1), world.tokens.coordinator)).status).toBe(403);
    expect((await call('/rounds/999/report-schedules', { token: world.tokens.admin, json: { period: '2026-Q1', opensOn: day(0), dueOn: day(1) } })).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/report-schedules', () => {
  it('lists the schedules to every member of the round, newest first', async () => {
    const res = await call(`/rounds/${world.roundId}/report-schedules`, { token: world.tokens.huaxin });
    expect(res.status).toBe(200);
    expect(res.data.items.map((s: { period: string }) => s.period)).toEqual(['2027-H1', '2026-H2', '2026-H1']);
    expect((await call(`/rounds/${world.roundId}/report-schedules`, { token: world.tokens.outsider })).status).toBe(403);
    expect((await call(`/rounds/${world.roundId}/report-schedules`)).status).toBe(401);
    expect((await call('/rounds/999/report-schedules', { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('PUT /report-schedules/:id/reports/:enterpriseId', () => {
  it('saves the enterprise’s draft per dimension and then versions it', async () => {
    const first = await save(current, creditCodes.huaxin, 0, world.tokens.huaxin);
    expect(first.status).toBe(201);
    expect(first.data).toMatchObject({ status: 'draft', version: 1, enterprise: { name: '上海华鑫汽车零部件有限公司' } });
    expect(first.data.items).toEqual([
      { item: 1, ...items[0] },
      { item: 2, ...items[1], figures: [], links: [] },
    ]);
    const second = await save(current, creditCodes.huaxin, 1, world.tokens.huaxin, [...items, { dimensionCode: 'STAFF', done: '新增职工书屋' }]);
    expect(second.status).toBe(200);
    expect(second.data).toMatchObject({ version: 2, items: [{ item: 1 }, { item: 2 }, { item: 3, done: '新增职工书屋' }] });
    const stale = await save(current, creditCodes.huaxin, 1, world.tokens.huaxin);
    expect(stale.status).toBe(409);
    expect(stale.data.error.details.current.version).toBe(2);
    expect((await save(current, creditCodes.huaxin, 0, world.tokens.huaxin)).status).toBe(409);
    expect(await audits('report.save')).toHaveLength(2);
  });

  it('is 400 for an unknown dimension or no items, 401, 403 for anyone but the enterprise’s staff, 404 for unknown targets', async () => {
    expect((await save(current, creditCodes.huaxin, 2, world.tokens.huaxin, [{ dimensionCode: 'GOV', done: 'x' }])).status).toBe(400);
    expect((await save(current, creditCodes.huaxin, 2, world.tokens.huaxin, [])).status).toBe(400);
    expect((await call(reportPath(current, creditCodes.huaxin), { method: 'PUT', json: { items, version: 2 } })).status).toBe(401);
    for (const login of ['jiaan', 'coordinator', 'admin', 'expert'] as const) expect((await save(current, creditCodes.huaxin, 2, world.tokens[login])).status).toBe(403);
    expect((await call(`/report-schedules/999/reports/${world.enterpriseId(creditCodes.huaxin)}`, { method: 'PUT', token: world.tokens.huaxin, json: { items, version: 0 } })).status).toBe(404);
    expect((await call(`/report-schedules/${current}/reports/999`, { method: 'PUT', token: world.tokens.huaxin, json: { items, version: 0 } })).status).toBe(404);
  });
});

describe('POST /report-schedules/:id/reports/:enterpriseId/submit', () => {
  it('submits a saved draft once the period is open; then it no longer changes', async () => {
    expect((await save(future, creditCodes.huaxin, 0, world.tokens.huaxin)).status).toBe(201);
    const early = await call(`${reportPath(future, creditCodes.huaxin)}/submit`, { token: world.tokens.huaxin, json: { version: 1 } });
    expect(early.status).toBe(409);
    expect(early.data.error.code).toBe('report_state');
    const done = await call(`${reportPath(current, creditCodes.huaxin)}/submit`, { token: world.tokens.huaxin, json: { version: 2 } });
    expect(done.status).toBe(200);
    expect(done.data).toMatchObject({ status: 'submitted', submittedBy: { displayName: '华鑫联络员' }, version: 3 });
    expect((await call(`${reportPath(current, creditCodes.huaxin)}/submit`, { token: world.tokens.huaxin, json: { version: 3 } })).status).toBe(409);
    expect((await save(current, creditCodes.huaxin, 3, world.tokens.huaxin)).status).toBe(409);
    expect(await audits('report.submit')).toHaveLength(1);
  });

  it('is 400 without a version, 401, 403 for others, 404 before any draft', async () => {
    expect((await call(`${reportPath(past, creditCodes.huaxin)}/submit`, { token: world.tokens.huaxin, json: {} })).status).toBe(400);
    expect((await call(`${reportPath(past, creditCodes.huaxin)}/submit`, { json: { version: 1 } })).status).toBe(401);
    expect((await call(`${reportPath(past, creditCodes.huaxin)}/submit`, { token: world.tokens.coordinator, json: { version: 1 } })).status).toBe(403);
    expect((await call(`${reportPath(past, creditCodes.huaxin)}/submit`, { token: world.tokens.huaxin, json: { version: 1 } })).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/enterprises/:enterpriseId/reports', () => {
  const list = (code: string, token: string) => call(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(code)}/reports`, { token });

  it('shows submitted reports to whoever sees the enterprise, and drafts to its own staff only', async () => {
    const own = await list(creditCodes.huaxin, world.tokens.huaxin);
    expect(own.status).toBe(200);
    expect(own.data.items.map((r: { schedule: { period: string }; status: string }) => [r.schedule.period, r.status])).toEqual([
      ['2027-H1', 'draft'],
      ['2026-H2', 'submitted'],
    ]);
    for (const login of ['coordinator', 'expert', 'reviewer', 'admin'] as const) {
      const res = await list(creditCodes.huaxin, world.tokens[login]);
      expect(res.data.items.map((r: { status: string }) => r.status)).toEqual(['submitted']);
    }
  });

  it('is 401, 403 for another enterprise or street, 404 for an enterprise not enrolled', async () => {
    expect((await call(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.huaxin)}/reports`)).status).toBe(401);
    expect((await list(creditCodes.huaxin, world.tokens.jiaan)).status).toBe(403);
    expect((await list(creditCodes.huaxin, world.tokens['coordinator-anting'])).status).toBe(403);
    expect((await call(`/rounds/${world.roundId}/enterprises/999/reports`, { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('GET /report-schedules/:id/standing', () => {
  type Row = { enterprise: { name: string }; state: string; daysLate: number | null; contact: { name: string | null }; reminders: { count: number; lastBy: string | null } };
  const standing = (id: number, token: string) => call(`/report-schedules/${id}/standing`, { token });

  it('shows a coordinator their street, late ones first with since when, the admin every enterprise', async () => {
    const nanxiang = await standing(past, world.tokens.coordinator);
    expect(nanxiang.status).toBe(200);
    expect(nanxiang.data.street).toBe('南翔镇');
    expect(nanxiang.data.items.map((r: Row) => [r.enterprise.name, r.state, r.daysLate])).toEqual([
      ['上海华鑫汽车零部件有限公司', 'late', 5],
      ['上海绿源建设工程有限公司', 'late', 5],
    ]);
    expect(nanxiang.data.items[0].lateSince).toBe(day(-4));
    const now = await standing(current, world.tokens.coordinator);
    expect(now.data.items.map((r: Row) => [r.enterprise.name, r.state])).toEqual([
      ['上海绿源建设工程有限公司', 'open'],
      ['上海华鑫汽车零部件有限公司', 'on_time'],
    ]);
    expect((await standing(current, world.tokens.admin)).data.items).toHaveLength(3);
    expect((await standing(future, world.tokens.admin)).data.items.map((r: Row & { draft: boolean }) => [r.state, r.draft])).toContainEqual(['not_open', true]);
  });

  it('is 401, 403 for experts, reviewers and enterprises, 404 for an unknown schedule', async () => {
    expect((await call(`/report-schedules/${past}/standing`)).status).toBe(401);
    for (const login of ['expert', 'reviewer', 'huaxin'] as const) expect((await standing(past, world.tokens[login])).status).toBe(403);
    expect((await standing(999, world.tokens.admin)).status).toBe(404);
  });
});

describe('POST /report-schedules/:id/reminders', () => {
  const remind = (id: number, code: string, token: string, note?: string) => call(`/report-schedules/${id}/reminders`, { token, json: { enterpriseId: world.enterpriseId(code), note } });

  it('records a reminder to a late enterprise of the street, shown with who gave it', async () => {
    const res = await remind(past, creditCodes.lvyuan, world.tokens.coordinator, '电话提醒,答应本周提交');
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ state: 'late', note: '电话提醒,答应本周提交' });
    const rows = (await call(`/report-schedules/${past}/standing`, { token: world.tokens.coordinator })).data.items;
    expect(rows.find((r: { enterprise: { name: string } }) => r.enterprise.name === '上海绿源建设工程有限公司').reminders).toMatchObject({ count: 1, lastBy: '南翔协调员' });
    expect(await audits('report.remind')).toHaveLength(1);
  });

  it('is 409 for a submitted report, 400, 401, 403 outside the street or role, 404 for an enterprise not enrolled', async () => {
    expect((await remind(current, creditCodes.huaxin, world.tokens.coordinator)).status).toBe(409);
    expect((await call(`/report-schedules/${past}/reminders`, { token: world.tokens.coordinator, json: {} })).status).toBe(400);
    expect((await call(`/report-schedules/${past}/reminders`, { json: { enterpriseId: 1 } })).status).toBe(401);
    expect((await remind(past, creditCodes.jiaan, world.tokens.coordinator)).status).toBe(403);
    expect((await remind(past, creditCodes.huaxin, world.tokens.expert)).status).toBe(403);
    expect((await call(`/report-schedules/${past}/reminders`, { token: world.tokens.admin, json: { enterpriseId: 999 } })).status).toBe(404);
  });
});

describe('POST /reports/:id/items/:item/adopt', () => {
  const reportOf = async (code: string) =>
    (await call(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(code)}/reports`, { token: world.tokens.admin })).data.items[0];
  const adopt = (reportId: number, item: number, code: string, token: string) =>
    call(`/reports/${reportId}/items/${item}/adopt`, { token, json: { roundId: world.roundId, indicatorId: ids[code] } });

  it('turns a submitted item into pending evidence in one action, once per indicator slot', async () => {
    const report = await reportOf(creditCodes.huaxin);
    const res = await adopt(report.id, 1, 'STAFF.1.1', world.tokens.expert);
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({
      kind: 'link',
      url: 'https://huaxin-auto.cn/news/training.html',
      title: '2026-H2 定期报告 · STAFF',
      quote: '开展职工技能培训 12 场\n培训人次:340',
      status: 'pending',
      indicatorCode: 'STAFF.1.1',
      capturedBy: { displayName: '李专家' },
    });
    expect(res.data.note).toContain(`regular report #${report.id}, item 1`);
    expect((await adopt(report.id, 1, 'STAFF.1.1', world.tokens.reviewer)).data.id).toBe(res.data.id);
    // The enterprise attaches its own item without a link: its statement.
    const own = await adopt(report.id, 2, 'ENV.1.1', world.tokens.huaxin);
    expect(own.status).toBe(201);
    expect(own.data).toMatchObject({ kind: 'statement', url: null, quote: '完成喷涂车间废气治理改造' });
    expect((await reportOf(creditCodes.huaxin)).adoptions).toEqual([
      { item: 1, roundId: world.roundId, indicatorId: ids['STAFF.1.1'], indicatorCode: 'STAFF.1.1', evidenceId: res.data.id },
      { item: 2, roundId: world.roundId, indicatorId: ids['ENV.1.1'], indicatorCode: 'ENV.1.1', evidenceId: own.data.id },
    ]);
    expect(await audits('report.adopt')).toHaveLength(2);
  });

  it('adopts again once the evidence it made was withdrawn', async () => {
    const report = await reportOf(creditCodes.huaxin);
    const first = await adopt(report.id, 1, 'STAFF.1.2', world.tokens.expert);
    expect((await call(`/evidence/${first.data.id}`, { method: 'DELETE', token: world.tokens.expert })).status).toBe(204);
    const again = await adopt(report.id, 1, 'STAFF.1.2', world.tokens.expert);
    expect(again.status).toBe(201);
    expect(again.data.id).not.toBe(first.data.id);
  });

  it('is 409 for a draft, 400, 401, 403 for coordinators and other enterprises, 404 for unknown items or indicators', async () => {
    const report = await reportOf(creditCodes.huaxin);
    const draft = (await call(`/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.huaxin)}/reports`, { token: world.tokens.huaxin })).data.items[0];
    expect(draft.status).toBe('draft');
    expect((await adopt(draft.id, 1, 'STAFF.1.1', world.tokens.expert)).status).toBe(409);
    expect((await call(`/reports/${report.id}/items/1/adopt`, { token: world.tokens.expert, json: { roundId: world.roundId } })).status).toBe(400);
    expect((await call(`/reports/${report.id}/items/1/adopt`, { json: { roundId: world.roundId, indicatorId: ids['STAFF.1.1'] } })).status).toBe(401);
    expect((await adopt(report.id, 1, 'STAFF.1.1', world.tokens.coordinator)).status).toBe(403);
    expect((await adopt(report.id, 1, 'STAFF.1.1', world.tokens.jiaan)).status).toBe(403);
    expect((await adopt(report.id, 9, 'STAFF.1.1', world.tokens.expert)).status).toBe(404);
    expect((await adopt(999, 1, 'STAFF.1.1', world.tokens.expert)).status).toBe(404);
    expect((await call(`/reports/${report.id}/items/1/adopt`, { token: world.tokens.expert, json: { roundId: world.roundId, indicatorId: ids.STAFF } })).status).toBe(404);
  });
});
