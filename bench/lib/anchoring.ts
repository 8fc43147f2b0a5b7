// Re-anchoring 100 quotes on a 1 MB page in Chromium, ours beside the dom-anchor-text-quote package, on the
// same generated pages (test/support/report-pages.ts) unchanged and changed: time and how many were right.
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { root } from '../../scripts/lib/wrangler';
import { anchoredCorrectly, reportPages } from '../../test/support/report-pages';
import type { Found, Run } from '../browser/anchoring-in-page';

export type AnchoringRun = { ms: number; attempted: number; correct: number; quotes: number };
export type AnchoringFigures = { pageChars: number; quotes: number; unchanged: { ours: AnchoringRun; theirs: AnchoringRun }; changed: { ours: AnchoringRun; theirs: AnchoringRun } };

type PageBench = { load(text: string): void; ours(targets: unknown[]): Run; theirs(targets: unknown[], budgetMs: number): Run };

async function bundle(): Promise<string> {
  const out = await build({ entryPoints: [join(root, 'bench', 'browser', 'anchoring-in-page.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

/** The median run of `repeat` (by time), scored against where each quote should be. */
function scored(runs: Run[], expected: Found[]): AnchoringRun {
  const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
  const correct = median.found.filter((found, i) => anchoredCorrectly(found, expected[i] ?? null)).length;
  return { ms: median.ms, attempted: median.attempted, correct, quotes: expected.length };
}

export async function measureAnchoring(options: { length: number; repeat: number; budgetMs: number }, log: (line: string) => void): Promise<AnchoringFigures> {
  const pages = reportPages({ length: options.length });
  const changed = pages.changed();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    await page.addScriptTag({ content: await bundle() });
    const runOn = async (text: string, expected: Found[]) => {
      await page.evaluate((t) => (globalThis as unknown as { anchoringBench: PageBench }).anchoringBench.load(t), text);
      const runs = { ours: [] as Run[], theirs: [] as Run[] };
      for (let r = 0; r < options.repeat; r++) {
        runs.ours.push(await page.evaluate((t) => (globalThis as unknown as { anchoringBench: PageBench }).anchoringBench.ours(t), pages.targets));
        runs.theirs.push(
          await page.evaluate(([t, budget]) => (globalThis as unknown as { anchoringBench: PageBench }).anchoringBench.theirs(t as unknown[], budget as number), [pages.targets, options.budgetMs] as const),
        );
      }
      return { ours: scored(runs.ours, expected), theirs: scored(runs.theirs, expected) };
    };
    const unchanged = await runOn(pages.page, pages.targets.map((t) => ({ start: t.start!, end: t.end! })));
    const onChanged = await runOn(changed.text, changed.expected);
    for (const [name, pair] of [['unchanged', unchanged], ['changed', onChanged]] as const) {
      log(`  anchoring, ${name} page: ours ${pair.ours.correct}/${pair.ours.quotes} in ${pair.ours.ms.toFixed(1)} ms; dom-anchor-text-quote ${pair.theirs.correct}/${pair.theirs.quotes} in ${pair.theirs.ms.toFixed(0)} ms${pair.theirs.attempted < pair.theirs.quotes ? ` (stopped after ${pair.theirs.attempted} quotes)` : ''}`);
    }
    return { pageChars: pages.page.length, quotes: pages.targets.length, unchanged, changed: onChanged };
  } finally {
    await browser.close();
  }
}
