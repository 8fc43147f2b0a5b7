// `npm run bench`: the worker's figures at 500 and 10,000 enterprises, the extension's in Chromium, re-anchoring
// beside dom-anchor-text-quote and the bundle sizes; prints the tables and the targets, writes
// bench/results/latest.json (and latest.md). `--quick`: a small tier and few iterations, every measurement
// path still run (CI, inside npm test). `--tier round|scale`: that tier of the full run alone (seeding the
// 10,000 tier took 8 minutes on a busy 2-core machine). `--readme`: the tables go into the README's Performance
// section (full runs of both tiers only). Fails on errors, never on figures.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../scripts/lib/wrangler';
import { measureAnchoring } from './lib/anchoring';
import { extensionBundles, workerBundle } from './lib/bundles';
import { measureExtension, type ExtensionFigures } from './lib/extension-figures';
import { currentLoad, machine, markdown, updateReadme, type BenchResults } from './lib/report';
import { judge } from './lib/targets';
import { measureTier, type TierFigures } from './lib/worker-tier';
import type { Iterations } from './lib/worker-figures';

const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, readme: { type: 'boolean', default: false }, tier: { type: 'string' } },
});
const quick = args.quick || process.env.BENCH_QUICK === '1';
if (args.tier !== undefined && (quick || args.readme)) throw new Error('--tier picks a tier of the full run; it goes with neither --quick nor --readme');

/** Each tier with how often each request is timed. */
const plan: { tier: { name: string; enterprises: number }; iterations: Iterations; browser: boolean }[] = quick
  ? [{ tier: { name: 'quick', enterprises: 60 }, iterations: { panel: 20, heavy: 5, reads: 5, writes: 8 }, browser: true }]
  : [
      { tier: { name: 'round', enterprises: 500 }, iterations: { panel: 300, heavy: 100, reads: 100, writes: 100 }, browser: true },
      { tier: { name: 'scale', enterprises: 10_000 }, iterations: { panel: 300, heavy: 100, reads: 100, writes: 100 }, browser: false },
    ].filter(({ tier }) => args.tier === undefined || tier.name === args.tier);
if (plan.length === 0) throw new Error(`no tier named ${args.tier}: round (500 enterprises) or scale (10,000)`);
const browserRuns = quick ? { panelOpens: 1, clips: 1 } : { panelOpens: 5, clips: 10 };
const anchoringRuns = quick ? { length: 1_000_000, repeat: 1, budgetMs: 2_000 } : { length: 1_000_000, repeat: 3, budgetMs: 60_000 };

const log = (line: string) => console.log(line);
const started = performance.now();
const loadBefore = currentLoad();

log(`▶ building the extension for Chrome`);
const built = spawnSync(process.execPath, [join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) throw new Error('wxt build failed');

const tiers: TierFigures[] = [];
let extension: ExtensionFigures | undefined;
for (const { tier, iterations, browser } of plan) {
  log(`▶ worker figures, ${tier.enterprises.toLocaleString('en')} enterprises`);
  tiers.push(
    await measureTier(tier, iterations, log, browser ? async (worker, persistTo) => {
      log('▶ extension figures in Chromium');
      extension = await measureExtension(worker, persistTo, { ...browserRuns, enterprises: tier.enterprises }, log);
    } : undefined),
  );
}
log('▶ re-anchoring in Chromium');
const anchoring = await measureAnchoring(anchoringRuns, log);
log('▶ bundle sizes');
const bundles = [...(await extensionBundles()), await workerBundle()];

const results: BenchResults = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : args.tier ? `${args.tier} tier of the full` : 'full',
  machine: await machine(),
  load: { before: loadBefore, after: currentLoad() },
  durationSeconds: (performance.now() - started) / 1000,
  tiers,
  extension,
  anchoring,
  bundles,
  targets: judge(tiers, bundles),
};
const table = markdown(results);
const dir = join(root, 'bench', 'results');
await mkdir(dir, { recursive: true });
// A tier alone has files of its own, so running the two one after the other keeps both.
const name = args.tier ? `latest-${args.tier}` : 'latest';
await writeFile(join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(join(dir, `${name}.md`), `${table}\n`);
if (args.readme) await updateReadme(table);
log(`\n${table}\n\nWritten to bench/results/${name}.json${args.readme ? ' and README.md' : ''} in ${Math.round(results.durationSeconds)} s.`);
