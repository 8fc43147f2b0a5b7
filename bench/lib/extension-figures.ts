// The extension's figures in Chromium with the built extension, against the tier's `wrangler dev`: the side
// panel from opening to its tree and to every card of its open rows (the heavy enterprise: 64 indicators,
// 300 evidence items), and
// a clip from its command to the record saved in D1.
import type { Page } from 'playwright-core';
import { demoUsers } from '../../scripts/demo/world';
import { startDemoSite } from '../../scripts/lib/demo-site';
import type { WorkerProcess } from '../../scripts/lib/wrangler';
import { launchWithExtension, type ExtensionBrowser } from '../../test/support/browser';
import { chooseIndicator, chooseStance, clickClipMenu, openSidePanel, pickerFrame, signInThroughOptions } from '../../test/support/extension-actions';
import { openLocalD1 } from '../../test/support/local-d1';
import { HEAVY_EVIDENCE } from './data';
import { summarise, type Summary } from './stats';
import { measureTriage, type TriageFigures } from './triage-figures';

/**
 * `visibleCards`: the cards in the rows open by default (for the reviewer: every indicator with evidence pending their review).
 * `later`: the openings after the first, which is the first of a new profile (no code run before, no page looked at).
 */
export type PanelRender = { indicators: number; evidence: number; visibleCards: number; tree: Summary; complete: Summary; later: { tree: Summary; complete: Summary } };
export type ClipFigures = { pickerReady: Summary; saved: Summary; total: Summary };
/** `enterprises`: the size of the round the worker served. */
export type ExtensionFigures = { enterprises: number; panel: PanelRender; clip: ClipFigures; triage: TriageFigures };

const password = (login: string) => demoUsers.find((u) => u.login === login)!.password;
const INDICATORS = 64;

/** Opens the panel beside the heavy enterprise's site `times` times; each open is a new page, as a user reopening it. */
async function panelRender(browser: ExtensionBrowser, siteUrl: string, times: number): Promise<PanelRender> {
  const site = await browser.context.newPage();
  await site.goto(siteUrl);
  const tree: number[] = [];
  const complete: number[] = [];
  let counts = { indicators: 0, evidence: 0, visibleCards: 0 };
  for (let i = 0; i < times; i++) {
    await site.bringToFront();
    const panel = await openSidePanel(browser);
    await panel.waitForFunction(() => performance.getEntriesByName('csr-panel-complete').length > 0, null, { timeout: 30_000 });
    const [rendered, done] = await panel.evaluate(() => ['csr-panel-rendered', 'csr-panel-complete'].map((mark) => performance.getEntriesByName(mark)[0]!.startTime));
    const evidence = Number((await panel.getByTestId('evidence-count').textContent())?.match(/\d+/)?.[0]);
    const visibleCards = await panel.locator('article.evidence-card').evaluateAll((cards) => cards.filter((c) => !c.closest('[hidden]')).length);
    const open = Number(await panel.getByTestId('open-cards').getAttribute('data-count'));
    counts = { indicators: await panel.locator('section.indicator').count(), evidence, visibleCards };
    if (counts.indicators !== INDICATORS || evidence < HEAVY_EVIDENCE || visibleCards !== open) {
      throw new Error(`the panel showed ${counts.indicators} indicators, ${evidence} evidence items and ${visibleCards} of the ${open} cards of its open rows`);
    }
    tree.push(rendered!);
    complete.push(done!);
    await panel.close();
  }
  await site.close();
  return {
    ...counts,
    tree: summarise(tree, 0, 1),
    complete: summarise(complete, 0, 1),
    later: { tree: summarise(tree.slice(1), 0, 1), complete: summarise(complete.slice(1), 0, 1) },
  };
}

const evidenceCount = async (persistTo: string) => {
  const db = await openLocalD1(persistTo);
  const { n } = db.prepare('SELECT count(*) AS n FROM evidence').get() as { n: number };
  db.close();
  return n;
};

