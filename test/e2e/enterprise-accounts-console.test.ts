// Journey: the administrator opens the round's 企业账号 page in the web console, creates the accounts of one street's
// enterprises (the progress bar reaches the end), downloads the invitation CSV, opens the printable sheet with one
// page per street and sees the codes, then finds the new accounts in the accounts list by role and round.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithoutExtension, type PlainBrowser } from '../support/browser';
import { startStack, type Stack } from '../support/stack';
import { adminToken } from '../support/worker-api';

const STREET = '安亭镇';

let stack: Stack<PlainBrowser>;
let page: Page;
let roundId: number;
/** What the console's page reports going wrong: script errors, CSP violations, missing messages. */
const problems: string[] = [];
beforeAll(async () => {
  stack = await startStack({ launch: () => launchWithoutExtension() });
  const rounds = (await (await fetch(`${stack.worker.url}/api/v1/rounds`, { headers: { authorization: `Bearer ${await adminToken(stack)}` } })).json()) as { items: { id: number; status: string }[] };
  roundId = rounds.items.find((r) => r.status !== 'published' && r.status !== 'closed')!.id;
  page = await stack.browser.context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('[i18n]')) problems.push(message.text());
  });
  await page.goto(`${stack.worker.url}/`);
  await page.locator('#login').fill('admin');
  await page.locator('#password').fill('demo-admin-2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.console-nav').waitFor();
});
afterAll(async () => {
  await stack?.close();
});

const figures = async (testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').match(/\d+/g)!.map(Number);

describe('enterprise accounts in the web console', () => {
  it('creates the accounts of one street’s enterprises with a progress bar that reaches the end', async () => {
    await page.getByRole('link', { name: '企业账号', exact: true }).click();
    const accounts = page.getByTestId('enterprise-accounts-page');
    await accounts.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/rounds/${roundId}/enterprise-accounts`);
    await accounts.locator('input[name="account-scope"][value="street"]').check();
    await accounts.getByTestId('account-streets').locator(`input[value="${STREET}"]`).check();
    await accounts.getByTestId('accounts-create').click();
    await accounts.locator('[data-testid="accounts-progress"][data-finished="true"]').waitFor({ timeout: 30_000 });
    const [done, total] = await figures('accounts-progress');
    expect(total).toBeGreaterThan(0);
    expect(done).toBe(total);
    expect(await accounts.getByRole('progressbar').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([total, total]);
    const [created, rolesGiven, skipped] = await figures('accounts-totals');
    expect(created! + rolesGiven! + skipped!).toBe(total);
    expect(created).toBeGreaterThan(0);
    expect(await accounts.getByTestId('accounts-ended').textContent()).toMatch(/^已于 \d\d:\d\d:\d\d 完成/);
  });

  it('asks before issuing codes, and downloads them as a CSV', async () => {
    const panel = page.getByTestId('invitation-sheet-panel');
    await panel.getByTestId('invitations-csv').click();
    const download = page.waitForEvent('download');
    await panel.getByTestId('invitations-csv-confirm').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`round-${roundId}-invitations.csv`);
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv).toContain(STREET);
    expect(csv).toMatch(/ent-[0-9a-z]{18}/);
  });

  it('shows the printable sheet, one page per street, with the new codes', async () => {
    const panel = page.getByTestId('invitation-sheet-panel');
    await panel.getByTestId('invitations-sheet').click();
    await panel.getByTestId('invitations-sheet-confirm').click();
    const sheet = panel.getByTestId('invitation-sheet');
    await sheet.waitFor();
    const streets = sheet.locator('section.invitation-street');
    expect(await streets.evaluateAll((sections) => sections.map((s) => s.getAttribute('data-street')))).toEqual([STREET]);
    const codes = await sheet.getByTestId('invitation-code').allTextContents();
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => /^[0-9A-Z-]{8,64}$/.test(code))).toBe(true);
    expect(await sheet.getByRole('status').textContent()).toContain(`共 ${codes.length} 个邀请码`);
    // On paper: nothing but the sheet, and each street starts a page.
    await page.emulateMedia({ media: 'print' });
    expect(await streets.first().evaluate((s) => getComputedStyle(s).breakAfter)).toBe('page');
    expect(await page.locator('.console-nav').evaluate((nav) => getComputedStyle(nav).display)).toBe('none');
    expect(await page.getByTestId('account-scope').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('lists the new accounts with their role in the round when the accounts list is filtered by role and round', async () => {
    await page.getByRole('link', { name: '账号', exact: true }).click();
    const table = page.getByTestId('user-table');
    await table.locator('tbody tr').first().waitFor();
    await page.getByTestId('user-role-filter').selectOption('enterprise');
    await page.getByTestId('user-round-filter').selectOption(String(roundId));
    const shown = () =>
      table.locator('tbody tr').evaluateAll((rows) =>
        rows.map((r) => ({ login: r.querySelector('td.code')?.textContent ?? '', role: r.querySelector('[data-testid="user-roles"] li')?.getAttribute('data-role') })),
      );
    // Only enterprise staff of this round: the demo's own (huaxin) and the new ent-<credit code> accounts.
    await expect.poll(async () => new Set((await shown()).map((row) => row.role))).toEqual(new Set(['enterprise']));
    expect((await shown()).filter((row) => row.login.startsWith('ent-')).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
