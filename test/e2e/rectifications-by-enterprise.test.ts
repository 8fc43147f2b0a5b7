// Issue 18's rectification at scale in Chromium with the built extension, on the demo world (500 enterprises): the
// administrator's rectification page groups the round's tasks by enterprise; searching one enterprise shows its
// counts per status, its overdue task and its standing, its row opens on its own tasks, the street filter leaves
// only that street's enterprises, and the flat list is one click away.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleUrl, openConsole } from '../support/console-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';

type Enterprise = { id: number; name: string; street: string };

let stack: Stack;
let page: Page;
let roundId: number;
/** The enterprise searched (three tasks: overdue, submitted, verified), another of its street and one of another street. */
let target: Enterprise;
let neighbour: Enterprise;
let elsewhere: Enterprise;

/** Rectification tasks in the demo round, written straight into the local D1: the demo's round is being scored and
 * has none, so it is marked published too, as tasks are followed up only then. */
async function seedTasks() {
  const db = await openLocalD1(stack.persistTo, { readOnly: false });
  const round = db.prepare(`SELECT id, framework_id AS frameworkId FROM round WHERE status = 'scoring' ORDER BY id LIMIT 1`).get() as { id: number; frameworkId: number };
  const enrolled = db
    .prepare('SELECT e.id, e.name, e.street FROM round_enterprise re JOIN enterprise e ON e.id = re.enterprise_id WHERE re.round_id = ? ORDER BY e.id LIMIT 100')
    .all(round.id) as Enterprise[];
  target = enrolled[0]!;
  neighbour = enrolled.find((e) => e.street === target.street && e.id !== target.id)!;
  elsewhere = enrolled.find((e) => e.street !== target.street)!;
  const indicators = (db.prepare('SELECT id FROM indicator WHERE framework_id = ? AND level = 3 ORDER BY id LIMIT 3').all(round.frameworkId) as { id: number }[]).map((i) => i.id);
  const insert = db.prepare(`INSERT INTO rectification (round_id, enterprise_id, indicator_id, reason, required_action, due_on, status) VALUES (?, ?, ?, 'veto', '补签劳动合同', ?, ?)`);
  insert.run(round.id, target.id, indicators[0]!, '2020-01-31', 'open');
  insert.run(round.id, target.id, indicators[1]!, '2099-06-30', 'submitted');
  insert.run(round.id, target.id, indicators[2]!, '2099-06-30', 'verified');
  insert.run(round.id, neighbour.id, indicators[0]!, '2099-03-31', 'planned');
  insert.run(round.id, elsewhere.id, indicators[0]!, '2099-03-31', 'open');
  db.prepare(`UPDATE round SET status = 'published' WHERE id = ?`).run(round.id);
  db.close();
  return round.id;
}

const rows = () => page.getByTestId('rectify-group');
const shownIds = () => rows().evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-enterprise-id'))));
const settled = () => page.locator('[data-testid="rectify-groups"][aria-busy="false"]').waitFor({ timeout: 30_000 });

beforeAll(async () => {
  stack = await startStack();
  roundId = await seedTasks();
  page = await openConsole(stack, 'admin', 'demo-admin-2026');
});
afterAll(async () => {
  await stack?.close();
});

