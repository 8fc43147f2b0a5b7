// The web console's figures in Chromium without the extension, against the tier's `wrangler dev` (which serves the
// built console, .output/web, at /): the first load of the rounds page, cold (empty HTTP cache) and warm, the
// JavaScript that load fetched (gzip -9 of the built files), and a round's enterprises page (the progress page's
// drill-down, most behind first) from the route change to its first page of rows, and a next page.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { demoUsers } from '../../scripts/demo/world';
import { root, type WorkerProcess } from '../../scripts/lib/wrangler';
import { launchWithoutExtension, type PlainBrowser } from '../../test/support/browser';
import { startWranglerDevOnFreePort } from '../../test/support/stack';
import type { BundleSize } from './bundles';
import { dataFacts, tierData, type Tier } from './data';
import { summarise, type Summary } from './stats';

export type WebConsoleRuns = { loads: number; pages: number };
export type WebConsoleFigures = {
  /** The size of the round the worker served. */
  enterprises: number;
  /** Navigation start → the rounds list rendered: the first load on an empty HTTP cache, then the warm ones. */
  firstLoad: { cold: number; warm: Summary };
  /** Every script the first load fetched before the rounds list rendered. */
  firstPageJs: BundleSize;
  /** Route change → the first page of the round's enterprises rendered; the next page's button → its rows. */
  enterprisesPage: { rows: number; open: Summary; next: Summary | null };
};

const ROUNDS_MARK = 'bench-console-rounds';
const webDir = join(root, '.output', 'web');

/** Marks the moment the rounds list first has a row; a MutationObserver's callback runs before the next paint. */
function markRoundsRendered(mark: string) {
  // In-page code names no inner functions: tsx would wrap them in a helper the page does not have.
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid="round-list"] tbody tr') === null) return;
    performance.mark(mark);
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
}

/** Goes to `path` in the app (as a followed link does: a history entry the router reads on popstate), or to the next page
 * when `path` is null, and resolves with the milliseconds until the enterprises table shows a settled page of rows other
 * than `previous`'s first. */
