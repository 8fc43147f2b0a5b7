// Issue 18's console queues in Chromium with the built extension, on the demo world (500 enterprises, a round in
// scoring with open disagreements): a reviewer settles one disagreement by keyboard and a selected set in bulk
// after its preview, and the audit log (one score.settle row per item) and the disagreement list agree; an expert
// opens the to-score queue (counts and ready items) and finds a clip a reviewer rejected under "my clips".
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/schemas/audit';
import type { DisagreementPage } from '../../shared/schemas/disagreements';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { openConsole } from '../support/console-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';
import { adminToken, callAs } from '../support/worker-api';

let stack: Stack;
let expertBrowser: ExtensionBrowser;
let reviewer: Page;
let roundId: number;
const REASON = '两位专家评分相差不超过一个等级,按中位数裁定';

/** The demo round, read straight from the local D1. */
async function demoRound() {
  const db = await openLocalD1(stack.persistTo);
  const { id } = db.prepare(`SELECT id FROM round WHERE status = 'scoring' ORDER BY id LIMIT 1`).get() as { id: number };
  db.close();
  return id;
}

/** The score.settle audit rows of the round, as an admin reads them through the audit API. */
async function settleAudit(): Promise<AuditEntry[]> {
  const token = await adminToken(stack);
  const answer = await callAs(stack, token, `/audit?action=score.settle&roundId=${roundId}&limit=200`);
  expect(answer.status).toBe(200);
  return answer.data.items as AuditEntry[];
}

/** Every open disagreement of one enterprise, through the queue API as the reviewer. */
async function openSlotsOf(enterpriseId: number): Promise<string[]> {
  const token = await adminToken(stack, 'reviewer', 'demo-reviewer-2026');
  const answer = await callAs(stack, token, `/rounds/${roundId}/queues/disagreements?enterpriseId=${enterpriseId}&limit=100`);
  expect(answer.status).toBe(200);
  return (answer.data as DisagreementPage).items.map((i) => `${i.enterprise.id}:${i.indicator.id}`);
}

const openCount = async (page: Page) => Number(/\d+/.exec((await page.getByTestId('disagreements-open').textContent()) ?? '')![0]);
const slotsOnPage = (page: Page) => page.getByTestId('disagreement-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-slot')!));

beforeAll(async () => {
  [stack, expertBrowser] = await Promise.all([startStack(), launchWithExtension()]);
  roundId = await demoRound();
  reviewer = await openConsole(stack, 'reviewer', 'demo-reviewer-2026');
});
afterAll(async () => {
  await Promise.all([expertBrowser?.close(), stack?.close()]);
});

