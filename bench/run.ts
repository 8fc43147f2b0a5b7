// `npm run bench`: the worker's figures at 500 and 10,000 enterprises, the extension's in Chromium (side panel,
// clips, the PDF viewer on a 150-page report), re-anchoring
// beside dom-anchor-text-quote and the bundle sizes; prints the tables and the targets, writes
// bench/results/latest.json (and latest.md). `--quick`: a small tier and few iterations, every measurement
// path still run (CI, inside npm test). `--tier round|scale`: that tier of the full run alone (seeding the
// 10,000 tier took 8 minutes on a busy 2-core machine); with `--worker-only`, only that tier's worker figures
// and targets, printed (quick, round or scale; no browser, no files written), for work on one probe.
// `--readme`: the tables go into the README's Performance section (full runs of both tiers only). `--finder`:
// only the evidence finder's section (bench/results/finder.md). `--web`: only the web console's figures at the mode's
// tiers (or `--tier`'s), to bench/results/web-console.md. Fails on errors, never on figures.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../scripts/lib/wrangler';
import { measureAnchoring } from './lib/anchoring';
import { extensionBundles, workerBundle } from './lib/bundles';
import { measureExtension, type ExtensionFigures } from './lib/extension-figures';
import { measureFinder } from './lib/finder-figures';
import { measurePdfViewer } from './lib/pdf-figures';
import { finderTable, finderTargets } from './lib/finder-report';
import { currentLoad, machine, markdown, targetTable, updateReadme, workerTable, type BenchResults } from './lib/report';
import { judge } from './lib/targets';
import { measureWebConsole, measureWebConsoleAlone, type WebConsoleFigures, type WebConsoleRuns } from './lib/web-console-figures';
import { webConsoleTable, webConsoleTargets } from './lib/web-console-report';
import { measureTier, type TierFigures } from './lib/worker-tier';
import type { Iterations } from './lib/worker-figures';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
    finder: { type: 'boolean', default: false },
    'finder-enterprises': { type: 'string' },
    tier: { type: 'string' },
    'worker-only': { type: 'boolean', default: false },
    web: { type: 'boolean', default: false },
  },
});
const quick = args.quick || process.env.BENCH_QUICK === '1';
if (args.tier !== undefined && !args['worker-only'] && !args.web && (quick || args.readme)) throw new Error('--tier picks a tier of the full run; it goes with neither --quick nor --readme');

/** Each tier with how often each request is timed; `browser`: the extension's figures; `web`: the web console's loads and pages. */
const plan: { tier: { name: string; enterprises: number }; iterations: Iterations; browser: boolean; web: WebConsoleRuns }[] = quick
  ? [{ tier: { name: 'quick', enterprises: 60 }, iterations: { panel: 20, heavy: 5, reads: 5, writes: 8 }, browser: true, web: { loads: 5, pages: 3 } }]
  : [
      { tier: { name: 'round', enterprises: 500 }, iterations: { panel: 300, heavy: 100, reads: 100, writes: 100 }, browser: true, web: { loads: 20, pages: 10 } },
      { tier: { name: 'scale', enterprises: 10_000 }, iterations: { panel: 300, heavy: 100, reads: 100, writes: 100 }, browser: false, web: { loads: 5, pages: 10 } },
    ];
const only = plan.filter(({ tier }) => args.tier === undefined || tier.name === args.tier);
if (only.length === 0) throw new Error(`no tier named ${args.tier} in this mode: ${plan.map((p) => p.tier.name).join(', ')}`);
const browserRuns = quick ? { panelOpens: 1, clips: 1, triage: { next: 5, accept: 3 } } : { panelOpens: 5, clips: 10, triage: { next: 60, accept: 20 } };
const anchoringRuns = quick ? { length: 1_000_000, repeat: 1, budgetMs: 2_000 } : { length: 1_000_000, repeat: 3, budgetMs: 60_000 };

const log = (line: string) => console.log(line);
if (args['worker-only']) {
  const figures: TierFigures[] = [];
  for (const { tier, iterations } of only) figures.push(await measureTier(tier, iterations, log));
  log(`\nLoad average ${currentLoad()}.\n\n${workerTable(figures).join('\n')}\n\n${targetTable(judge(figures, [])).join('\n')}`);
  process.exit(0);
}
const started = performance.now();
const loadBefore = currentLoad();

