// The web console's real URLs, in Chromium without the extension: a filtered ranking opened directly in a new tab shows
// the filtered view and keeps it on reload; a link and back and forward walk between pages and filters; an old hash
// link lands on its path.
import { describe, expect, it } from 'vitest';
import { webConsoleForFile } from '../support/web-console';
import { adminToken, apiCall } from '../support/worker-api';

const web = webConsoleForFile();

type Ranked = { items: { enterprise: { id: number; name: string; street: string } }[] };

describe('the web console’s URLs', () => {
  it('opens a filtered ranking in a new tab, keeps it on reload, and walks a link and its filters back and forward', async () => {
    const { page, stack } = web;
    const token = await adminToken(stack);
    const [round] = (await apiCall<{ items: { id: number }[] }>(stack, token, 'GET', '/rounds')).items;
    const { streets } = await apiCall<{ streets: { streetId: number; street: string; enterprises: number }[] }>(stack, token, 'GET', `/rounds/${round!.id}/progress`);
    const street = streets.find((s) => s.enterprises > 1)!;
    // The cookie of the first tab's sign-in is the new tab's too.
    await page.goto(`${stack.worker.url}/`);
    await page.locator('#login').fill('admin');
    await page.locator('#password').fill('demo-admin-2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('.console-nav').waitFor();

    const filtered = `/rounds/${round!.id}/results?by=street&streetId=${street.streetId}`;
    const tab = await stack.browser.context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    await tab.goto(`${stack.worker.url}${filtered}`);
    const streetsShown = () => tab.getByTestId('ranking-table').locator('tbody tr td:nth-child(3)').allTextContents();
    const filteredView = async () => {
      await tab.locator('[data-testid="ranking-table"][aria-busy="false"] tbody tr').first().waitFor({ timeout: 15_000 });
      expect(new Set(await streetsShown())).toEqual(new Set([street.street]));
      expect(await tab.locator('#rank-by').inputValue()).toBe('street');
    };
    await filteredView();
    const expected = await apiCall<Ranked>(stack, token, 'GET', `/rounds/${round!.id}/results?by=street&streetId=${street.streetId}&limit=50`);
    expect(await tab.getByTestId('ranking-table').locator('tbody tr').count()).toBe(expected.items.length);

    await tab.reload();
    await filteredView();
    expect(new URL(tab.url()).pathname + new URL(tab.url()).search).toBe(filtered);

    // A deliberate filter change is a step of its own: back returns to the link's view.
    await tab.locator('#rank-by').selectOption('overall');
    await expect.poll(() => new URL(tab.url()).searchParams.get('by')).toBeNull();
    await tab.goBack();
    await expect.poll(() => tab.locator('#rank-by').inputValue()).toBe('street');
    await filteredView();

    // A plain link, followed by the router (no reload), and back and forward across it.
    const first = tab.getByTestId('ranking-table').locator('tbody tr a').first();
    const name = await first.textContent();
    await tab.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await first.click();
    await expect.poll(() => new URL(tab.url()).pathname).toMatch(new RegExp(`^/rounds/${round!.id}/results/\\d+$`));
    await tab.getByText(name!).first().waitFor();
    expect(await tab.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await tab.goBack();
    await expect.poll(() => new URL(tab.url()).pathname + new URL(tab.url()).search).toBe(filtered);
    await filteredView();
    await tab.goForward();
    await expect.poll(() => new URL(tab.url()).pathname).toMatch(new RegExp(`^/rounds/${round!.id}/results/\\d+$`));
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('takes an old hash link to its path, in place', async () => {
    const { page, stack } = web;
    const [round] = (await apiCall<{ items: { id: number }[] }>(stack, await adminToken(stack), 'GET', '/rounds')).items;
    await page.goto(`${stack.worker.url}/#/rounds/${round!.id}/progress`);
    await page.getByTestId('enterprise-progress').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/rounds/${round!.id}/progress`);
    expect(new URL(page.url()).hash).toBe('');
  });
});