/** Clips a paragraph `times` times: command → picker ready → Enter (first indicator offered), Space (stance) and Ctrl+Enter → "saved", and the row in D1. */
async function clips(stack: { browser: ExtensionBrowser; worker: WorkerProcess }, page: Page, persistTo: string, times: number): Promise<ClipFigures> {
  const paragraphs = ['#contracts', '#insurance', '#training', '#emissions'];
  const ready: number[] = [];
  const saved: number[] = [];
  const total: number[] = [];
  // The first clip picks the indicator by its code; later ones take the first offered (Enter: the quote's suggestion,
  // else the last used), as a user clipping a report does, and the stance (Space).
  for (let i = 0; i <= times; i++) {
    const before = await evidenceCount(persistTo);
    await page.locator(paragraphs[i % paragraphs.length]!).click({ clickCount: 3 });
    const began = performance.now();
    await clickClipMenu(stack, page);
    const picker = pickerFrame(page);
    await picker.getByTestId('enterprise-name').waitFor({ timeout: 15_000 });
    const shown = performance.now();
    if (i === 0) await chooseIndicator(picker, 'STAFF.1.1');
    else await picker.locator('#indicator-search').press('Enter');
    await picker.getByTestId('chosen-indicator').waitFor({ timeout: 5_000 });
    await chooseStance(picker, 'supports');
    const saving = performance.now();
    await picker.locator('#indicator-search').press('Control+Enter');
    await picker.getByTestId('picker-status').filter({ hasText: '已保存' }).waitFor({ timeout: 15_000 });
    const done = performance.now();
    const after = await evidenceCount(persistTo);
    if (after !== before + 1) throw new Error(`clip ${i}: ${after - before} rows landed in D1, expected 1`);
    if (i === 0) continue;
    ready.push(shown - began);
    saved.push(done - saving);
    total.push(done - began);
  }
  return { pickerReady: summarise(ready, 0, 1), saved: summarise(saved, 0, 1), total: summarise(total, 0, 1) };
}

export async function measureExtension(
  worker: WorkerProcess,
  persistTo: string,
  n: { enterprises: number; panelOpens: number; clips: number; triage: { next: number; accept: number } },
  log: (line: string) => void,
): Promise<ExtensionFigures> {
  const site = await startDemoSite(0);
  const siteUrl = `http://huaxin-auto.localhost:${site.port}/csr-2025.html`;
  try {
    const reviewer = await launchWithExtension();
    let panel: PanelRender;
    let triage: TriageFigures;
    try {
      await (await signInThroughOptions({ browser: reviewer, worker }, 'reviewer', password('reviewer'))).close();
      panel = await panelRender(reviewer, siteUrl, n.panelOpens);
      log(`  side panel open → tree ${panel.tree.p50.toFixed(0)} ms, → every visible card (${panel.visibleCards}) ${panel.complete.p50.toFixed(0)} ms (p50 of ${n.panelOpens}; the first opening ${panel.tree.max.toFixed(0)} / ${panel.complete.max.toFixed(0)} ms at most)`);
      triage = await measureTriage(reviewer, worker.url, persistTo, n.triage);
      log(`  review queue: j → next item shown ${triage.next.p50.toFixed(0)} ms p50, ${triage.next.p95.toFixed(0)} ms p95 (of ${n.triage.next}); a → next item shown ${triage.accept.p50.toFixed(0)} ms p50, ${triage.accept.p95.toFixed(0)} ms p95 (of ${n.triage.accept})`);
    } finally {
      await reviewer.close();
    }
    const expert = await launchWithExtension();
    try {
      const stack = { browser: expert, worker };
      await (await signInThroughOptions(stack, 'expert.labour', password('expert.labour'))).close();
      const page = await expert.context.newPage();
      await page.goto(siteUrl);
      const clip = await clips(stack, page, persistTo, n.clips);
      log(`  clip command → picker ${clip.pickerReady.p50.toFixed(0)} ms, save → saved ${clip.saved.p50.toFixed(0)} ms, command → saved ${clip.total.p50.toFixed(0)} ms (p50 of ${n.clips})`);
      return { enterprises: n.enterprises, panel, clip, triage };
    } finally {
      await expert.close();
    }
  } finally {
    await site.stop();
  }
}
