// A run's figures as Markdown tables (printed, written beside latest.json, and with --readme into the README's
// Performance section between its markers), and the machine they were measured on.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { root } from '../../scripts/lib/wrangler';
import type { AnchoringFigures, AnchoringRun } from './anchoring';
import type { FinderFigures } from './finder-figures';
import { finderTable } from './finder-report';
import type { BundleSize } from './bundles';
import type { ExtensionFigures } from './extension-figures';
import type { PdfFigures } from './pdf-figures';
import type { Summary } from './stats';
import { floorRatio, longestStatement, type Target } from './targets';
import type { WebConsoleFigures } from './web-console-figures';
import { webConsoleTable } from './web-console-report';
import type { TierFigures } from './worker-tier';

export type Machine = { cpu: string; cores: number; memoryGiB: number; os: string; node: string; chromium: string; wrangler: string; workerd: string };

export type BenchResults = {
  date: string;
  /** quick, full, or full with one tier alone (`--tier`). */
  mode: string;
  machine: Machine;
  /** 1-minute load average when the run began and ended: above ~1 on 2 cores, something else was running. */
  load: { before: number; after: number };
  durationSeconds: number;
  tiers: TierFigures[];
  /** Measured against the 500 tier's worker (or the quick tier's); absent when that tier did not run. */
  extension?: ExtensionFigures;
  /** The web console's figures, one per tier run (absent in runs from before it). */
  webConsole?: WebConsoleFigures[];
  /** The PDF viewer's figures, measured with the extension's. */
  pdf?: PdfFigures;
  anchoring: AnchoringFigures;
  bundles: BundleSize[];
  /** The evidence finder's section (absent in runs from before it). */
  finder?: FinderFigures;
  targets: Target[];
};

