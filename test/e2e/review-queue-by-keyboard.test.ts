// Journey: a reviewer works through the round's pending evidence in the console's review queue by keyboard. An
// expert has clipped 24 items to one indicator of an enterprise; the reviewer filters the queue to it and triages 20
// items with j/k/a/r/o/m: accepts, rejects with a common reason and a typed one (the confirmation says why it waits
// without a reason), moves one to another indicator, opens a source (its page opens at the evidence's address).
// The worker's evidence, the moved item's indicator and the audit rows agree with what was done; the queue resumes
// at the item left off with the filters kept; and the reviewer's side panel without an enterprise shows the queue in
// numbers and opens it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsole } from '../support/console-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';
import { adminToken, callAs } from '../support/worker-api';

const HUAXIN = '91310114MA1GT35K7H';
const CLIPS = 24;
const TRIAGED = 20;

let stack: Stack;
let world: { roundId: number; enterpriseId: number; from: number; to: { id: number; code: string } };

/** The round, the enterprise and two of its indicators that hold evidence already (so both apply to its industry). */
async function readWorld() {
  const db = await openLocalD1(stack.persistTo);
  const { roundId, enterpriseId } = db.prepare('SELECT re.round_id AS roundId, e.id AS enterpriseId FROM enterprise e JOIN round_enterprise re ON re.enterprise_id = e.id WHERE e.credit_code = ?').get(HUAXIN) as { roundId: number; enterpriseId: number };
  const [from, to] = db
    .prepare('SELECT DISTINCT i.id, i.code FROM evidence ev JOIN indicator i ON i.id = ev.indicator_id WHERE ev.enterprise_id = ? AND i.level = 3 ORDER BY i.id LIMIT 2')
    .all(enterpriseId) as { id: number; code: string }[];
  db.close();
  return { roundId, enterpriseId, from: from!.id, to: to! };
}

/** The queue under the test's filters as the worker orders it: contradicting first, then oldest. */
async function queueOrder() {
  const db = await openLocalD1(stack.persistTo);
  const rows = db
    .prepare(`SELECT id, url FROM evidence WHERE round_id = ? AND enterprise_id = ? AND indicator_id = ? AND status = 'pending' AND deleted_at IS NULL ORDER BY (stance <> 'contradicts'), id`)
    .all(world.roundId, world.enterpriseId, world.from) as { id: number; url: string | null }[];
  db.close();
  return rows;
}

/** What the last jump back to the evidence's source found of its quote, as the worker recorded it. */
async function anchorStatus(id: number) {
  const db = await openLocalD1(stack.persistTo);
  const row = db.prepare('SELECT anchor_status AS status FROM evidence WHERE id = ?').get(id) as { status: string | null };
  db.close();
  return row.status;
}

async function evidenceRows(ids: number[]) {
  const db = await openLocalD1(stack.persistTo);
  const rows = db.prepare(`SELECT id, status, review_comment AS comment, indicator_id AS indicatorId, moved_from_indicator_id AS movedFrom FROM evidence WHERE id IN (${ids.join(',')})`).all() as {
    id: number;
    status: string;
    comment: string | null;
    indicatorId: number;
    movedFrom: number | null;
  }[];
  const audits = db.prepare(`SELECT action, resource_id AS resource FROM audit_log WHERE action IN ('evidence.review', 'evidence.move') AND resource_id IN (${ids.map((id) => `'${id}'`).join(',')})`).all() as { action: string; resource: string }[];
  db.close();
  return { rows: new Map(rows.map((r) => [r.id, r])), audits };
}

