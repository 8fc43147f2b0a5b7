// Journeys of each role in the web console at / of the worker, in Chromium without the extension: the enterprise's
// staff on a 390 px phone attach a report link and answer a documentation request, the reviewer reaches the review
// queue and the expert the indicators to score through the navigation, and the admin imports enterprises from a CSV.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoWorldSpec } from '../../scripts/demo/world';
import { toCsv } from '../../shared/domain/csv';
import { enterpriseCsvRecords } from '../../shared/domain/enterprise-csv';
import { EnterpriseCreate } from '../../shared/schemas/enterprise';
import { syntheticEnterprises } from '../../worker/seed/synthetic-enterprises';
import { openLocalD1 } from '../support/local-d1';
import { webConsoleForFile } from '../support/web-console';
import { adminToken, apiCall } from '../support/worker-api';

const web = webConsoleForFile();

const passwordOf = (login: string) => demoWorldSpec.users.find((u) => u.login === login)!.password!;

/** Signs `login` in through the web console's own form, after signing out whoever was signed in. */
async function signIn(login: string) {
  await web.page.goto(`${web.stack.worker.url}/`);
  const signOut = web.page.getByRole('button', { name: '退出登录' });
  await web.page.locator('#login').or(signOut).first().waitFor();
  if (await signOut.isVisible()) {
    // Signing out while the landing page still loads would leave its reads refused (401) in the console.
    await web.page.waitForLoadState('networkidle');
    await signOut.click();
  }
  await web.page.locator('#login').fill(login);
  await web.page.locator('#password').fill(passwordOf(login));
  await web.page.getByRole('button', { name: '登录' }).click();
  await web.page.locator('.console-nav').waitFor();
}

/** Opens a page of the round by the console's navigation, as a reader would. */
const navigateTo = (label: string) => web.page.locator('.console-nav').getByRole('link', { name: label, exact: true }).click();

const sideways = () => web.page.evaluate(() => document.documentElement.scrollWidth);
const heightOf = async (target: Locator) => (await target.boundingBox())!.height;

/** One row of the local D1, read after the worker wrote it. */
async function row<T>(sql: string, ...params: (string | number)[]) {
  const db = await openLocalD1(web.stack.persistTo);
  const found = db.prepare(sql).get(...params) as T | undefined;
  db.close();
  return found;
}

