// Issue 10's journey for regular reports: the admin sets a reporting schedule, huaxin's CSR officer writes
// and submits the half-year report in the console before the due date, the due date passes (the schedule's
// calendar and the submission are moved back together while the worker is stopped, as if 40 days went by),
// and the coordinator of 安亭镇 sees huaxin on time and a neighbour that never reported late, and records a
// reminder for it; then an expert takes the reported item into the round as evidence in one action.
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsole } from '../support/console-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';
import { adminToken, apiCall } from '../support/worker-api';

const huaxin = '上海华鑫汽车零部件有限公司';
const DAY = 86_400_000;
const dayFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
const SHIFT_DAYS = 40;

let stack: Stack;
let page: Page;
let roundId: number;
let scheduleId: number;
beforeAll(async () => {
  stack = await startStack();
  const admin = await adminToken(stack);
  const rounds = await apiCall<{ items: { id: number; status: string }[] }>(stack, admin, 'GET', '/rounds');
  roundId = rounds.items.find((r) => r.status === 'scoring')!.id;
  const opensOn = dayFromNow(-20);
  const schedule = await apiCall<{ id: number }>(stack, admin, 'POST', `/rounds/${roundId}/report-schedules`, {
    // Named for the month it opens in once the calendar has moved back.
    period: `${dayFromNow(-20 - SHIFT_DAYS).slice(0, 4)}-M${dayFromNow(-20 - SHIFT_DAYS).slice(5, 7)}`,
    opensOn,
    dueOn: dayFromNow(10),
  });
  scheduleId = schedule.id;
});
afterAll(async () => {
  await stack?.close();
});

const openReports = async () => {
  await page.locator('.console-nav a', { hasText: '定期报告' }).click();
  await page.waitForURL(new RegExp(`/rounds/${roundId}/reports$`));
};

/** Closes the console and signs out on the options page, for the next user to sign in. */
async function signOut() {
  await page.close();
  const options = await stack.browser.context.newPage();
  await options.goto(stack.browser.pageUrl('options.html'));
  await options.getByRole('button', { name: '退出登录' }).click();
  await options.locator('#login').waitFor();
  await options.close();
}

describe('a regular report from submission to the coordinator’s view', () => {
  it('lets huaxin’s staff save the report as a draft and submit it in the console', async () => {
    page = await openConsole(stack, 'huaxin', 'demo-enterprise-2026');
    await openReports();
    const editor = page.getByTestId('report-editor');
    const first = editor.locator('fieldset').first();
    await first.locator('textarea').nth(0).fill('组织员工开展安全生产培训 12 场');
    await first.locator('textarea').nth(1).fill('培训人次:480\n覆盖率:100%');
    await first.locator('textarea').nth(2).fill('https://www.example.com/csr/training');
    await page.getByTestId('report-save').click();
    await expect.poll(() => page.getByTestId('report-submit').isEnabled(), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('report-submit').click();
    const submitted = page.getByTestId('report-submitted');
    await submitted.waitFor({ timeout: 10_000 });
    expect(await submitted.textContent()).toContain('培训人次 480');
    await page.screenshot({ path: join(artifactsDir, 'regular-report-submitted.png'), fullPage: true });
  });

  it('shows the coordinator, once the due date has passed, huaxin on time and a neighbour late, and records a reminder', async () => {
    await signOut();
    await stack.stopWorker();
    const db = await openLocalD1(stack.persistTo, { readOnly: false });
    const back = `-${SHIFT_DAYS} days`;
    db.prepare('UPDATE report_schedule SET opens_on = date(opens_on, ?), due_on = date(due_on, ?) WHERE id = ?').run(back, back, scheduleId);
    db.prepare("UPDATE enterprise_report SET submitted_at = strftime('%Y-%m-%dT%H:%M:%fZ', submitted_at, ?) WHERE schedule_id = ?").run(back, scheduleId);
    db.close();
    await stack.restartWorker();

    page = await openConsole(stack, 'coordinator.anting', 'demo-coordinator-2026');
    await openReports();
    const standing = page.getByTestId('report-standing');
    await standing.locator('tbody tr').first().waitFor({ timeout: 10_000 });
    const huaxinRow = standing.locator('tbody tr', { hasText: huaxin });
    expect(await huaxinRow.getAttribute('data-state')).toBe('on_time');
    expect(await huaxinRow.textContent()).toContain('按时提交');
    const late = standing.locator('tbody tr[data-state="late"]').first();
    expect(await late.textContent()).toContain('逾期');
    expect(await late.textContent()).not.toContain(huaxin);
    expect(await standing.locator('tbody tr').evaluateAll((rows) => rows.every((r) => r.textContent?.includes('安亭镇')))).toBe(true);

    const lateId = await late.getAttribute('data-enterprise-id');
    await late.getByRole('button', { name: '记录提醒' }).click();
    await expect.poll(() => standing.locator(`tr[data-enterprise-id="${lateId}"]`).textContent(), { timeout: 10_000 }).toContain('1 次');
    await page.screenshot({ path: join(artifactsDir, 'regular-report-standing.png'), fullPage: true });
  });

  it('lets an expert take the reported item into the round as evidence in one action', async () => {
    await signOut();
    page = await openConsole(stack, 'expert.labour', 'demo-expert-2026');
    await openReports();
    const adoption = page.getByTestId('report-adoption');
    await adoption.getByTestId('round-enterprise').selectOption({ label: huaxin });
    const item = adoption.locator('li[data-item="1"]');
    await item.waitFor({ timeout: 10_000 });
    const indicator = item.locator('select');
    const code = (await indicator.locator('option').nth(1).textContent())!.split(' ')[0]!;
    await indicator.selectOption({ index: 1 });
    await item.getByRole('button', { name: '采纳为证据' }).click();
    await item.locator('.badge.ok', { hasText: code }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(artifactsDir, 'regular-report-adopted.png'), fullPage: true });
  });
});