/** An expert clips the enterprise's report to one indicator, every fourth clip contradicting. */
async function clip() {
  const token = await adminToken(stack, 'expert.labour', 'demo-expert-2026');
  for (let i = 0; i < CLIPS; i += 8) {
    const batch = Array.from({ length: Math.min(8, CLIPS - i) }, (_, j) => i + j).map((n) =>
      callAs(stack, token, '/evidence', {
        json: {
          roundId: world.roundId,
          enterpriseId: world.enterpriseId,
          indicatorId: world.from,
          kind: 'clip',
          url: stack.siteUrl('huaxin-auto', `/csr-2025.html#queue-${n}`),
          title: '2025年度社会责任报告',
          siteName: '华鑫汽车',
          quote: `第${n + 1}条:公司建立了员工培训与职业发展制度,年度培训记录完整可查。`,
          stance: n % 4 === 0 ? 'contradicts' : 'supports',
          capturedAt: new Date().toISOString(),
          idempotencyKey: `review-queue-e2e-${String(n).padStart(4, '0')}`,
        },
      }),
    );
    expect((await Promise.all(batch)).map((r) => r.status)).toEqual(batch.map(() => 201));
  }
}

const currentId = async (page: Page) => Number(await page.getByTestId('queue-item').getAttribute('data-evidence-id'));
const waitForCurrent = (page: Page, id: number) => page.locator(`[data-testid="queue-item"][data-evidence-id="${id}"]`).waitFor({ timeout: 15_000 });

beforeAll(async () => {
  stack = await startStack();
  world = await readWorld();
  await clip();
});
afterAll(async () => {
  await stack?.close();
});