describe('each role’s journey in the web console', () => {
  it('lets the enterprise’s staff on a 390 px phone attach a report link and answer a documentation request', async () => {
    const { roundId, enterpriseId, indicatorId, code } = (await row<{ roundId: number; enterpriseId: number; indicatorId: number; code: string }>(
      `SELECT r.id AS roundId, e.id AS enterpriseId, i.id AS indicatorId, i.code AS code
       FROM round r JOIN indicator i ON i.framework_id = r.framework_id AND i.level = 3, enterprise e
       WHERE e.credit_code = '91310114MA1GT35K7H' ORDER BY i.code LIMIT 1`,
    ))!;
    // The demo world asks nothing of its enterprises: the reviewer asks huaxin for a document first.
    const question = '请提供2025年度员工劳动合同签订率的证明材料';
    const asked = await apiCall<{ id: number }>(web.stack, await adminToken(web.stack, 'reviewer', passwordOf('reviewer')), 'POST', `/rounds/${roundId}/enterprises/${enterpriseId}/documentation-requests`, {
      indicatorId,
      question,
      dueOn: '2026-12-31',
    });

    await web.page.setViewportSize({ width: 390, height: 844 });
    await signIn('huaxin');
    // Enterprise staff land on their own enterprise's page of the round.
    const view = web.page.getByTestId('enterprise-view');
    await view.waitFor();
    const form = web.page.getByTestId('report-link-form');
    const opener = form.locator('summary');
    expect(await heightOf(opener)).toBeGreaterThanOrEqual(40);
    await opener.click();
    await form.locator('#report-link-indicator').selectOption(String(indicatorId));
    const reportUrl = 'https://huaxin-auto.com.cn/csr/2025-social-responsibility-report.pdf';
    await form.locator('#report-link-url').fill(reportUrl);
    await form.locator('#report-link-title').fill('华鑫2025年度社会责任报告');
    const attach = form.getByRole('button', { name: '添加链接' });
    expect(await heightOf(attach)).toBeGreaterThanOrEqual(40);
    await attach.click();
    const listed = view.locator(`[data-indicator-code="${code}"] a`, { hasText: '华鑫2025年度社会责任报告' });
    await listed.waitFor();
    expect(await listed.getAttribute('href')).toBe(reportUrl);
    expect(await sideways()).toBeLessThanOrEqual(390);

    await navigateTo('补充材料');
    const card = web.page.locator(`[data-testid="documentation-request"][data-request-id="${asked.id}"]`);
    await card.getByText(question).waitFor();
    await card.locator(`#answer-links-${asked.id}`).fill('https://huaxin-auto.com.cn/hr/contracts-2025.pdf');
    await card.locator(`#answer-statement-${asked.id}`).fill('2025年劳动合同签订率为100%,见附件。');
    const send = card.getByRole('button', { name: '提交答复' });
    expect(await heightOf(send)).toBeGreaterThanOrEqual(40);
    expect(await sideways()).toBeLessThanOrEqual(390);
    await send.click();
    await web.page.locator(`[data-testid="documentation-request"][data-request-id="${asked.id}"][data-status="answered"]`).waitFor();
    expect(await sideways()).toBeLessThanOrEqual(390);

    // Both landed in D1, as huaxin's.
    const huaxin = (await row<{ id: number }>(`SELECT id FROM user WHERE login = 'huaxin'`))!.id;
    expect(await row(`SELECT kind, title, indicator_id AS indicatorId, captured_by AS capturedBy FROM evidence WHERE url = ? AND enterprise_id = ?`, reportUrl, enterpriseId)).toEqual({
      kind: 'report',
      title: '华鑫2025年度社会责任报告',
      indicatorId,
      capturedBy: huaxin,
    });
    expect(await row(`SELECT status, answer_statement AS statement, answered_by AS answeredBy FROM documentation_request WHERE id = ?`, asked.id)).toEqual({
      status: 'answered',
      statement: '2025年劳动合同签订率为100%,见附件。',
      answeredBy: huaxin,
    });
    expect(web.problems).toEqual([]);
    await web.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('takes the reviewer to the review queue by the navigation, with its first items', async () => {
    await signIn('reviewer');
    await navigateTo('审核队列');
    await web.page.getByTestId('review-queue-page').getByTestId('queue-item').first().waitFor();
    expect(new URL(web.page.url()).pathname).toMatch(/^\/rounds\/\d+\/review-queue/);
    expect(await web.page.getByTestId('queue-enterprise').first().textContent()).toBeTruthy();
  });

  it('takes the expert to their indicators to score by the navigation, with its first items', async () => {
    // The demo world has every covered slot scored: the admin asks the labour expert to score huaxin's environment too.
    const { roundId, expertId, enterpriseId } = (await row<{ roundId: number; expertId: number; enterpriseId: number }>(
      `SELECT r.id AS roundId, u.id AS expertId, e.id AS enterpriseId FROM round r, user u, enterprise e
       WHERE u.login = 'expert.labour' AND e.credit_code = '91310114MA1GT35K7H'`,
    ))!;
    await apiCall(web.stack, await adminToken(web.stack), 'POST', `/rounds/${roundId}/assignments`, { expertId, dimensionCodes: ['ENV'], enterpriseIds: [enterpriseId] });
    await signIn('expert.labour');
    await navigateTo('待评分');
    const first = web.page.getByTestId('to-score-page').getByTestId('to-score-item').first();
    await first.waitFor();
    expect(await first.textContent()).toContain('上海华鑫汽车零部件有限公司');
    expect(await first.textContent()).toContain('ENV.');
    expect(new URL(web.page.url()).pathname).toMatch(/^\/rounds\/\d+\/to-score/);
    expect(web.problems).toEqual([]);
  });

  it('lets the admin import a small enterprise CSV and sees the import finish', async () => {
    const newcomers = syntheticEnterprises({ count: 3, seed: 1717, avoid: demoWorldSpec.enterprises }).map((e) => EnterpriseCreate.parse(e));
    await signIn('admin');
    await navigateTo('企业名录');
    await web.page.getByTestId('open-import').click();
    await web.page.getByTestId('csv-file').setInputFiles({ name: 'enterprises.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${toCsv(enterpriseCsvRecords(newcomers))}`) });
    await expect.poll(() => web.page.getByTestId('import-summary').textContent(), { timeout: 20_000 }).toContain('3 行,3 行有效(新建 3');
    await web.page.getByTestId('commit-import').click();
    await web.page.getByTestId('import-progress').and(web.page.locator('[data-step="done"]')).waitFor({ timeout: 30_000 });
    expect(await web.page.getByTestId('import-summary').textContent()).toContain('已导入:新建 3');
    for (const e of newcomers) expect(await row(`SELECT name FROM enterprise WHERE credit_code = ?`, e.creditCode)).toEqual({ name: e.name });
    expect(web.problems).toEqual([]);
  });
});
