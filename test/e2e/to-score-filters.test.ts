// Issue 18's expert queue filters in Chromium with the built extension, on the demo world: an expert whose to-score
// queue spans two enterprises finds one by name and sees only its slots, then narrows them to one indicator, and the
// list agrees with what the worker answers for the same filters.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ToScoreItem } from '../../shared/schemas/queues';
import { openConsole } from '../support/console-actions';
import { openLocalD1 } from '../support/local-d1';
import { artifactsDir, startStack, type Stack } from '../support/stack';
import { adminToken, callAs } from '../support/worker-api';

type Enterprise = { id: number; name: string };
type ToScoreAnswer = { items: ToScoreItem[]; nextCursor: string | null };

let stack: Stack;
let expert: Page;
let roundId: number;
let chosen: Enterprise;
let readiness: 'ready' | 'waiting';
let expected: ToScoreItem[];

const EXPERT = { login: 'expert.labour', password: 'demo-expert-2026' };
const shown = () => expert.getByTestId('to-score-item').allTextContents();
/** The indicator code of each listed slot (its cell reads "code name"). */
const codes = () => expert.getByTestId('to-score-item').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]!.textContent!.split(' ')[0]));
const settled = () => expert.locator('[data-testid="to-score-list"][aria-busy="false"]').waitFor({ timeout: 30_000 });

beforeAll(async () => {
  stack = await startStack();
  const db = await openLocalD1(stack.persistTo);
  roundId = (db.prepare(`SELECT id FROM round WHERE status = 'scoring' ORDER BY id LIMIT 1`).get() as { id: number }).id;
  const expertId = (db.prepare(`SELECT id FROM user WHERE login = ?`).get(EXPERT.login) as { id: number }).id;
  const two = db.prepare('SELECT e.id, e.name FROM round_enterprise re JOIN enterprise e ON e.id = re.enterprise_id WHERE re.round_id = ? ORDER BY e.id LIMIT 2').all(roundId) as Enterprise[];
  db.close();
  // The demo's experts scored every slot of their assignments: the environment dimension of two enterprises is new to score.
  const assigned = await callAs(stack, await adminToken(stack), `/rounds/${roundId}/assignments`, { json: { expertId, dimensionCodes: ['ENV'], enterpriseIds: two.map((e) => e.id) } });
  expect(assigned.status).toBe(201);
  chosen = two[1]!;
  // Whichever readiness holds the chosen enterprise's slots, as the worker answers the expert.
  const token = await adminToken(stack, EXPERT.login, EXPERT.password);
  for (const r of ['ready', 'waiting'] as const) {
    const answer = await callAs(stack, token, `/rounds/${roundId}/queues/to-score?readiness=${r}&enterpriseId=${chosen.id}&limit=100`);
    expect(answer.status).toBe(200);
    if ((answer.data as ToScoreAnswer).items.length > 1) {
      [readiness, expected] = [r, (answer.data as ToScoreAnswer).items];
      break;
    }
  }
  expect(expected?.length).toBeGreaterThan(1);
  expert = await openConsole(stack, EXPERT.login, EXPERT.password);
});
afterAll(async () => {
  await stack?.close();
});

describe('the expert’s to-score filters', () => {
  it('finds one enterprise by name and lists only its slots', async () => {
    await expert.getByRole('link', { name: '待评分' }).click();
    await expert.getByTestId('to-score-counts').waitFor({ timeout: 30_000 });
    await expert.getByTestId(`readiness-${readiness}`).check();
    await settled();
    await expert.locator('#to-score-enterprise').fill(chosen.name.slice(2, 6));
    await expert.getByRole('option', { name: chosen.name }).click();
    await expert.getByTestId('to-score-enterprise-chosen').waitFor();
    await expert.waitForFunction((n) => document.querySelectorAll('[data-testid="to-score-item"]').length === n, expected.length, { timeout: 30_000 });
    await settled();
    const rows = await shown();
    expect(rows.every((text) => text.startsWith(chosen.name))).toBe(true);
    expect(await codes()).toEqual(expected.map((i) => i.indicator.code));
    await expert.screenshot({ path: join(artifactsDir, 'console-to-score-filters.png'), fullPage: true });
  });

  it('narrows them to one indicator, and lists that indicator of every enterprise once the enterprise is cleared', async () => {
    const one = expected[1]!;
    await expert.getByTestId('to-score-indicator').selectOption(String(one.indicator.id));
    await expert.waitForFunction((n) => document.querySelectorAll('[data-testid="to-score-item"]').length === n, 1, { timeout: 30_000 });
    expect(await codes()).toEqual([one.indicator.code]);
    await expert.getByTestId('to-score-filters').getByRole('button', { name: '更换' }).click();
    await expert.locator('#to-score-enterprise').waitFor();
    await settled();
    // Every enterprise's slot of that indicator, as the worker answers the same filters.
    const answer = await callAs(stack, await adminToken(stack, EXPERT.login, EXPERT.password), `/rounds/${roundId}/queues/to-score?readiness=${readiness}&indicatorId=${one.indicator.id}&limit=100`);
    const all = (answer.data as ToScoreAnswer).items.map((i) => i.enterprise.name);
    await expert.waitForFunction((n) => document.querySelectorAll('[data-testid="to-score-item"]').length === n, all.length, { timeout: 30_000 });
    expect(new Set(await codes())).toEqual(new Set([one.indicator.code]));
    expect((await shown()).map((text) => all.find((name) => text.startsWith(name)))).toEqual(all);
  });
});