describe('the review queue by keyboard', () => {
  it('triages 20 items with j/k/a/r/o/m, the worker agrees, and the queue resumes where the reviewer left off', async () => {
    const order = await queueOrder();
    expect(order.length).toBeGreaterThan(TRIAGED);
    const ours = (id: number) => id > stack.seededEvidenceMaxId;
    // The source is opened on the first of the test's own clips (a page of the demo site).
    const openAt = order.findIndex((item) => ours(item.id));
    expect(openAt).toBeGreaterThanOrEqual(0);
    expect(openAt).toBeLessThan(TRIAGED);
    const moveAt = (openAt + 2) % TRIAGED;

    const page = await openConsole(stack, 'reviewer', 'demo-reviewer-2026');
    await page.locator(`nav a[href="/rounds/${world.roundId}/review-queue"]`).click();
    await page.getByTestId('review-queue-page').waitFor();
    await expect.poll(() => page.getByTestId('triage-keys').textContent()).toContain('j');
    await page.getByTestId('queue-filter-enterpriseId').selectOption(String(world.enterpriseId));
    await page.getByTestId('queue-filter-indicatorId').selectOption(String(world.from));
    await waitForCurrent(page, order[0]!.id);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('queue-item');
    expect(await page.getByTestId('queue-item').getAttribute('aria-current')).toBe('true');

    const expected = new Map<number, { status: string; comment?: string; movedTo?: number }>();
    for (let i = 0; i < TRIAGED; i++) {
      const { id, url } = order[i]!;
      expect(await currentId(page)).toBe(id);
      if (i === openAt) {
        const opened = stack.browser.context.waitForEvent('page', { predicate: (p) => p.url() === url });
        await page.keyboard.press('o');
        expect((await opened).url()).toBe(url);
        await page.bringToFront();
        // The jump back finishes (the quote looked for, the outcome reported) before the next key acts.
        await expect.poll(() => page.getByTestId('queue-open').isEnabled(), { timeout: 20_000 }).toBe(true);
        // Through the extension, as the side panel's jump back: it looked for the quote on the page (this clip's words
        // are not there) and reported what it found, which a plain new tab never does.
        expect(await anchorStatus(id)).toBe('orphan');
      }
      if (i === moveAt) {
        await page.keyboard.press('m');
        await expect.poll(() => page.getByTestId('move-why').isVisible()).toBe(true);
        expect(await page.getByTestId('confirm-move').isDisabled()).toBe(true);
        await page.getByTestId('move-target').selectOption(String(world.to.id));
        await page.getByTestId('move-target').press('Enter');
        expected.set(id, { status: 'pending', movedTo: world.to.id });
      } else if (i % 4 === 1) {
        await page.keyboard.press('r');
        const reason = page.getByTestId('reject-reason');
        await reason.waitFor();
        // Keys typed into the reason are text, not commands.
        expect(await page.getByTestId('confirm-reject').isDisabled()).toBe(true);
        expect(await page.getByTestId('reject-needs-reason').textContent()).toBeTruthy();
        if (i === 1) {
          await page.getByTestId('reject-reasons').selectOption({ index: 1 });
          const chosen = await reason.inputValue();
          await page.getByTestId('reject-reasons').press('Enter');
          expected.set(id, { status: 'rejected', comment: chosen });
        } else {
          await reason.fill(`摘录与指标无关 ${i}`);
          await reason.press('Enter');
          expected.set(id, { status: 'rejected', comment: `摘录与指标无关 ${i}` });
        }
      } else {
        await page.keyboard.press('a');
        expected.set(id, { status: 'accepted' });
      }
      await waitForCurrent(page, order[i + 1]!.id).catch(async (err) => {
        await page.screenshot({ path: join(artifactsDir, 'review-queue-failed.png') });
        throw new Error(`item ${i} (${id}, open at ${openAt}, move at ${moveAt}): ${(await page.locator('[role=alert]').allTextContents()).join(' | ')} ${err}`);
      });
      if (i === 3) {
        // Back to a decided item and on again.
        await page.keyboard.press('k');
        await page.locator(`[data-testid="queue-item"][data-evidence-id="${id}"] [data-testid="queue-decided"]`).waitFor();
        await page.keyboard.press('j');
        await waitForCurrent(page, order[i + 1]!.id);
      }
    }
    await page.screenshot({ path: join(artifactsDir, 'review-queue.png') });

    const ids = order.slice(0, TRIAGED).map((item) => item.id);
    const { rows, audits } = await evidenceRows(ids);
    for (const [id, want] of expected) {
      const row = rows.get(id)!;
      expect({ id, status: row.status }).toEqual({ id, status: want.status });
      if (want.comment) expect(row.comment).toBe(want.comment);
      if (want.movedTo) expect({ indicatorId: row.indicatorId, movedFrom: row.movedFrom }).toEqual({ indicatorId: want.movedTo, movedFrom: world.from });
    }
    expect(audits.filter((a) => a.action === 'evidence.review')).toHaveLength(TRIAGED - 1);
    expect(audits.filter((a) => a.action === 'evidence.move').map((a) => Number(a.resource))).toEqual([order[moveAt]!.id]);
    expect(expected.get(order[1]!.id)!.comment).toBeTruthy();

    // The position was saved with the twentieth decision: a fresh visit resumes there, filters kept.
    const token = await adminToken(stack, 'reviewer', 'demo-reviewer-2026');
    await expect.poll(async () => (await callAs(stack, token, `/rounds/${world.roundId}/queues/evidence/position`)).data.position?.evidenceId, { timeout: 10_000 }).toBe(order[TRIAGED]!.id);
    await page.reload();
    await waitForCurrent(page, order[TRIAGED]!.id);
    expect(await page.getByTestId('queue-filter-enterpriseId').inputValue()).toBe(String(world.enterpriseId));
    expect(await page.getByTestId('queue-filter-indicatorId').inputValue()).toBe(String(world.from));

    // The side panel with no enterprise at hand: the reviewer's queue in numbers, and the way to it.
    const facets = (await callAs(stack, token, `/rounds/${world.roundId}/queues/evidence/facets`)).data as { total: number; stance: { stance: string; count: number }[] };
    const panel = await stack.browser.context.newPage();
    await panel.goto(stack.browser.pageUrl('sidepanel.html'));
    const summary = panel.getByTestId('reviewer-queue-summary');
    await summary.getByTestId('summary-pending').waitFor({ timeout: 15_000 });
    expect(await summary.getByTestId('summary-pending').textContent()).toContain(String(facets.total));
    expect(await summary.getByTestId('summary-contradicting').textContent()).toContain(String(facets.stance.find((s) => s.stance === 'contradicts')?.count ?? 0));
    await panel.getByTestId('open-review-queue').click();
    await expect.poll(() => page.url()).toContain(`/rounds/${world.roundId}/review-queue`);
  });
});
