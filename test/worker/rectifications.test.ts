// Tasks from the published example round: huaxin's failed mandatory STAFF.1.1 (veto) and jiaan's weak ENV.1.1.
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { indicatorIds, publishExample, setRoundStatus } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let tasks: { huaxin: { id: number }; jiaan: { id: number } };
beforeAll(async () => {
  world = await createWorld();
  await publishExample(world, await indicatorIds(world));
  const all = await call(`/rounds/${world.roundId}/rectifications`, { token: world.tokens.admin });
  const of = (code: string) => all.data.items.find((t: { enterprise: { id: number } }) => t.enterprise.id === world.enterpriseId(code));
  tasks = { huaxin: of(creditCodes.huaxin), jiaan: of(creditCodes.jiaan) };
});

const patch = (id: number, token: string, json: Record<string, unknown>) => call(`/rectifications/${id}`, { method: 'PATCH', token, json });
const current = async (id: number) => (await call(`/rectifications/${id}`, { token: world.tokens.admin })).data;

describe('GET /rounds/:roundId/rectifications', () => {
  it('lists every task to admins and reviewers, a street to its coordinator and an enterprise its own', async () => {
    const all = await call(`/rounds/${world.roundId}/rectifications`, { token: world.tokens.reviewer });
    expect(all.data.items).toHaveLength(2);
    expect(tasks.huaxin).toMatchObject({ reason: 'veto', status: 'open', indicator: { code: 'STAFF.1.1' }, requiredAction: expect.stringContaining('必选指标未达标') });
    expect(tasks.jiaan).toMatchObject({ reason: 'below_threshold', indicator: { code: 'ENV.1.1' } });
    const nanxiang = await call(`/rounds/${world.roundId}/rectifications`, { token: world.tokens.coordinator });
    expect(nanxiang.data.items.map((t: { id: number }) => t.id)).toEqual([tasks.huaxin.id]);
    const own = await call(`/rounds/${world.roundId}/rectifications?status=open`, { token: world.tokens.jiaan });
    expect(own.data.items.map((t: { id: number }) => t.id)).toEqual([tasks.jiaan.id]);
    const page = await call(`/rounds/${world.roundId}/rectifications?limit=1`, { token: world.tokens.admin });
    expect(page.data.nextCursor).not.toBeNull();
    // The total counts every task the filters match, not the page's one; a coordinator's counts their street's.
    expect([page.data.total, nanxiang.data.total, own.data.total]).toEqual([2, 1, 1]);
  });

  it('is 403 for experts and 404 for an unknown round', async () => {
    expect((await call(`/rounds/${world.roundId}/rectifications`, { token: world.tokens.expert })).status).toBe(403);
    expect((await call('/rounds/999/rectifications', { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('GET /rounds/:roundId/rectifications/by-enterprise', () => {
  const grouped = (query: Record<string, string> = {}, token = world.tokens.admin) => call(`/rounds/${world.roundId}/rectifications/by-enterprise?${new URLSearchParams(query)}`, { token });

  it('groups tasks by enterprise with counts per status, overdue tasks, the next due date and a state, in name order', async () => {
    const res = await grouped();
    expect(res.status).toBe(200);
    expect(res.data.items.map((g: { enterprise: { name: string } }) => g.enterprise.name)).toEqual(['上海华鑫汽车零部件有限公司', '上海嘉安物流有限公司'].sort((a, b) => (a < b ? -1 : 1)));
    const huaxin = res.data.items.find((g: { enterprise: { id: number } }) => g.enterprise.id === world.enterpriseId(creditCodes.huaxin));
    expect(huaxin).toMatchObject({ total: 1, byStatus: { open: 1, planned: 0, submitted: 0 }, overdue: 0, nextDue: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), state: 'in_progress' });
  });

  it('searches by name or credit code and filters by street, dimension, status and due date, sorts, and pages', async () => {
    const names = async (query: Record<string, string>) => (await grouped(query)).data.items.map((g: { enterprise: { id: number } }) => g.enterprise.id);
    const [huaxin, jiaan] = [world.enterpriseId(creditCodes.huaxin), world.enterpriseId(creditCodes.jiaan)];
    expect(await names({ q: '嘉安' })).toEqual([jiaan]);
    expect(await names({ q: creditCodes.huaxin.slice(0, 13).toLowerCase() })).toEqual([huaxin]);
    expect(await names({ q: '一个名字非常非常非常非常非常非常长的不存在的企业有限公司' })).toEqual([]);
    expect(await names({ street: '安亭镇' })).toEqual([jiaan]);
    expect(await names({ dimensionId: String((await indicatorIds(world)).STAFF) })).toEqual([huaxin]);
    expect(await names({ status: 'planned' })).toEqual([]);
    expect(await names({ dueBefore: '2000-01-01' })).toEqual([]);
    expect((await names({ dueAfter: '2000-01-01' })).length).toBe(2);
    const first = await grouped({ limit: '1' });
    const second = await grouped({ limit: '1', cursor: first.data.nextCursor });
    expect([...first.data.items, ...second.data.items]).toHaveLength(2);
    expect(second.data.nextCursor).toBeNull();
    // The total is of enterprises (groups), the same on every page, and follows the filters.
    expect([first.data.total, second.data.total, (await grouped({ street: '安亭镇' })).data.total]).toEqual([2, 2, 1]);
    // Overdue once the due date has passed.
    const due = (await current(tasks.jiaan.id)).dueOn;
    await world.db.run(`UPDATE rectification SET due_on = '2020-01-01' WHERE id = ${tasks.jiaan.id}` as never);
    expect((await grouped({ street: '安亭镇' })).data.items[0]).toMatchObject({ overdue: 1, state: 'overdue' });
    // Sorted on the most overdue or the soonest due first, page by page (the key is the group's aggregate).
    for (const sort of ['overdue', 'nextDue']) {
      expect(await names({ sort }), sort).toEqual([jiaan, huaxin]);
      const page1 = await grouped({ sort, limit: '1' });
      const page2 = await grouped({ sort, limit: '1', cursor: page1.data.nextCursor });
      expect([...page1.data.items, ...page2.data.items].map((g: { enterprise: { id: number } }) => g.enterprise.id), sort).toEqual([jiaan, huaxin]);
    }
    expect((await grouped({ sort: 'loudest' })).status).toBe(400);
    await world.db.run(`UPDATE rectification SET due_on = '${due}' WHERE id = ${tasks.jiaan.id}` as never);
  });

  it('shows a coordinator their street only; is 400 for a bad date, 401, 403 for experts, reviewers and enterprises, 404 for unknown rounds and dimensions', async () => {
    const own = await grouped({}, world.tokens.coordinator);
    expect(own.data.items.map((g: { enterprise: { id: number } }) => g.enterprise.id)).toEqual([world.enterpriseId(creditCodes.huaxin)]);
    expect((await grouped({ dueBefore: 'tomorrow' })).status).toBe(400);
    expect((await call(`/rounds/${world.roundId}/rectifications/by-enterprise`)).status).toBe(401);
    for (const who of ['expert', 'reviewer', 'huaxin'] as const) expect((await grouped({}, world.tokens[who])).status).toBe(403);
    expect((await call('/rounds/999/rectifications/by-enterprise', { token: world.tokens.admin })).status).toBe(404);
    expect((await grouped({ dimensionId: '999999' })).status).toBe(404);
  });
});

describe('GET /rectifications/:id', () => {
  it('reads one task for those who see its enterprise', async () => {
    expect((await call(`/rectifications/${tasks.huaxin.id}`, { token: world.tokens.huaxin })).data).toMatchObject({ id: tasks.huaxin.id, enterprise: { name: '上海华鑫汽车零部件有限公司' } });
    expect((await call(`/rectifications/${tasks.huaxin.id}`, { token: world.tokens.jiaan })).status).toBe(403);
    expect((await call(`/rectifications/${tasks.huaxin.id}`, { token: world.tokens['coordinator-anting'] })).status).toBe(403);
    expect((await call('/rectifications/9999', { token: world.tokens.admin })).status).toBe(404);
  });
});

describe('PATCH /rectifications/:id', () => {
  it('lets the enterprise plan and submit, and its coordinator verify, each step audited', async () => {
    const planned = await patch(tasks.huaxin.id, world.tokens.huaxin, { version: 1, status: 'planned', plan: '三个月内补签全部劳动合同' });
    expect(planned.status).toBe(200);
    expect(planned.data).toMatchObject({ status: 'planned', version: 2 });
    const submitted = await patch(tasks.huaxin.id, world.tokens.huaxin, { version: 2, status: 'submitted', evidenceLinks: ['https://huaxin-auto.cn/contracts-2027.pdf'] });
    expect(submitted.data).toMatchObject({ status: 'submitted', evidenceLinks: ['https://huaxin-auto.cn/contracts-2027.pdf'] });
    const verified = await patch(tasks.huaxin.id, world.tokens.coordinator, { version: 3, status: 'verified', followUp: '已现场核实' });
    expect(verified.data).toMatchObject({ status: 'verified', followUp: '已现场核实', version: 4 });
    const audit = await world.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.resourceType, 'rectification') });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['rectification.enterprise', 'rectification.follow_up']));
    expect((await patch(tasks.huaxin.id, world.tokens.coordinator, { version: 4, followUp: '补充' })).data.error.code).toBe('rectification_state');
  });

  it('lets the coordinator move the due date, send an answer back or waive a task', async () => {
    const due = await patch(tasks.jiaan.id, world.tokens['coordinator-anting'], { version: 1, dueOn: '2027-06-30' });
    expect(due.data).toMatchObject({ dueOn: '2027-06-30', status: 'open' });
    await patch(tasks.jiaan.id, world.tokens.jiaan, { version: 2, status: 'submitted', plan: '更新排放监测设备' });
    const back = await patch(tasks.jiaan.id, world.tokens['coordinator-anting'], { version: 3, status: 'open', followUp: '缺少监测报告' });
    expect(back.data).toMatchObject({ status: 'open', followUp: '缺少监测报告' });
  });

  it('refuses wrong moves, stale versions, edits of both sides at once and the wrong side', async () => {
    const task = await current(tasks.jiaan.id);
    expect((await patch(task.id, world.tokens.jiaan, { version: task.version, status: 'verified' })).status).toBe(403);
    expect((await patch(task.id, world.tokens['coordinator-anting'], { version: task.version, plan: '代写' })).status).toBe(403);
    expect((await patch(task.id, world.tokens.admin, { version: task.version, plan: '代写' })).status).toBe(403);
    expect((await patch(task.id, world.tokens.jiaan, { version: task.version, plan: 'x', followUp: 'y' })).status).toBe(400);
    expect((await patch(task.id, world.tokens.jiaan, { version: task.version })).status).toBe(400);
    const wrongMove = await patch(task.id, world.tokens['coordinator-anting'], { version: task.version, status: 'verified' });
    expect(wrongMove.data.error.code).toBe('rectification_state');
    const stale = await patch(task.id, world.tokens.jiaan, { version: task.version - 1, plan: '新计划' });
    expect(stale.status).toBe(409);
    expect(stale.data.error.details.current).toMatchObject({ version: task.version });
    expect((await patch(task.id, world.tokens.jiaan, { version: task.version, evidenceIds: [9999] })).status).toBe(400);
    expect((await patch(task.id, world.tokens.jiaan, { version: task.version, evidenceLinks: ['javascript:alert(1)'] })).status).toBe(400);
    expect((await patch(task.id, world.tokens.huaxin, { version: task.version, plan: '不是我的' })).status).toBe(403);
  });

  it('is read-only once the round is closed', async () => {
    await setRoundStatus(world, 'closed');
    const task = await current(tasks.jiaan.id);
    const res = await patch(task.id, world.tokens.jiaan, { version: task.version, plan: '关闭后' });
    expect(res.status).toBe(403);
    expect(res.data.error.message).toContain('closed');
    expect((await patch(task.id, world.tokens.admin, { version: task.version, status: 'waived' })).status).toBe(403);
  });
});
