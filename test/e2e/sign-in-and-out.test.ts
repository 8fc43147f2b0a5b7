// Journeys: the options page on install, with the clip shortcut; signing in and out of the extension (options page
// and popup); the first admin of a deployment, made by `npm run create-admin`, setting a password with the invitation
// code; and a session ended on the server while the picker is open, resumed from the "sign in again" banner with the
// note intact.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/wrangler';
import { openConsole } from '../support/console-actions';
import { chooseIndicator, chooseStance, openPickerOn, signInThroughOptions } from '../support/extension-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';
import { revokeSessionsOf } from '../support/worker-api';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

/** Runs `npm run create-admin` on the stack's local D1 and returns the code it printed. */
function createAdmin(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'create-admin', '--', ...args, '--persist-to', stack.persistTo], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => {
      const found = /^\s+([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})$/m.exec(output)?.[1];
      return code === 0 && found ? resolve(found) : reject(new Error(`create-admin failed (${code}):\n${output}`));
    });
  });
}

describe('the options page', () => {
  it('opens when the extension is installed, and shows the clip shortcut Chromium registered, with the way to change it', async () => {
    const optionsUrl = stack.browser.pageUrl('options.html');
    const opened = () => stack.browser.context.pages().find((page) => page.url() === optionsUrl);
    await expect.poll(() => opened() !== undefined, { timeout: 10_000 }).toBe(true);
    const options = opened()!;
    // Alt+Shift+C, which Chromium keeps for itself, left the shortcut unset here.
    await expect.poll(() => options.getByTestId('clip-shortcut').textContent()).toBe('Alt+Shift+E');
    const shortcuts = stack.browser.context.waitForEvent('page', { predicate: (page) => page.url() === 'chrome://extensions/shortcuts' });
    await options.getByTestId('change-shortcut').click();
    await (await shortcuts).close();
    await options.close();
  });
});

describe('signing in and out', () => {
  it('signs in from the options page, out, and in again', async () => {
    const options = await signInThroughOptions(stack, 'expert.labour', 'demo-expert-2026');
    expect(await options.getByTestId('signed-in-as').textContent()).toContain('expert.labour');
    await options.getByRole('button', { name: '退出登录' }).click();
    await options.locator('#login').waitFor();
    expect(await options.getByTestId('signed-in-as').count()).toBe(0);
    await options.locator('#login').fill('expert.labour');
    await options.locator('#password').fill('demo-expert-2026');
    await options.locator('#password').press('Enter');
    await options.getByTestId('signed-in-as').waitFor();
    await options.close();
  });

  it('signs out and in from the popup', async () => {
    const popup = await stack.browser.context.newPage();
    await popup.goto(stack.browser.pageUrl('popup.html'));
    await popup.getByTestId('signed-in-as').waitFor();
    await popup.getByRole('button', { name: '退出登录' }).click();
    await popup.locator('#password').waitFor();
    await popup.locator('#login').fill('reviewer');
    await popup.locator('#password').fill('demo-reviewer-2026');
    await popup.locator('#password').press('Enter');
    await expect.poll(() => popup.getByTestId('signed-in-as').textContent(), { timeout: 10_000 }).toContain('赵立');
    await popup.close();
  });

  it('lets the first admin made by create-admin set a password with the invitation code', async () => {
    // wrangler writes the local D1 while the worker is stopped, as on a machine before `npm run dev`.
    await stack.stopWorker();
    const code = await createAdmin(['--login', 'chief', '--name', '区社会工作部 主任']);
    await stack.restartWorker();

    const options = await stack.browser.context.newPage();
    await options.goto(stack.browser.pageUrl('options.html'));
    await options.getByRole('button', { name: '退出登录' }).click();
    await options.getByRole('button', { name: '我有邀请码' }).click();
    await options.locator('#invite-code').fill(code.toLowerCase());
    await options.locator('#new-password').fill('chief-password-2026');
    await options.locator('#repeat-password').fill('chief-password-2026');
    await options.getByRole('button', { name: '设置密码并登录' }).click();
    await expect.poll(() => options.getByTestId('signed-in-as').textContent(), { timeout: 10_000 }).toContain('chief');
    await options.screenshot({ path: join(artifactsDir, 'options-signed-in.png') });
    await options.getByRole('button', { name: '退出登录' }).click();
    await options.close();
  });
});

