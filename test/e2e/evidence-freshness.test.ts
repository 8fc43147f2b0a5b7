// Issue 10's evidence freshness in the console: an expert's accepted clip of huaxin's report page stands on
// the first check; the page is then reworded, the admin runs the check by hand on the console's freshness
// page, and the page shows the item as changed with the nearest text now on the source. The worker may fetch
// the test's local page server only because this stack's worker is told so (FRESHNESS_ALLOW_HOSTS).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleUrl, openConsole } from '../support/console-actions';
import { openLocalD1 } from '../support/local-d1';
import { startPageServer, type PageServer } from '../support/page-server';
import { artifactsDir, startStack, type Stack } from '../support/stack';
import { adminToken, apiCall } from '../support/worker-api';

const HUAXIN = '91310114MA1GT35K7H';
const quote = '公司与全体员工签订劳动合同,签订率达到100%。';
const reworded = '公司与全部在岗员工签订劳动合同,签订率达到100%。';
const report = (...sentences: string[]) => `<!DOCTYPE html><html><head><title>社会责任报告</title></head><body>${sentences.map((s) => `<p>${s}</p>`).join('')}</body></html>`;

let stack: Stack;
let pages: PageServer;
let page: Page;
let roundId: number;
let evidenceId: number;
beforeAll(async () => {
  [stack, pages] = await Promise.all([
    startStack({ workerVars: { FRESHNESS_ALLOW_HOSTS: '127.0.0.1', FRESHNESS_RECHECK_HOURS: '0', FRESHNESS_HOST_SPACING_SECONDS: '0' } }),
    startPageServer(),
  ]);
  pages.set('/csr.html', report('前言', quote, '第三章'));
  const db = await openLocalD1(stack.persistTo);
  const world = db.prepare('SELECT re.round_id AS roundId, e.id AS enterpriseId FROM enterprise e JOIN round_enterprise re ON re.enterprise_id = e.id WHERE e.credit_code = ?').get(HUAXIN) as { roundId: number; enterpriseId: number };
  db.close();
  roundId = world.roundId;
  const expert = await adminToken(stack, 'expert.labour', 'demo-expert-2026');
  const tree = await apiCall<{ items: { id: number; level: number }[] }>(stack, expert, 'GET', `/rounds/${roundId}/indicators`);
  const clip = await apiCall<{ id: number; version: number }>(stack, expert, 'POST', '/evidence', {
    roundId,
    enterpriseId: world.enterpriseId,
    indicatorId: tree.items.find((n) => n.level === 3)!.id,
    kind: 'clip',
    url: pages.url('127.0.0.1', '/csr.html'),
    title: '2025年度社会责任报告',
    quote,
    // As the extension captures it: the quote with the page text around it. Without context, an edited short
    // quote cannot be told from a look-alike (shared/anchoring/acceptance.ts): it would read as gone.
    selectors: { quote: { type: 'TextQuoteSelector', exact: quote, prefix: '前言', suffix: '第三章' } },
    capturedAt: new Date().toISOString(),
    idempotencyKey: 'freshness-e2e-contracts-0001',
  });
  evidenceId = clip.id;
  const reviewer = await adminToken(stack, 'reviewer', 'demo-reviewer-2026');
  await apiCall(stack, reviewer, 'POST', `/evidence/${evidenceId}/review`, { status: 'accepted', version: clip.version });
});
afterAll(async () => {
  await Promise.all([stack?.close(), pages?.stop()]);
});

describe('the freshness page after a source changed', () => {
  it('finds the quote standing on the first check', async () => {
    const admin = await adminToken(stack);
    const run = await apiCall<{ checked: number; stands: number; pages: number; startedAt: string; finishedAt: string }>(stack, admin, 'POST', '/freshness/runs', {});
    console.info(`freshness: first run checked ${run.checked} items on ${run.pages} pages in ${Date.parse(run.finishedAt) - Date.parse(run.startedAt)} ms`);
    expect(run.stands).toBeGreaterThanOrEqual(1);
    const list = await apiCall<{ items: { evidenceId: number }[] }>(stack, admin, 'GET', `/rounds/${roundId}/freshness?status=stands`);
    expect(list.items.map((i) => i.evidenceId)).toContain(evidenceId);
  });

  it('shows the item as changed, with the new nearest text, after the admin runs the check in the console', async () => {
    pages.set('/csr.html', report('前言', reworded, '第三章'));
    page = await openConsole(stack, 'admin', 'demo-admin-2026');
    await page.goto(consoleUrl(stack, `/rounds/${roundId}/freshness`));
    await page.getByTestId('freshness-page').waitFor();
    const started = Date.now();
    await page.getByTestId('freshness-run').click();
    const row = page.locator(`tr[data-evidence-id="${evidenceId}"]`);
    await row.waitFor({ timeout: 30_000 });
    console.info(`freshness: run by hand to the changed item on screen in ${Date.now() - started} ms`);
    expect(await row.getAttribute('data-status')).toBe('changed');
    expect(await row.getByTestId('nearest-text').textContent()).toBe(reworded);
    expect(await row.textContent()).toContain(quote);
    expect(await page.getByTestId('freshness-counts').textContent()).toMatch(/有变化 [1-9]/);
    await page.screenshot({ path: join(artifactsDir, 'evidence-freshness-changed.png'), fullPage: true });
  });
});
