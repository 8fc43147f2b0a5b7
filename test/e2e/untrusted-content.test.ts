// Clipped content is untrusted: evidence whose quote, title, note and site name carry HTML and script
// payloads and RTL overrides, and one whose URL was made `javascript:` behind the API's back (the API refuses
// such URLs; an old or tampered row must still be inert), shown in the side panel and in the console's
// enterprise view. Nothing runs (no flag set, no dialog), no element is made of the text, no link or title
// carries `javascript:`, and the text reads exactly as stored.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleFromExtension, consoleUrl } from '../support/console-actions';
import { expandAllIndicators, openSidePanel, signInThroughOptions } from '../support/extension-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';
import { adminToken, apiCall } from '../support/worker-api';

const HUAXIN = '91310114MA1GT35K7H';
/** Each payload would set window.__pwned (or open a dialog) if it ever became markup or a followed link. */
const payloads = {
  img: '<img src=x onerror="window.__pwned=\'img\'">',
  script: '<script>window.__pwned="script"</script>',
  svg: '"><svg onload="window.__pwned=\'svg\'"></svg>',
  iframe: '<iframe src="javascript:alert(1)"></iframe>',
  anchor: '<a href="javascript:window.__pwned=\'a\'">点击查看</a>',
  rtl: '报告\u202Efdp.exe\u202C 第3页 \u2067مرحبا\u2069',
};
const JAVASCRIPT_URL = "javascript:window.__pwned='url'";

type Saved = { id: number; quote: string; title: string; note: string; siteName: string };

let stack: Stack;
let roundId: number;
let saved: Saved[];
const dialogs: string[] = [];

/** Saves one piece of evidence per payload through the API, as an expert's clip, the payload in every text field. */
async function saveHostileEvidence(): Promise<Saved[]> {
  const token = await adminToken(stack, 'expert.labour', 'demo-expert-2026');
  const db = await openLocalD1(stack.persistTo);
  const { enterpriseId, ...ids } = db.prepare('SELECT re.round_id AS roundId, e.id AS enterpriseId FROM enterprise e JOIN round_enterprise re ON re.enterprise_id = e.id WHERE e.credit_code = ?').get(HUAXIN) as { roundId: number; enterpriseId: number };
  db.close();
  roundId = ids.roundId;
  const tree = await apiCall<{ items: { id: number; level: number }[] }>(stack, token, 'GET', `/rounds/${roundId}/indicators`);
  const indicatorId = tree.items.find((n) => n.level === 3)!.id;
  return Promise.all(
    Object.entries(payloads).map(async ([name, text], i) => {
      const body = { quote: `引文 ${text}`, title: `标题 ${text}`, note: `备注 ${text}`, siteName: `网站 ${text}` };
      const evidence = await apiCall<{ id: number }>(stack, token, 'POST', '/evidence', {
        roundId,
        enterpriseId,
        indicatorId,
        kind: 'clip',
        url: `http://huaxin-auto.localhost/csr-2025.html?p=${encodeURIComponent(text)}#${name}`,
        ...body,
        stance: 'context',
        capturedAt: new Date().toISOString(),
        idempotencyKey: `untrusted-content-${i}-${name}-evidence`,
      });
      return { id: evidence.id, ...body };
    }),
  );
}

/** Makes one stored URL `javascript:`, as the API never would. */
async function tamperUrl(id: number) {
  const db = await openLocalD1(stack.persistTo, { readOnly: false });
  db.prepare('UPDATE evidence SET url = ? WHERE id = ?').run(JAVASCRIPT_URL, id);
  db.close();
}

/** Whatever a page shows, the same checks: nothing ran, nothing became markup, no javascript: link. */
async function expectInert(page: Page, scope: string) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), `a payload ran in ${scope}`).toBeUndefined();
  expect(dialogs, `a dialog opened in ${scope}`).toEqual([]);
  expect(await page.locator('[href^="javascript" i], [src^="javascript" i], [title^="javascript" i], [action^="javascript" i]').count()).toBe(0);
  expect(await page.locator('[onerror], [onload], [onclick]').count(), `an event handler attribute in ${scope}`).toBe(0);
  // No element came out of the payloads' text: none of these is part of either page's own markup.
  expect(await page.locator('img[src="x"], script:not([src]), iframe, svg[onload]').count()).toBe(0);
}

beforeAll(async () => {
  stack = await startStack();
  saved = await saveHostileEvidence();
  await tamperUrl(saved[0]!.id);
  const options = await signInThroughOptions(stack, 'huaxin', 'demo-enterprise-2026');
  await options.close();
  stack.browser.context.on('page', (page) => page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss())));
});
afterAll(async () => {
  await stack?.close();
});

describe('untrusted evidence text', () => {
  it('is shown literally and inert in the side panel', { timeout: 90_000 }, async () => {
    const site = await stack.browser.context.newPage();
    await site.goto(stack.siteUrl('huaxin-auto', '/csr-2025.html'));
    const panel = await openSidePanel(stack.browser);
    await expandAllIndicators(panel);
    for (const item of saved) {
      const card = panel.locator(`article[data-evidence-id="${item.id}"]`);
      await card.waitFor({ timeout: 30_000 });
      expect(await card.getByTestId('evidence-quote').textContent()).toBe(item.quote);
      expect(await card.getByText(item.title, { exact: true }).count()).toBe(1);
      expect(await card.getByTestId('evidence-note').textContent()).toBe(item.note);
      expect(await card.textContent()).toContain(item.siteName);
    }
    // The tampered URL leaves nothing to follow: no way back to a source that is not http(s).
    expect(await panel.locator(`article[data-evidence-id="${saved[0]!.id}"]`).getByTestId('open-source').count()).toBe(0);
    expect(await panel.locator(`article[data-evidence-id="${saved[1]!.id}"]`).getByTestId('open-source').count()).toBe(1);
    await expectInert(panel, 'the side panel');
    await panel.screenshot({ path: join(artifactsDir, 'untrusted-side-panel.png'), fullPage: true });
    await Promise.all([panel.close(), site.close()]);
  });

  it("is shown literally and inert in the console's enterprise view, links only to http(s)", { timeout: 60_000 }, async () => {
    const page = await consoleFromExtension(stack.browser, stack.worker.url);
    await page.goto(consoleUrl(stack, `/rounds/${roundId}/my-enterprise`));
    const view = page.getByTestId('enterprise-view');
    for (const item of saved) {
      const entry = view.locator(`li[data-evidence-id="${item.id}"]`);
      await entry.waitFor({ timeout: 30_000 });
      expect(await entry.locator('blockquote').textContent()).toBe(item.quote);
      expect(await entry.getByText(item.title, { exact: true }).count()).toBe(1);
    }
    // The tampered one is plain text; the others link to their http URL, payload percent-encoded in the query.
    expect(await view.locator(`li[data-evidence-id="${saved[0]!.id}"] a`).count()).toBe(0);
    for (const item of saved.slice(1)) {
      expect(await view.locator(`li[data-evidence-id="${item.id}"] a`).getAttribute('href')).toMatch(/^http:\/\/huaxin-auto\.localhost\/csr-2025\.html\?p=[^<>"]*#/);
    }
    await expectInert(page, 'the console');
    await page.screenshot({ path: join(artifactsDir, 'untrusted-console.png'), fullPage: true });
    await page.close();
  });
});
