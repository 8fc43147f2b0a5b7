// Journeys 1 and 6 through the web console, opened from the extension: an administrator opens a round on the published framework, is told
// why it cannot start without enterprises, enrols two, gives people their roles, assigns the expert every
// dimension in the matrix, and moves the round through collecting, scoring and reviewing to publication.
// (The expert's scores and the reviewer's sign-offs are their own forms in the side panel: here they are
// API calls, everything the administrator does is the console.) Then the results with the radar chart,
// a commendation, XLSX and CSV exports downloaded and read back, the public page that shows the published
// round and never the unpublished demo round, and the enterprise answering its rectification task.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isApplicable } from '../../shared/domain/scoring/applicability';
import type { IndicatorNode } from '../../shared/schemas/round';
import { consoleUrl, openConsole } from '../support/console-actions';
import { artifactsDir, startStack, type Stack } from '../support/stack';
import { adminToken, apiCall } from '../support/worker-api';

const huaxin = { name: '上海华鑫汽车零部件有限公司', industry: 'manufacturing' };
const lvyuan = { name: '上海绿源建设工程有限公司', industry: 'construction' };
const pilot = { zh: '2027年度试点测评', en: '2027 pilot evaluation' };
const demoRound = '2026年度嘉定区民营企业社会责任测评';

let stack: Stack;
let page: Page;
let roundId: number;
let admin: string;
beforeAll(async () => {
  stack = await startStack();
  admin = await adminToken(stack);
});
afterAll(async () => {
  await stack?.close();
});

const lifecycleAt = (status: string) => page.getByTestId('round-lifecycle').locator('li[aria-current="step"]', { hasText: status }).waitFor({ timeout: 10_000 });
const nav = (label: string) => page.locator('.console-nav a', { hasText: label }).click();

async function giveRole(login: string, role: string, binding?: { bureau?: string; enterprise?: string }) {
  const form = page.getByTestId('member-form');
  await form.locator('#member-user').fill(login);
  await form.getByRole('option', { name: `(${login})` }).click();
  await form.locator('#member-role').selectOption(role);
  if (binding?.bureau) await form.locator('#member-bureau').fill(binding.bureau);
  if (binding?.enterprise) {
    await form.locator('#member-enterprise').fill(binding.enterprise.slice(2, 4));
    await form.getByRole('option', { name: binding.enterprise }).click();
  }
  await form.getByTestId('give-role').click();
  await page.getByTestId('member-list').locator(`tr[data-login="${login}"]`).waitFor();
}

