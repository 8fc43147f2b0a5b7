// Journey: anyone with a browser and no extension opens the worker's address, signs in to the web console and reaches
// the rounds page; the page is served with a strict CSP, the session is an HttpOnly SameSite=Strict cookie, and a
// change sent with that cookie from another site is refused and changes nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlainBrowser } from '../support/browser';
import type { Stack } from '../support/stack';
import { startWebConsole } from '../support/web-console';
import { adminToken, revokeSessionsOf } from '../support/worker-api';

let stack: Stack<PlainBrowser>;
let page: Page;
let problems: string[];
beforeAll(async () => {
  ({ stack, page, problems } = await startWebConsole());
});
afterAll(async () => {
  await stack?.close();
});

describe('the web console at / of the worker', () => {
  it('is served with a strict CSP and no inline script', async () => {
    const response = await page.goto(`${stack.worker.url}/`);
    expect(response?.status()).toBe(200);
    const csp = (await response?.headerValue('content-security-policy')) ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    // The single-page application's own paths load the same page; the API's unknown paths stay JSON.
    expect((await stack.browser.context.request.get(`${stack.worker.url}/rounds/1/enterprises`)).headers()['content-type']).toContain('text/html');
    expect((await stack.browser.context.request.get(`${stack.worker.url}/api/v1/nothing-here`)).status()).toBe(404);
  });

  it('speaks Chinese first and English when the reader switches', async () => {
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
  });

  it('signs the admin in and reaches the rounds page, with the session in an HttpOnly SameSite=Strict cookie', async () => {
    await page.locator('#login').fill('admin');
    await page.locator('#password').fill('demo-admin-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('round-list').locator('tbody tr').first().waitFor();
    expect(await page.locator('h1, h2').first().textContent()).toBeTruthy();
    const cookies = await stack.browser.context.cookies(stack.worker.url);
    expect(cookies.map(({ name, httpOnly, sameSite, secure }) => ({ name, httpOnly, sameSite, secure }))).toEqual([
      { name: 'csr_session', httpOnly: true, sameSite: 'Strict', secure: false },
    ]);
    // No script of the page can read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('refuses a sign-out sent with the cookie from another site (403), and the session lives on', async () => {
    const forged = await stack.browser.context.request.delete(`${stack.worker.url}/api/v1/sessions/current`, {
      headers: { origin: 'http://elsewhere.localhost', 'sec-fetch-site': 'cross-site' },
    });
    expect(forged.status()).toBe(403);
    expect((await forged.json()).error.code).toBe('cross_site_request');
    // From a real page on another site the browser does not even send the SameSite=Strict cookie.
    const other = await stack.browser.context.newPage();
    await other.goto(stack.siteUrl('huaxin', '/'));
    const fromOtherSite = await other.evaluate(
      (url) => fetch(`${url}/api/v1/sessions/current`, { method: 'DELETE', credentials: 'include' }).then((r) => r.status, () => 0),
      stack.worker.url,
    );
    expect([0, 401]).toContain(fromOtherSite);
    await other.close();
    await page.reload();
    await page.getByTestId('round-list').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('session-banner').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('asks to sign in again over the same page when the session ends, and carries on there', async () => {
    await page.goto(`${stack.worker.url}/#/rounds`);
    await page.getByTestId('round-list').waitFor();
    expect(await revokeSessionsOf(stack, 'admin')).toBeGreaterThan(0);
    await page.reload();
    const banner = page.getByTestId('session-banner');
    await banner.waitFor();
    // The banner's form signs in through the cookie route, which the ended cookie does not block.
    await banner.locator('#password').fill('demo-admin-2026');
    await banner.getByRole('button', { name: '登录' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.getByTestId('round-list').locator('tbody tr').first().waitFor();
    // The old hash link became its path.
    expect(new URL(page.url()).pathname).toBe('/rounds');
    // Only the refused reads of the ended session failed: nothing else went wrong on the page.
    expect(problems.filter((p) => !p.includes('401'))).toEqual([]);
  });

  it('opens a new user’s invitation link at the "set your password" page, code filled in, and signs them in there', async () => {
    const created = await fetch(`${stack.worker.url}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await adminToken(stack)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'new.coordinator', displayName: '新联络员' }),
    });
    const { invite } = (await created.json()) as { invite: { code: string; link: string } };
    expect(invite.link).toBe(`${stack.worker.url}/invite#${invite.code}`);

    await page.goto(invite.link);
    const form = page.getByTestId('invite-page');
    expect(await form.locator('#invite-code').inputValue()).toBe(invite.code);
    await form.locator('#new-password').fill('a-new-password-1');
    await form.locator('#repeat-password').fill('a-new-password-1');
    await form.getByRole('button', { name: '设置密码并登录' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => page.url()).not.toContain('invite');
    await expect.poll(() => page.getByTestId('signed-in-as').textContent(), { timeout: 10_000 }).toContain('新联络员');
    // The cookie is the new user's now: the console asks the worker who is signed in.
    expect(await page.evaluate(async () => ((await (await fetch('/api/v1/me')).json()) as { login: string }).login)).toBe('new.coordinator');
  });

  it('lets the street coordinator find the enterprise most behind on a 390 px phone, and open it', async () => {
    const rounds = (await (await fetch(`${stack.worker.url}/api/v1/rounds`, { headers: { authorization: `Bearer ${await adminToken(stack)}` } })).json()) as { items: { id: number; status: string }[] };
    const demo = rounds.items.find((r) => r.status !== 'published' && r.status !== 'closed')!;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.locator('#login').fill('coordinator.anting');
    await page.locator('#password').fill('demo-coordinator-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('.console-nav').waitFor();
    await page.goto(`${stack.worker.url}/#/rounds/${demo.id}/progress`);
    const table = page.getByTestId('enterprise-progress');
    await table.locator('tbody tr').first().waitFor({ timeout: 15_000 });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({ street: tr.children[1]!.textContent, behind: Number(tr.lastElementChild!.textContent) })));
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((r) => r.street))).toEqual(new Set(['安亭镇']));
    expect(rows.map((r) => r.behind)).toEqual(rows.map((r) => r.behind).sort((a, b) => b - a));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await table.locator('#progress-sort').selectOption('overdue');
    await table.locator('table[aria-busy="false"]').waitFor();
    const first = table.locator('tbody tr th a').first();
    const name = await first.textContent();
    await first.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(new RegExp(`^/rounds/${demo.id}/results/\\d+$`));
    await page.getByText(name!).first().waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