function timeEnterprisesPage({ path, previous }: { path: string | null; previous: string | null }): Promise<{ ms: number; rows: number; first: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timeout = setTimeout(() => reject(new Error('the enterprises page showed no rows in 30 s')), 30_000);
    const observer = new MutationObserver(() => {
      const rows = document.querySelectorAll<HTMLElement>('[data-testid="enterprise-progress"] table[aria-busy="false"] tbody tr');
      const first = rows[0]?.dataset.enterpriseId;
      if (first === undefined || first === previous) return;
      const ms = performance.now() - started;
      observer.disconnect();
      clearTimeout(timeout);
      resolve({ ms, rows: rows.length, first });
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
    if (path === null) document.querySelector<HTMLButtonElement>('[data-testid="enterprise-progress"] [data-testid="next-page"]')!.click();
    else {
      history.pushState(null, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }
  });
}

async function signInThroughForm(browser: PlainBrowser, url: string) {
  const admin = demoUsers.find((u) => u.login === 'admin')!;
  const page = await browser.context.newPage();
  await page.goto(`${url}/`);
  await page.locator('#login').fill(admin.login);
  await page.locator('#password').fill(admin.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('.console-nav').waitFor({ timeout: 30_000 });
  await page.close();
}

/** One load of the rounds page in a new tab: navigation start → its list rendered, and the scripts fetched by then. */
async function loadRounds(browser: PlainBrowser, url: string): Promise<{ ms: number; scripts: string[]; page: Page }> {
  const page = await browser.context.newPage();
  await page.goto(`${url}/rounds`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, ROUNDS_MARK, { timeout: 30_000 });
  const { ms, scripts } = await page.evaluate((mark) => {
    const at = performance.getEntriesByName(mark)[0]!.startTime;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= at && new URL(e.name).origin === location.origin && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname);
    return { ms: at, scripts };
  }, ROUNDS_MARK);
  return { ms, scripts, page };
}

async function scriptBytes(paths: string[]): Promise<BundleSize> {
  const files = await Promise.all([...new Set(paths)].map((path) => readFile(join(webDir, path))));
  return {
    entrypoint: 'web console: first page (rounds)',
    files: files.length,
    bytes: files.reduce((sum, b) => sum + b.length, 0),
    gzipBytes: files.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** Opens the round's enterprises page `times` times from the rounds page, and pages on once after each open when there is a next page. */
async function enterprisesPage(page: Page, roundId: number, times: number): Promise<WebConsoleFigures['enterprisesPage']> {
  const open: number[] = [];
  const next: number[] = [];
  let rows = 0;
  for (let i = 0; i < times; i++) {
    await page.evaluate(() => {
      history.pushState(null, '', '/rounds');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByTestId('round-list').locator('tbody tr').first().waitFor();
    const opened = await page.evaluate(timeEnterprisesPage, { path: `/rounds/${roundId}/progress`, previous: null });
    open.push(opened.ms);
    rows = opened.rows;
    if ((await page.getByTestId('enterprise-progress').getByTestId('next-page').count()) === 0) continue;
    next.push((await page.evaluate(timeEnterprisesPage, { path: null, previous: opened.first })).ms);
  }
  return { rows, open: summarise(open, 0, 1), next: next.length > 0 ? summarise(next, 0, 1) : null };
}

export async function measureWebConsole(worker: WorkerProcess, roundId: number, enterprises: number, runs: WebConsoleRuns, log: (line: string) => void): Promise<WebConsoleFigures> {
  const browser = await launchWithoutExtension();
  try {
    await browser.context.addInitScript(markRoundsRendered, ROUNDS_MARK);
    await signInThroughForm(browser, worker.url);
    // The sign-in filled the HTTP cache: the first load under measurement starts without it.
    const cdp = await browser.context.newCDPSession(browser.context.pages()[0] ?? (await browser.context.newPage()));
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const cold = await loadRounds(browser, worker.url);
    await cold.page.close();
    const firstPageJs = await scriptBytes(cold.scripts);
    const warm: number[] = [];
    let last: Page | undefined;
    for (let i = 0; i < runs.loads; i++) {
      const load = await loadRounds(browser, worker.url);
      warm.push(load.ms);
      await last?.close();
      last = load.page;
    }
    const firstLoad = { cold: cold.ms, warm: summarise(warm, 0, 1) };
    log(`  web console → rounds page: cold ${firstLoad.cold.toFixed(0)} ms, warm ${firstLoad.warm.p50.toFixed(0)} ms p50, ${firstLoad.warm.p95.toFixed(0)} ms p95 (of ${runs.loads}); ${firstPageJs.files} scripts, ${(firstPageJs.gzipBytes / 1024).toFixed(1)} KB gzip`);
    const page = await enterprisesPage(last!, roundId, runs.pages);
    log(`  enterprises page of the round (${page.rows} rows): open ${page.open.p50.toFixed(0)} ms p50, ${page.open.p95.toFixed(0)} ms p95${page.next ? `; next page ${page.next.p50.toFixed(0)} ms p50, ${page.next.p95.toFixed(0)} ms p95` : ''} (of ${runs.pages})`);
    return { enterprises, firstLoad, firstPageJs, enterprisesPage: page };
  } finally {
    await browser.close();
  }
}

/** The web console's figures alone at a tier (`npm run bench -- --web`): its data, `wrangler dev`, the browser. */
export async function measureWebConsoleAlone(tier: Tier, runs: WebConsoleRuns, log: (line: string) => void): Promise<WebConsoleFigures> {
  const data = await tierData(tier, log);
  try {
    const facts = await dataFacts(data.persistTo);
    const worker = await startWranglerDevOnFreePort({ persistTo: data.persistTo });
    try {
      return await measureWebConsole(worker, facts.roundId, facts.enterprises, runs, log);
    } finally {
      await worker.stop();
    }
  } finally {
    await data.dispose();
  }
}