/** The finder at the largest tier of the plan (or, with --finder-enterprises 60|500|10000, that tier's): a 150-page report (20 in quick runs). */
const finderTiers = [{ name: 'quick', enterprises: 60 }, ...plan.map((p) => p.tier)];
const finderRun = {
  tier: finderTiers.find((t) => String(t.enterprises) === args['finder-enterprises']) ?? plan.at(-1)!.tier,
  runs: quick ? { pages: 20, suggestions: 10 } : { pages: 150, suggestions: 100 },
};
if (args.finder) {
  log(`▶ evidence finder, ${finderRun.tier.enterprises.toLocaleString('en')} enterprises`);
  const finder = await measureFinder(finderRun.tier, finderRun.runs, log);
  const table = [`Measured ${new Date().toISOString()} (finder only, ${quick ? 'quick' : 'full'}), load average ${loadBefore} before, ${currentLoad()} after.`, '', ...finderTable(finder), '', '| target | measured | |', '| --- | --- | --- |', ...finderTargets(finder).map((t) => `| ${t.target} | ${t.measured} | ${t.pass ? 'pass' : '**short**'} |`)].join('\n');
  await mkdir(join(root, 'bench', 'results'), { recursive: true });
  await writeFile(join(root, 'bench', 'results', 'finder.json'), `${JSON.stringify(finder, null, 2)}\n`);
  await writeFile(join(root, 'bench', 'results', 'finder.md'), `${table}\n`);
  log(`\n${table}`);
  process.exit(0);
}

/** Builds what a tool builds (the extension with wxt, the web console with vite), its output quiet. */
function build(what: string, script: string, args: string[]) {
  log(`▶ building ${what}`);
  const built = spawnSync(process.execPath, [join(root, 'node_modules', script), ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error(`building ${what} failed`);
}
// The worker serves the web console from its build (wrangler.toml [assets]).
build('the web console', 'vite/bin/vite.js', ['build', '-c', 'web/vite.config.ts', '--logLevel', 'warn']);

if (args.web) {
  const webConsole: WebConsoleFigures[] = [];
  for (const { tier, web } of only) {
    log(`▶ web console figures, ${tier.enterprises.toLocaleString('en')} enterprises`);
    webConsole.push(await measureWebConsoleAlone(tier, web, log));
  }
  const table = [`Measured ${new Date().toISOString()} (web console only, ${quick ? 'quick' : 'full'}), load average ${loadBefore} before, ${currentLoad()} after.`, '', ...webConsoleTable(webConsole), '', ...targetTable(webConsoleTargets(webConsole))].join('\n');
  await mkdir(join(root, 'bench', 'results'), { recursive: true });
  await writeFile(join(root, 'bench', 'results', 'web-console.json'), `${JSON.stringify(webConsole, null, 2)}\n`);
  await writeFile(join(root, 'bench', 'results', 'web-console.md'), `${table}\n`);
  log(`\n${table}`);
  process.exit(0);
}

build('the extension for Chrome', 'wxt/bin/wxt.mjs', ['build']);

const tiers: TierFigures[] = [];
let extension: ExtensionFigures | undefined;
const webConsole: WebConsoleFigures[] = [];
for (const { tier, iterations, browser, web } of only) {
  log(`▶ worker figures, ${tier.enterprises.toLocaleString('en')} enterprises`);
  tiers.push(
    await measureTier(tier, iterations, log, async (worker, persistTo, facts) => {
      log('▶ web console figures in Chromium');
      webConsole.push(await measureWebConsole(worker, facts.roundId, facts.enterprises, web, log));
      if (!browser) return;
      log('▶ extension figures in Chromium');
      extension = await measureExtension(worker, persistTo, { ...browserRuns, enterprises: tier.enterprises }, log);
    }),
  );
}
log('▶ the PDF viewer in Chromium');
const pdf = await measurePdfViewer(quick ? 1 : 5, log);
log('▶ re-anchoring in Chromium');
const anchoring = await measureAnchoring(anchoringRuns, log);
log('▶ evidence finder');
const finder = await measureFinder(finderRun.tier, finderRun.runs, log);
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
  webConsole,
  pdf,
  anchoring,
  bundles,
  finder,
  targets: [...judge(tiers, bundles, extension, pdf), ...webConsoleTargets(webConsole), ...finderTargets(finder)],
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