describe('the reviewer’s disagreement queue', () => {
  it('lists the round’s open disagreements with the experts’ scores side by side, and the count', async () => {
    await reviewer.getByRole('link', { name: '分歧队列' }).click();
    await reviewer.getByTestId('disagreement-item').first().waitFor({ timeout: 30_000 });
    await reviewer.getByTestId('disagreements-open').waitFor({ timeout: 30_000 });
    expect(await openCount(reviewer)).toBeGreaterThan(20);
    expect(await reviewer.getByTestId('disagreement-item').count()).toBe(20);
    expect(await reviewer.getByTestId('disagreement-item').first().getByTestId('queue-expert-score').count()).toBeGreaterThanOrEqual(2);
  });

  it('settles the second item with the keyboard: j j s, a reason, Enter', async () => {
    const before = await openCount(reviewer);
    const second = (await slotsOnPage(reviewer))[1]!;
    await reviewer.keyboard.press('j');
    await reviewer.keyboard.press('j');
    expect(await reviewer.locator('[data-testid="disagreement-item"][aria-current="true"]').getAttribute('data-slot')).toBe(second);
    await reviewer.keyboard.press('s');
    const form = reviewer.getByTestId('settle-form');
    await form.waitFor();
    // The value field has the focus: typing j there types, it does not walk the queue.
    expect(await reviewer.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('settle-value');
    await form.getByTestId('settle-reason').fill('核实证据后取专家共识');
    await form.getByTestId('settle-reason').press('Enter');
    await reviewer.locator(`[data-slot="${second}"]`).waitFor({ state: 'detached', timeout: 30_000 });
    const [enterpriseId, indicatorId] = second.split(':');
    const rows = (await settleAudit()).filter((r) => r.resourceId === `${enterpriseId}/${indicatorId}`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.user?.login).toBe('reviewer');
    await reviewer.waitForFunction((n) => /\d+/.exec(document.querySelector('[data-testid="disagreements-open"]')?.textContent ?? '')?.[0] === String(n), before - 1, { timeout: 30_000 });
  });

  it('bulk-settles a selected set only after its preview and the confirm click; one audit row per item, and the list and count agree', async () => {
    const before = await openCount(reviewer);
    const auditBefore = (await settleAudit()).length;
    // Within one rubric level: the selection the bulk settle is for.
    await reviewer.getByTestId('filter-within').selectOption('1');
    await reviewer.locator('[data-testid="disagreements-page"][aria-busy="false"]').waitFor({ timeout: 30_000 });
    const onPage = await slotsOnPage(reviewer);
    // Everything matching the filters, then one item unticked: the rest of the page stays ticked.
    await reviewer.getByTestId('select-matching').click();
    expect(await reviewer.getByTestId('selected-count').textContent()).toBe('已选:符合当前筛选条件的全部分歧');
    await reviewer.locator(`[data-slot="${onPage[0]}"]`).getByTestId('disagreement-select').uncheck();
    expect(await reviewer.getByTestId('selected-count').textContent()).toBe(`已选 ${onPage.length - 1} 处`);
    await reviewer.getByRole('button', { name: '清除选择' }).click();
    const chosen = onPage.slice(0, 3);
    for (const slot of chosen) await reviewer.locator(`[data-slot="${slot}"]`).getByTestId('disagreement-select').check();
    expect(await reviewer.getByTestId('selected-count').textContent()).toBe('已选 3 处');
    await reviewer.getByTestId('bulk-preview-open').click();
    const preview = reviewer.getByTestId('bulk-preview');
    await preview.waitFor({ timeout: 30_000 });
    const rows = await preview.getByTestId('bulk-preview-item').evaluateAll((trs) => trs.map((tr) => ({ slot: tr.getAttribute('data-slot')!, value: Number(tr.getAttribute('data-value')) })));
    expect(rows.map((r) => r.slot).sort()).toEqual([...chosen].sort());
    await reviewer.screenshot({ path: join(artifactsDir, 'console-bulk-settle-preview.png'), fullPage: true });
    // The preview wrote nothing.
    expect((await settleAudit()).length).toBe(auditBefore);
    expect(await reviewer.getByTestId('bulk-confirm').isDisabled()).toBe(true);
    await reviewer.getByTestId('bulk-reason').fill(REASON);
    await reviewer.getByTestId('bulk-confirm').click();
    await reviewer.getByTestId('bulk-settled').filter({ hasText: '已裁定 3 处' }).waitFor({ timeout: 30_000 });
    const timings = await reviewer.evaluate(() =>
      performance.getEntriesByType('resource').filter((r) => /\/(settlements|queues\/disagreements)/.test(r.name)).map((r) => `${new URL(r.name).pathname.replace(/^.*\/rounds\/\d+/, '')} ${Math.round(r.duration)} ms`),
    );
    console.log(`disagreement queue and bulk settle requests (demo world, 500 enterprises): ${timings.join('; ')}`);

    const audit = (await settleAudit()).slice(0, 3);
    expect(audit.map((r) => r.resourceId).sort()).toEqual(chosen.map((s) => s.replace(':', '/')).sort());
    for (const row of audit) {
      const previewed = rows.find((r) => r.slot === row.resourceId!.replace('/', ':'))!;
      expect(row.after).toMatchObject({ value: previewed.value, reason: REASON, rule: 'median', bulk: true });
    }
    // The list no longer holds them, on the page and through the API; the round's count went down by 3.
    for (const slot of chosen) await reviewer.locator(`[data-slot="${slot}"]`).waitFor({ state: 'detached', timeout: 30_000 });
    for (const slot of chosen) expect(await openSlotsOf(Number(slot.split(':')[0]))).not.toContain(slot);
    await reviewer.waitForFunction((n) => /\d+/.exec(document.querySelector('[data-testid="disagreements-open"]')?.textContent ?? '')?.[0] === String(n), before - 3, { timeout: 30_000 });
  });
});

describe('the expert’s to-score queue', () => {
  let expert: Page;
  let rejectedId: number;

  beforeAll(async () => {
    const db = await openLocalD1(stack.persistTo);
    // A clip of expert.labour a reviewer rejects, with a reason.
    const clip = db
      .prepare(`SELECT e.id, e.version FROM evidence e JOIN user u ON u.id = e.captured_by WHERE u.login = 'expert.labour' AND e.status = 'pending' AND e.deleted_at IS NULL AND e.round_id = ? ORDER BY e.id LIMIT 1`)
      .get(roundId) as { id: number; version: number };
    // The demo's experts scored every slot of their assignments: the admin gives expert.labour the environment
    // dimension of one enterprise, whose slots are then to score (ready where evidence was accepted).
    const people = db.prepare(`SELECT u.id FROM user u WHERE u.login = 'expert.labour'`).get() as { id: number };
    const huaxin = db.prepare(`SELECT id FROM enterprise WHERE credit_code = '91310114MA1GT35K7H'`).get() as { id: number };
    db.close();
    rejectedId = clip.id;
    const token = await adminToken(stack, 'reviewer', 'demo-reviewer-2026');
    const rejected = await callAs(stack, token, `/evidence/${clip.id}/review`, { json: { status: 'rejected', comment: '摘录与该指标无关', version: clip.version } });
    expect([200, 201]).toContain(rejected.status);
    const assigned = await callAs(stack, await adminToken(stack), `/rounds/${roundId}/assignments`, { json: { expertId: people.id, dimensionCodes: ['ENV'], enterpriseIds: [huaxin.id] } });
    expect(assigned.status).toBe(201);
    expert = await openConsole(stack, 'expert.labour', 'demo-expert-2026', expertBrowser);
  });

  it('shows the counts of the queue and the ready slots first, each with a link to the enterprise’s site', async () => {
    await expert.getByRole('link', { name: '待评分' }).click();
    const counts = expert.getByTestId('to-score-counts');
    await counts.waitFor({ timeout: 30_000 });
    const [covered, scored, ready, waiting] = ((await counts.textContent()) ?? '').match(/\d+/g)!.map(Number);
    expect(covered).toBe(scored! + ready! + waiting!);
    expect(ready).toBeGreaterThan(0);
    await expert.getByTestId('to-score-item').first().waitFor({ timeout: 30_000 });
    expect(await expert.getByTestId('to-score-item').first().textContent()).toMatch(/已采纳 [1-9]\d* 条/);
    await expert.getByTestId('to-score-open').first().waitFor();
    expect(await expert.getByTestId('to-score-open').first().getAttribute('href')).toMatch(/^https:\/\//);
    await expert.getByTestId('readiness-waiting').check();
    await expert.locator('[data-testid="to-score-list"][aria-busy="false"]').waitFor({ timeout: 30_000 });
    expect(await expert.getByTestId('to-score-item').first().textContent()).toMatch(/已采纳 0 条/);
  });

  it('lists the rejected clip under my clips, with the reason, who and when', async () => {
    await expert.getByTestId('tab-my-clips').click();
    await expert.getByTestId('my-clips-kind').selectOption('rejected');
    const clip = expert.locator(`[data-testid="my-clip"][data-evidence-id="${rejectedId}"]`);
    await clip.waitFor({ timeout: 30_000 });
    const note = (await clip.getByTestId('my-clip-rejected').textContent()) ?? '';
    expect(note).toContain('赵立');
    expect(note).toContain('摘录与该指标无关');
    expect(await expert.getByTestId('my-clips-counts').textContent()).toMatch(/被退回 [1-9]\d* 条/);
    await expert.screenshot({ path: join(artifactsDir, 'console-my-clips.png'), fullPage: true });
  });
});