describe('a session that ends while clipping', () => {
  it('shows "sign in again" on every page and saves the clip with its note after signing in there', async () => {
    const options = await signInThroughOptions(stack, 'expert.labour', 'demo-expert-2026');
    const page = await stack.browser.context.newPage();
    await page.goto(stack.siteUrl('huaxin-auto', '/csr-2025.html'));
    const picker = await openPickerOn(stack, page, '#contracts');
    await chooseIndicator(picker, 'STAFF.1.1');
    await chooseStance(picker, 'supports');
    const note = '会话中断前写的备注';
    await picker.locator('#clip-note').fill(note);

    expect(await revokeSessionsOf(stack, 'expert.labour')).toBeGreaterThan(0);
    await picker.locator('#indicator-search').press('Control+Enter');

    const banner = picker.getByTestId('session-banner');
    await banner.waitFor({ timeout: 15_000 });
    await options.getByTestId('session-banner').waitFor({ timeout: 5_000 });
    expect(await picker.locator('#clip-note').inputValue()).toBe(note);
    expect(await picker.getByTestId('chosen-indicator').textContent()).toContain('STAFF.1.1');
    expect(await banner.locator('#login').inputValue()).toBe('expert.labour');
    await page.screenshot({ path: join(artifactsDir, 'session-ended-picker.png') });

    await banner.locator('#password').fill('demo-expert-2026');
    await banner.locator('#password').press('Enter');
    await picker.getByText('已保存').waitFor({ timeout: 15_000 });
    await expect.poll(() => options.getByTestId('session-banner').count(), { timeout: 5_000 }).toBe(0);

    const db = await openLocalD1(stack.persistTo);
    const rows = db.prepare(`SELECT e.note, i.code FROM evidence e JOIN indicator i ON i.id = e.indicator_id WHERE e.id > ?`).all(stack.seededEvidenceMaxId);
    db.close();
    expect(rows).toEqual([{ note, code: 'STAFF.1.1' }]);
  });
});

describe('a wrong password in the audit trail', () => {
  it('shows a failed sign-in on a login nobody holds to an administrator on the audit page, by an unknown user; the accounts page issues a new code', async () => {
    const options = await stack.browser.context.newPage();
    await options.goto(stack.browser.pageUrl('options.html'));
    // The page reads the session before it shows either: wait for one, then sign out if someone is in.
    await options.locator('[data-testid="signed-in-as"], #login').first().waitFor({ timeout: 15_000 });
    if ((await options.getByTestId('signed-in-as').count()) > 0) await options.getByRole('button', { name: '退出登录' }).click();
    await options.locator('#login').fill('nobody.here');
    await options.locator('#password').fill('not-the-password');
    await options.locator('#password').press('Enter');
    await options.locator('[role="alert"][data-error-code="invalid_credentials"]').waitFor({ timeout: 10_000 });
    await options.close();

    const page = await openConsole(stack, 'admin', 'demo-admin-2026');
    await page.getByRole('link', { name: '审计日志' }).click();
    await page.getByRole('button', { name: '登录失败' }).click();
    const failed = page.locator('tr[data-action="session.failed"]').filter({ hasText: '登录名 nobody.here' }).first();
    await failed.waitFor({ timeout: 10_000 });
    expect(await failed.getByTestId('audit-user').textContent()).toBe('未知');
    expect(await page.locator('tr[data-audit-id]:not([data-action="session.failed"])').count()).toBe(0);
    await page.screenshot({ path: join(artifactsDir, 'console-audit-failed-sign-in.png') });

    // The accounts page: a new one-time code for the reviewer, who keeps their password until they use it.
    await page.getByRole('link', { name: '账号', exact: true }).click();
    await page.getByTestId('user-search').fill('reviewer');
    await expect.poll(() => page.locator('tr[data-user-id]').count(), { timeout: 5_000 }).toBe(1);
    const reviewer = page.locator('tr[data-user-id]').filter({ hasText: 'reviewer' }).first();
    await reviewer.getByTestId('new-invite').click();
    expect(await reviewer.getByTestId('issued-code').textContent()).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    await page.screenshot({ path: join(artifactsDir, 'console-users-invite.png') });
    await page.close();
  });
});