const versionOf = async (pkg: string) => (JSON.parse(await readFile(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

export async function machine(): Promise<Machine> {
  let chromium = 'unknown';
  try {
    chromium = /Chromium [\d.]+/.exec(execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[0] ?? chromium;
  } catch {
    // Reported as unknown; the browser figures fail on their own if it is missing.
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `Linux ${release()}`,
    node: process.version,
    chromium,
    wrangler: await versionOf('wrangler'),
    workerd: await versionOf('workerd'),
  };
}

export const currentLoad = () => Math.round(loadavg()[0]! * 100) / 100;

const f1 = (v: number) => v.toFixed(1);
const f2 = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function workerTable(tiers: TierFigures[]): string[] {
  const lines = [
    '| enterprises | request | at once | n | p50 ms | p95 ms | p99 ms | req/s | raw SQLite p50 ms | worker/raw | D1 statements | rows read | rows returned | rows written | longest statement ms |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const tier of tiers) {
    for (const probe of tier.probes) {
      probe.runs.forEach((run: Summary, i) => {
        const first = i === 0;
        const ratio = first ? floorRatio(probe) : null;
        const { meter } = probe;
        lines.push(
          `| ${tier.facts.enterprises.toLocaleString('en')} | ${probe.label} | ${run.concurrency} | ${run.n} | ${f1(run.p50)} | ${f1(run.p95)} | ${f1(run.p99)} | ${f1(run.throughput)} | ` +
            `${first && probe.floor ? f2(probe.floor.summary.p50) : ''} | ${ratio === null ? '' : `${ratio.toFixed(1)}×`} | ` +
            `${first ? meter.statements : ''} | ${first ? meter.rowsRead.toLocaleString('en') : ''} | ${first ? meter.rowsReturned.toLocaleString('en') : ''} | ${first ? meter.rowsWritten.toLocaleString('en') : ''} | ${first ? f1(meter.longestMs) : ''} |`,
        );
      });
    }
  }
  return lines;
}

/** A statement in a table cell: pipes escaped, cut short. */
const sqlCell = (sql: string) => `\`${sql.replaceAll('|', '\\|').slice(0, 70)}\``;

function backgroundTable(tiers: TierFigures[]): string[] {
  const lines = [
    '| enterprises | background work | messages | D1 statements | time s | longest statement ms | longest statement |',
    '| ---: | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const tier of tiers) {
    const size = tier.facts.enterprises.toLocaleString('en');
    const rebuild = tier.rebuild.jobs;
    const longestOfRebuild = rebuild.reduce((a, b) => (b.longestMs > a.longestMs ? b : a), { longestMs: 0, longestSql: '' });
    lines.push(
      `| ${size} | **full rebuild**, asked → switched in / → figures refreshed | ${rebuild.reduce((n, j) => n + j.messages, 0)} | ${rebuild.reduce((n, j) => n + j.statements, 0).toLocaleString('en')} | ` +
        `${f1(tier.rebuild.switchSeconds)} / ${f1(tier.rebuild.settledSeconds)} | ${f1(longestOfRebuild.longestMs)} | ${sqlCell(longestOfRebuild.longestSql)} |`,
    );
    for (const job of tier.jobs) {
      lines.push(`| ${size} | job ${job.kind} | ${job.messages} | ${job.statements.toLocaleString('en')} | ${f1(job.seconds)} | ${f1(job.longestMs)} | ${sqlCell(job.longestSql)} |`);
    }
    const longest = longestStatement(tier);
    lines.push(`| ${size} | **longest single D1 statement seen** | | | | **${f1(longest.ms)}** | ${longest.where.replaceAll('|', '\\|').slice(0, 90)} |`);
  }
  return lines;
}

function exportTable(tiers: TierFigures[]): string[] {
  const lines = ['| enterprises | download | status | time s | first byte ms | MiB | rows | workerd RSS before MiB | peak rise MiB |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const tier of tiers) {
    for (const e of tier.exports) {
      lines.push(
        `| ${tier.facts.enterprises.toLocaleString('en')} | ${e.label} | ${e.status} | ${f1(e.seconds)} | ${f1(e.firstByteMs)} | ${f1(e.bytes / 2 ** 20)} | ${e.rows ? e.rows.toLocaleString('en') : ''} | ${Math.round(e.memory.beforeMiB)} | ${f1(e.memory.riseMiB)} |`,
      );
    }
  }
  return lines;
}

function extensionTable({ panel, clip, triage }: ExtensionFigures, pdf?: PdfFigures): string[] {
  const row = (what: string, s: Summary) => `| ${what} | ${s.n} | ${f1(s.p50)} | ${f1(s.p95)} |`;
  return [
    '| measurement | n | p50 ms | p95 ms |',
    '| --- | ---: | ---: | ---: |',
    row(`side panel open → indicator tree rendered (${panel.indicators} indicators)`, panel.tree),
    row(`side panel open → every visible card rendered (${panel.visibleCards} of ${panel.evidence} evidence items, in the rows open by default)`, panel.complete),
    ...(panel.later.tree.n > 0
      ? [
          row('… the same, openings after the first (the first is a new profile\'s: no code run before, no page looked at): → tree', panel.later.tree),
          row('… openings after the first: → every visible card', panel.later.complete),
        ]
      : []),
    row('clip command → picker ready (enterprise detected)', clip.pickerReady),
    row('save (Ctrl+Enter) → record saved (worker answered, row in D1)', clip.saved),
    row('clip command → record saved, keystrokes included', clip.total),
    row('review queue: j → next item shown (pages fetched ahead)', triage.next),
    row('review queue: a → accepted, next item shown (the review request included)', triage.accept),
    ...(pdf
      ? [
          row(`PDF viewer open → first page drawn (${pdf.pages}-page Chinese report)`, pdf.firstPage),
          row(`PDF viewer open → text of all ${pdf.pages} pages read (searchable)`, pdf.textRead),
          row(`find across ${pdf.pages} pages, Chinese and English: keystroke → count on screen`, pdf.find),
        ]
      : []),
  ];
}

function anchoringTable(a: AnchoringFigures): string[] {
  const cell = (r: AnchoringRun) => `${r.correct}/${r.quotes} in ${r.ms < 100 ? f1(r.ms) : Math.round(r.ms).toLocaleString('en')} ms${r.attempted < r.quotes ? ` (stopped after ${r.attempted})` : ''}`;
  return [
    `| page (${(a.pageChars / 1e6).toFixed(1)} M characters, ${a.quotes} quotes) | ours (shared/anchoring) | dom-anchor-text-quote 4.0.2 |`,
    '| --- | --- | --- |',
    `| unchanged | ${cell(a.unchanged.ours)} | ${cell(a.unchanged.theirs)} |`,
    `| changed (block inserted, quotes edited, reformatted, removed) | ${cell(a.changed.ours)} | ${cell(a.changed.theirs)} |`,
  ];
}

function bundleTable(bundles: BundleSize[]): string[] {
  return ['| entrypoint | files | KB | KB gzip |', '| --- | ---: | ---: | ---: |', ...bundles.map((b) => `| ${b.entrypoint} | ${b.files} | ${kb(b.bytes)} | ${kb(b.gzipBytes)} |`)];
}

export function targetTable(targets: Target[]): string[] {
  return ['| target | measured | |', '| --- | --- | --- |', ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.pass ? 'pass' : '**short**'} |`)];
}

export function markdown(r: BenchResults): string {
  const m = r.machine;
  const data = r.tiers.map((t) => `${t.facts.enterprises.toLocaleString('en')} enterprises × ${t.facts.indicators} indicators: ${t.facts.scores.toLocaleString('en')} scores, ${t.facts.evidence.toLocaleString('en')} evidence items`);
  return [
    `Measured ${r.date} (${r.mode} run, ${Math.round(r.durationSeconds)} s) on ${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}, wrangler ${m.wrangler} (workerd ${m.workerd}), ${m.chromium}. ` +
      `Load average ${r.load.before} before, ${r.load.after} after${Math.max(r.load.before, r.load.after) > 1 ? ' (the machine was busy with other work: tails are noisy)' : ''}.`,
    `Data: ${data.join('; ')}.`,
    '',
    '**Worker**, from a client over HTTP on 127.0.0.1 against `wrangler dev` (workerd, local D1), warm; one at a time and 4 at once. Raw SQLite: the same statements the worker ran, replayed with node:sqlite on the same file. Rows: D1\'s own counts (`meta.rows_read`) for one request.',
    '',
    ...workerTable(r.tiers),
    '',
    '**Background work** (the queue under `wrangler dev`): a full rebuild asked for by the admin once the writes\' refreshes have settled, followed to the switch of the live generation and to refreshed ranks, statistics and progress; then every job of the whole run by kind (the writes\' refreshes, the rebuild, pruning, agreement when it came due), metered statement by statement.',
    '',
    ...backgroundTable(r.tiers),
    '',
    '**Downloads** (one each, streamed to the client): the worker\'s memory is the resident set of the `workerd` process, sampled every 20 ms; it holds the worker\'s isolate and the local D1\'s SQLite (its page cache included), so the rise over the resident set before the download is what is reported. XLSX above 100,000 rows is refused (422) with a pointer to the CSV.',
    '',
    ...exportTable(r.tiers),
    '',
    ...(r.extension
      ? [
          `**Extension** in Chromium, built for production, against the worker of the ${r.extension.enterprises.toLocaleString('en')}-enterprise round; the side panel shows the enterprise with 300 evidence items.`,
          '',
          ...extensionTable(r.extension, r.pdf),
          '',
        ]
      : []),
    ...(r.webConsole?.length ? [...webConsoleTable(r.webConsole), ''] : []),
    '**Re-anchoring** in Chromium: the page as DOM (one paragraph per line), each library from the quote to a DOM Range.',
    '',
    ...anchoringTable(r.anchoring),
    '',
    '**Bundles** (gzip -9 of each file an entrypoint loads, imported chunks included):',
    '',
    ...bundleTable(r.bundles),
    '',
    ...(r.finder ? [...finderTable(r.finder), ''] : []),
    '**Targets**',
    '',
    ...targetTable(r.targets),
  ].join('\n');
}

const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

/** Puts the table into the README between its markers. */
export async function updateReadme(table: string) {
  const path = join(root, 'README.md');
  const readme = await readFile(path, 'utf8');
  const from = readme.indexOf(BEGIN);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${BEGIN} … ${END} section`);
  await writeFile(path, `${readme.slice(0, from + BEGIN.length)}\n${table}\n${readme.slice(to)}`);
}