describe('rectification tasks grouped by enterprise', () => {
  it('opens grouped for the administrator, one row per enterprise with tasks', async () => {
    await page.goto(consoleUrl(stack, `/rounds/${roundId}/rectifications`));
    await rows().first().waitFor({ timeout: 30_000 });
    await settled();
    expect(await page.getByTestId('rectify-view-groups').getAttribute('aria-selected')).toBe('true');
    const ids = await shownIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([target.id, neighbour.id, elsewhere.id]));
  });

  it('searches one enterprise and shows its counts per status, its overdue task and its standing', async () => {
    await page.getByTestId('rectify-group-search').fill(target.name);
    await page.waitForFunction((id) => [...document.querySelectorAll('[data-testid="rectify-group"]')].map((tr) => tr.getAttribute('data-enterprise-id')).join() === String(id), target.id, { timeout: 30_000 });
    const row = rows().first();
    expect(await row.getByTestId('group-total').textContent()).toBe('3');
    const counts = await row.locator('[data-status]').evaluateAll((spans) => spans.map((s) => `${s.getAttribute('data-status')}:${s.getAttribute('data-count')}`));
    expect(counts).toEqual(['open:1', 'submitted:1', 'verified:1']);
    expect(await row.getByTestId('group-overdue').textContent()).toBe('1');
    expect(await row.getAttribute('data-state')).toBe('overdue');
    expect(await row.textContent()).toContain('有逾期');
    expect(await row.textContent()).toContain('2020-01-31');
  });

  it('opens the enterprise’s own tasks under its row', async () => {
    await rows().first().getByTestId('group-open').click();
    const tasks = page.getByTestId('rectify-group-tasks').locator('tr[data-task-id]');
    await tasks.first().waitFor({ timeout: 30_000 });
    expect((await tasks.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status')))).sort()).toEqual(['open', 'submitted', 'verified']);
    await page.screenshot({ path: join(artifactsDir, 'console-rectifications-by-enterprise.png'), fullPage: true });
  });

  it('keeps the follow-up: verifying the submitted task there updates the enterprise’s counts', async () => {
    const submitted = page.getByTestId('rectify-group-tasks').locator('tr[data-status="submitted"]');
    await submitted.getByRole('button', { name: '跟进' }).click();
    await page.getByTestId('rectify-group-tasks').getByRole('button', { name: '核实通过' }).click();
    const row = rows().first();
    await row.locator('[data-status="verified"][data-count="2"]').waitFor({ timeout: 30_000 });
    expect(await row.locator('[data-status="submitted"]').count()).toBe(0);
    expect(await row.getAttribute('data-state')).toBe('overdue');
    await page.getByTestId('rectify-group-tasks').locator('tr[data-status="submitted"]').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.getByTestId('rectify-group-tasks').locator('tr[data-status="verified"]').count()).toBe(2);
  });

  it('filters by street: only that street’s enterprises are left', async () => {
    // The searched enterprise is not in another street…
    await page.getByTestId('rectify-group-street').selectOption(elsewhere.street);
    await page.getByText('没有符合条件的记录').waitFor({ timeout: 30_000 });
    // …and without the search, that street holds the other enterprise and only enterprises of that street.
    await page.getByTestId('rectify-group-search').fill('');
    await page.waitForFunction((id) => [...document.querySelectorAll('[data-testid="rectify-group"]')].some((tr) => tr.getAttribute('data-enterprise-id') === String(id)), elsewhere.id, { timeout: 30_000 });
    await settled();
    expect(new Set(await rows().evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]!.textContent)))).toEqual(new Set([elsewhere.street]));
    expect(await shownIds()).not.toContain(target.id);
    await page.getByTestId('rectify-group-street').selectOption(target.street);
    await page.waitForFunction((id) => [...document.querySelectorAll('[data-testid="rectify-group"]')].some((tr) => tr.getAttribute('data-enterprise-id') === String(id)), target.id, { timeout: 30_000 });
    await settled();
    expect(await shownIds()).toEqual(expect.arrayContaining([target.id, neighbour.id]));
    expect(await shownIds()).not.toContain(elsewhere.id);
    const timings = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((r) => r.name.includes('/rectifications/by-enterprise')).map((r) => `${decodeURIComponent(new URL(r.name).search)} ${Math.round(r.duration)} ms`),
    );
    console.log(`rectifications by enterprise (demo world, 500 enterprises): ${timings.join('; ')}`);
  });

  it('switches to the flat list of every task', async () => {
    await page.getByTestId('rectify-view-tasks').click();
    await page.getByTestId('rectification-table').locator('tr[data-task-id]').nth(4).waitFor({ timeout: 30_000 });
    const enterprises = await page.getByTestId('rectification-table').locator('tr[data-task-id] td:first-child').allTextContents();
    expect(enterprises.filter((text) => text.startsWith(target.name))).toHaveLength(3);
  });
});