describe('running a round to publication in the console', () => {
  it('creates a round on the published framework and explains why it cannot start without enterprises', async () => {
    page = await openConsole(stack, 'admin', 'demo-admin-2026');
    await page.getByTestId('round-list').waitFor();

    await page.locator('#round-name-zh').fill(pilot.zh);
    await page.locator('#round-name-en').fill(pilot.en);
    await page.locator('#round-year').fill('2027');
    await page.getByTestId('create-round').click();
    await page.waitForURL(/\/rounds\/\d+$/);
    roundId = Number(/rounds\/(\d+)$/.exec(page.url())![1]);
    await lifecycleAt('准备');

    await page.getByTestId('move-collecting').click();
    const refusal = page.getByTestId('transition-refused');
    await refusal.locator('[data-problem="no_enterprises"]').waitFor();
    expect(await refusal.textContent()).toContain('尚未纳入任何企业');
  });

  it('enrols two enterprises by picking them, gives three people their roles and opens collection', async () => {
    await page.locator('input[name="enrol-by"][value="list"]').check();
    for (const e of [huaxin, lvyuan]) {
      await page.getByTestId('pick-search').fill(e.name.slice(2, 4));
      await page.locator('.picker label', { hasText: e.name }).locator('input').check();
    }
    await page.getByTestId('enrol').click();
    // The progress counters take the enrolment in off the request path (a rebuild on the queue): the count follows.
    await expect.poll(() => page.getByTestId('enrolled-count').getAttribute('data-count'), { timeout: 30_000 }).toBe('2');

    await giveRole('expert.labour', 'expert', { bureau: '区人力资源和社会保障局' });
    await giveRole('reviewer', 'reviewer');
    await giveRole('huaxin', 'enterprise', { enterprise: huaxin.name });

    // No expert has an assignment yet: the start shows what is missing and goes ahead on a reason.
    await page.getByTestId('move-collecting').click();
    const warnings = page.getByTestId('start-warnings');
    await warnings.locator('[data-warning="no_experts"]').waitFor();
    expect(await warnings.locator('[data-warning="uncovered_indicators"]').textContent()).toContain('64');
    await page.getByTestId('start-reason').fill('专家分工在采集开始后确定');
    await page.getByTestId('start-confirm').click();
    await lifecycleAt('采集');
  });

  it('assigns the expert every dimension in the matrix until no scoring slot is uncovered, and opens scoring', async () => {
    await nav('专家分工');
    const row = page.getByTestId('assignment-matrix').locator('tr[data-login="expert.labour"]');
    await row.waitFor();
    expect(Number(await page.getByTestId('coverage').getAttribute('data-uncovered'))).toBeGreaterThan(0);
    expect(await page.locator('th.gap').count()).toBe(5);
    for (const dimension of ['STAFF', 'MGMT', 'GOV', 'COMM', 'ENV']) {
      await row.locator(`td[data-dimension="${dimension}"] input`).check();
      await row.locator(`td[data-dimension="${dimension}"][data-state="full"]`).waitFor();
    }
    await expect.poll(() => page.getByTestId('coverage').getAttribute('data-uncovered')).toBe('0');
    expect(await page.locator('th.gap').count()).toBe(0);

    await nav('轮次设置');
    await page.getByTestId('move-scoring').click();
    await lifecycleAt('评分');
  });

  it('follows the expert’s scores in the progress view, moves to reviewing and, once signed off, publishes', async () => {
    const expert = await adminToken(stack, 'expert.labour', 'demo-expert-2026');
    const { items } = await apiCall<{ items: IndicatorNode[] }>(stack, admin, 'GET', `/rounds/${roundId}/indicators`);
    const enrolled = await apiCall<{ items: { id: number; name: string; industry: string }[] }>(stack, admin, 'GET', `/rounds/${roundId}/enterprises`);
    const leaves = items.filter((n) => n.level === 3);
    const firstMandatory = leaves.find((n) => n.kind === 'mandatory')!;
    let scored = 0;
    for (const e of enrolled.items) {
      for (const indicator of leaves.filter((n) => isApplicable({ kind: n.kind!, industries: n.industries }, e.industry))) {
        // Huaxin fails its first mandatory indicator (the veto); everything else is scored well.
        const share = e.name === huaxin.name && indicator.id === firstMandatory.id ? 0.3 : e.name === huaxin.name ? 0.8 : 0.9;
        await apiCall(stack, expert, 'PUT', `/rounds/${roundId}/enterprises/${e.id}/indicators/${indicator.id}/my-score`, {
          value: Math.round(indicator.maxScore! * share * 10) / 10,
          rationale: `依据${e.name}2026年度社会责任报告`,
          version: 0,
        });
        scored++;
      }
    }

    await nav('进度');
    const street = page.getByTestId('expert-progress').locator('tr', { hasText: '李明' });
    await expect.poll(() => street.textContent(), { timeout: 10_000 }).toContain(`${scored} / ${scored}`);

    await nav('轮次设置');
    await page.getByTestId('move-reviewing').click();
    await lifecycleAt('审核');
    await page.getByTestId('move-published').click();
    await page.getByTestId('move-published-confirm').click();
    await page.getByTestId('transition-refused').locator('[data-problem="not_signed_off"]').waitFor();
    expect(await page.getByTestId('unsigned-by-street').textContent()).toContain('安亭镇');

    const reviewer = await adminToken(stack, 'reviewer', 'demo-reviewer-2026');
    // Nothing was clipped in this round: each sign-off is confirmed over its completeness.
    for (const e of enrolled.items) await apiCall(stack, reviewer, 'POST', `/rounds/${roundId}/enterprises/${e.id}/sign-off`, { comment: '材料齐全', confirm: { reason: '书面材料另行核实' } });
    await page.getByTestId('move-published').click();
    await page.getByTestId('move-published-confirm').click();
    await lifecycleAt('已发布');
  });

  it('shows the ranking with the veto, one enterprise against the round median on the radar, and a commendation', async () => {
    await nav('结果');
    const ranking = page.getByTestId('ranking-table').locator('tbody tr');
    await expect.poll(() => ranking.count(), { timeout: 10_000 }).toBe(2);
    expect(await ranking.nth(0).textContent()).toContain(lvyuan.name);
    expect(await ranking.nth(1).locator('td.veto').textContent()).toMatch(/[A-Z]+\.\d+\.\d+/);
    await page.getByTestId('totals-histogram').waitFor();
    await page.screenshot({ path: join(artifactsDir, 'console-ranking.png'), fullPage: true });

    await ranking.nth(0).getByRole('link', { name: lvyuan.name }).click();
    await page.getByTestId('radar-chart').waitFor();
    expect(await page.getByTestId('radar-own').getAttribute('points')).not.toBe(await page.getByTestId('radar-median').getAttribute('points'));
    await page.getByTestId('commend-Pilot site').click();
    await page.getByTestId('result-summary').locator('.commendation', { hasText: '示范点位' }).waitFor();
    await page.screenshot({ path: join(artifactsDir, 'console-results.png'), fullPage: true });

    await page.getByTestId('open-report').click();
    await page.getByTestId('enterprise-report').locator('[data-testid="radar-chart"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.console-nav').isVisible()).toBe(false);
    await page.screenshot({ path: join(artifactsDir, 'console-report-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('draws an enterprise of the 500-enterprise demo round against that round’s median (the README’s screenshot)', async () => {
    // One whose grade a failed mandatory indicator capped, so the radar and the veto both have something to say.
    const capped = await apiCall<{ items: { enterprise: { id: number } }[] }>(stack, admin, 'GET', '/rounds/1/results?grade=C&limit=1');
    await page.goto(consoleUrl(stack, `/rounds/1/results/${capped.items[0]!.enterprise.id}`));
    await page.getByTestId('radar-chart').waitFor({ timeout: 15_000 });
    await page.getByTestId('indicator-results').waitFor();
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(artifactsDir, 'console-results-demo.png') });
  });

  it('exports the results as an XLSX workbook that read-excel-file opens, grades and commendation included', async () => {
    await page.goto(consoleUrl(stack, `/rounds/${roundId}/results`));
    await page.getByTestId('export-buttons').locator('summary').click();
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId('export-results-xlsx').click()]);
    const path = join(artifactsDir, download.suggestedFilename());
    await download.saveAs(path);
    console.log(`results XLSX of the pilot round downloaded in ${Date.now() - started} ms`);
    expect(download.suggestedFilename()).toBe(`round-${roundId}-results.xlsx`);
    const rows = await readSheet(path);
    // In the console's language: Chinese headers only.
    expect(rows[0]).toEqual(expect.arrayContaining(['企业名称', '等级', '表彰', '员工责任']));
    const column = (title: string) => rows[0]!.indexOf(title);
    expect(rows.slice(1).map((r) => [r[column('总排名')], r[column('企业名称')], r[column('表彰')]])).toEqual([
      [1, lvyuan.name, '示范点位'],
      [2, huaxin.name, null],
    ]);
    expect(String(rows[2]![column('一票否决')])).toMatch(/^[A-Z]+\.\d+\.\d+ /);

    // The same results as CSV, streamed into a download by the web console's own page, on the worker's origin.
    expect(new URL(page.url()).origin).toBe(stack.worker.url);
    const [csv] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.getByTestId('export-results-csv').click()]);
    expect(csv.suggestedFilename()).toBe(`round-${roundId}-results.csv`);
    const csvPath = join(artifactsDir, csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const text = (await readFile(csvPath, 'utf8')).replace(/^\uFEFF/, '');
    expect(text.split(/\r?\n/, 1)[0]).toContain('企业名称');
    // Ranked as in the workbook: first the commended enterprise, then the other.
    expect(text.indexOf(lvyuan.name)).toBeGreaterThan(0);
    expect(text.indexOf(huaxin.name)).toBeGreaterThan(text.indexOf(lvyuan.name));
  });

  it('publishes the round on the public pages, which never show the demo round that is still being scored', async () => {
    const started = Date.now();
    const list = await fetch(`${stack.worker.url}/public`);
    const listMs = Date.now() - started;
    const html = await list.text();
    expect(list.headers.get('cache-control')).toBe('public, max-age=300');
    expect(html).toContain(pilot.zh);
    expect(html).not.toContain(demoRound);
    expect((await fetch(`${stack.worker.url}/public/rounds/1`)).status).toBe(404);

    const publicPage = await stack.browser.context.newPage();
    await publicPage.goto(`${stack.worker.url}/public/rounds/${roundId}`);
    const rows = publicPage.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('示范点位');
    expect(await publicPage.content()).not.toContain('依据');
    expect(await publicPage.locator('script').count()).toBe(0);
    await publicPage.screenshot({ path: join(artifactsDir, 'public-round.png'), fullPage: true });
    const timed = Date.now();
    await fetch(`${stack.worker.url}/public/rounds/${roundId}`);
    console.log(`public pages: round list ${listMs} ms, ranking ${Date.now() - timed} ms`);
    await publicPage.close();
  });

  it('reads on a 390 px phone: no sideways scrolling, touch targets of 40 px, ranks of the round, filters that narrow', async () => {
    const phone = await stack.browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    const fits = () =>
      phone.evaluate(() => ({
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        small: [...document.querySelectorAll('a, button, input, select')]
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && box.height < 40)
          .map(({ el, box }) => `${el.tagName} ${el.textContent?.trim().slice(0, 20)} ${Math.round(box.height)} px`),
      }));
    for (const path of ['/public', '/public/cases', `/public/rounds/${roundId}`, `/public/rounds/${roundId}?industry=${lvyuan.industry}`]) {
      await phone.goto(`${stack.worker.url}${path}`);
      expect({ path, ...(await fits()) }).toEqual({ path, sideways: 0, small: [] });
    }
    expect(await phone.locator('tbody tr').count()).toBe(1);
    expect(await phone.locator('tbody tr td.rank').textContent()).toBe('1 / 2');
    await phone.locator('tbody th a').click();
    await phone.waitForURL(/\/enterprises\/\d+$/);
    expect({ ...(await fits()) }).toEqual({ sideways: 0, small: [] });
    await phone.screenshot({ path: join(artifactsDir, 'public-enterprise-390px.png'), fullPage: true });
    await phone.goto(`${stack.worker.url}/public/rounds/abc`);
    expect(await phone.locator('h1').textContent()).toContain('未找到已发布的结果');
    await phone.close();
  });

  it('shows the enterprise its scores with the reasons but not the experts, and takes its answer to the task', async () => {
    await page.locator('.console-nav').getByRole('button', { name: '退出登录' }).click();
    await page.locator('#login').fill('huaxin');
    await page.locator('#password').fill('demo-enterprise-2026');
    await page.locator('#password').press('Enter');
    // Going on before the sign-in answers would cancel it, and the page would ask to sign in again.
    await page.getByTestId('signed-in-as').waitFor();
    await page.goto(consoleUrl(stack, `/rounds/${roundId}/my-enterprise`));
    const view = page.getByTestId('enterprise-view');
    await view.getByTestId('published-scores').waitFor({ timeout: 10_000 });
    expect(await view.textContent()).toContain(`依据${huaxin.name}2026年度社会责任报告`);
    expect(await view.textContent()).not.toContain('李明');

    const task = view.locator('article.task').first();
    await task.locator('textarea').first().fill('三个月内完成整改,补签全部劳动合同');
    await task.locator('textarea').nth(1).fill('https://www.huaxin-auto.com.cn/rectification-2027.html');
    await task.getByRole('button', { name: '提交整改' }).click();
    await view.locator('article.task[data-status="submitted"]').waitFor();
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: join(artifactsDir, 'console-enterprise-view.png'), fullPage: true });
  });
});
