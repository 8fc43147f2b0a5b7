// A documentation request end to end, in two Chromium profiles: the reviewer asks 华鑫 for documentation on an
// indicator in the side panel, the enterprise's staff answer it in the console with a link and a statement,
// and the reviewer accepts the answer in the console. D1 holds each state; screenshots land in artifacts.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';
import { consoleFromExtension, openConsole } from '../support/console-actions';
import { openIndicator, openSidePanel, signInThroughOptions } from '../support/extension-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';

const QUESTION = '请提供2025年度劳动合同签订台账及签订率统计';
const STATEMENT = '2025年全员签订书面劳动合同,签订率100%,台账见附件链接。';

let stack: Stack;
let enterpriseBrowser: ExtensionBrowser;
let panel: Page;
let code: string;

const shoot = (target: Page | Locator, name: string) => target.screenshot({ path: join(artifactsDir, `${name}.png`) });

/** The request's row in the local D1 (the newest asked with QUESTION). */
async function requestRow() {
  const db = await openLocalD1(stack.persistTo);
  const row = db.prepare('SELECT id, status, answer_statement AS statement, answer_evidence_ids AS evidenceIds, version FROM documentation_request WHERE question = ? ORDER BY id DESC').get(QUESTION) as
    | { id: number; status: string; statement: string | null; evidenceIds: string; version: number }
    | undefined;
  db.close();
  return row;
}

/** Polls D1 until the request reaches `status` (bounded). */
async function untilStatus(status: string) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const row = await requestRow();
    if (row?.status === status) return row;
    if (Date.now() > deadline) throw new Error(`request still ${row?.status ?? 'missing'}, expected ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  [stack, enterpriseBrowser] = await Promise.all([startStack(), launchWithExtension()]);
});
afterAll(async () => {
  await Promise.all([enterpriseBrowser?.close(), stack?.close()]);
});

describe('a documentation request', () => {
  it('is asked by the reviewer on an indicator in the side panel', async () => {
    await signInThroughOptions(stack, 'reviewer', 'demo-reviewer-2026').then((p) => p.close());
    const site = await stack.browser.context.newPage();
    await site.goto(stack.siteUrl('huaxin-auto', '/csr-2025.html'));
    panel = await openSidePanel(stack.browser);
    await panel.getByTestId('panel-summary').waitFor({ timeout: 30_000 });
    const row = panel.locator('section.indicator[data-applicable="true"]').first();
    code = (await row.getAttribute('data-indicator-code'))!;
    await openIndicator(row);
    await row.getByTestId('request-open').click();
    const form = row.getByTestId('request-form');
    await form.getByTestId('request-question').fill(QUESTION);
    await shoot(row, 'request-ask');
    await form.getByTestId('request-send').click();
    await row.locator('[data-testid="indicator-requests"] p[data-status="open"]').waitFor({ timeout: 10_000 });
    await row.getByTestId('requests-waiting').waitFor();
    expect(await requestRow()).toMatchObject({ status: 'open', version: 1 });
  });

  it('is answered by the enterprise in the console with a link and a statement', async () => {
    const console = await openConsole(stack, 'huaxin', 'demo-enterprise-2026', enterpriseBrowser);
    await console.getByRole('link', { name: '补充材料' }).click();
    const card = console.locator('[data-testid="documentation-request"]', { hasText: QUESTION });
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getAttribute('data-status')).toBe('open');
    expect(await card.textContent()).toContain(code);
    // Enterprises are not told who evaluates them.
    expect(await card.textContent()).not.toContain('赵立');
    await card.locator('textarea[id^="answer-links-"]').fill('https://huaxin-auto.com.cn/reports/contracts-2025.pdf');
    await card.locator('textarea[id^="answer-statement-"]').fill(STATEMENT);
    await shoot(card, 'request-answer');
    await card.getByRole('button', { name: '提交答复' }).click();
    await console.locator('[data-testid="documentation-request"][data-status="answered"]', { hasText: QUESTION }).waitFor({ timeout: 10_000 });
    const row = await untilStatus('answered');
    expect(row.statement).toBe(STATEMENT);
    expect(JSON.parse(row.evidenceIds)).toHaveLength(2);
  });

  it('is accepted by the reviewer in the console, and the side panel shows it accepted', async () => {
    // The reviewer is signed in in this profile already (the side panel's).
    const console = await consoleFromExtension(stack.browser, stack.worker.url);
    await console.getByRole('link', { name: '补充材料' }).click();
    const card = console.locator('[data-testid="documentation-request"]', { hasText: QUESTION });
    await card.getByTestId('request-answer').filter({ hasText: STATEMENT }).waitFor({ timeout: 10_000 });
    await card.getByTestId('request-accept').click();
    await console.locator('[data-testid="documentation-request"][data-status="accepted"]', { hasText: QUESTION }).waitFor({ timeout: 10_000 });
    await shoot(console, 'request-accepted');
    expect(await untilStatus('accepted')).toMatchObject({ status: 'accepted', version: 3 });
    await panel.locator(`section.indicator[data-indicator-code="${code}"] [data-testid="indicator-requests"] p[data-status="accepted"]`).waitFor({ timeout: 20_000 });
  });
});
