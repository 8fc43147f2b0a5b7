// The evidence finder's section of the bench's tables, and its targets (issue 19).
import type { FinderFigures } from './finder-figures';
import type { Target } from './targets';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

export function finderTable(f: FinderFigures): string[] {
  const row = (what: string, r: FinderFigures['second']) => `| ${what} | ${r.pages} | ${kib(r.fileBytes)} | ${r.passages} | ${kib(r.indexBytes)} | ${r.bytesPerPassage.toFixed(0)} |`;
  const s = f.suggestions;
  const d = f.afterDecision;
  return [
    `**Evidence finder** at ${f.tier.enterprises.toLocaleString('en')} enterprises, under \`wrangler dev\`: a generated ${f.report.pages}-page Chinese report PDF attached as a link, from the request to "indexed" (fetch, PDF.js extraction, passages, index, D1), workerd's peak memory growth meanwhile, and the same extraction and indexing in Node for its CPU time (workerd's clock stands still while code runs); then suggestions for all 64 indicators of the enterprise with that report and a second one, over HTTP: the first request, the same request again (each indicator’s suggestions are remembered per corpus while their inputs do not change), and the request right after a dismissal (that indicator ranked again).`,
    '',
    '| report | pages | file | passages | stored index | bytes per passage |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('generated long report (PDF)', f.report),
    row('华鑫 2025 report (PDF)', f.second),
    '',
    '| measurement | value |',
    '| --- | ---: |',
    `| indexing the long report in workerd, wall time | ${(f.report.workerdWallMs / 1000).toFixed(2)} s |`,
    `| the same extraction and indexing in Node, CPU time | ${(f.report.nodeCpuMs / 1000).toFixed(2)} s |`,
    `| workerd's peak resident memory growth while indexing | ${f.report.workerdPeakGrowthMiB === null ? 'n/a' : `${f.report.workerdPeakGrowthMiB.toFixed(0)} MiB`} |`,
    `| suggestions, all indicators, two reports: the first request after indexing | ${f.firstSuggestionsMs.toFixed(1)} ms |`,
    `| the same again, nothing changed: p50 / p95 / p99 (n = ${s.n}) | ${s.p50.toFixed(1)} / ${s.p95.toFixed(1)} / ${s.p99.toFixed(1)} ms |`,
    `| the same right after a dismissal: p50 / p95 / p99 (n = ${d.n}) | ${d.p50.toFixed(1)} / ${d.p95.toFixed(1)} / ${d.p99.toFixed(1)} ms |`,
    `| ranking every indicator in Node, CPU: corpus warm, nothing remembered / a freshly decoded corpus | ${f.suggestionsNodeCpuMs.toFixed(1)} / ${f.suggestionsColdNodeCpuMs.toFixed(1)} ms |`,
  ];
}

/** Workers give an isolate 128 MB. */
const MEMORY_LIMIT_MIB = 128;

export function finderTargets(f: FinderFigures): Target[] {
  const label = `${f.tier.enterprises.toLocaleString('en')} enterprises`;
  const cpu = Math.min(f.report.nodeCpuMs, f.report.workerdWallMs) / 1000;
  const growth = f.report.workerdPeakGrowthMiB;
  return [
    { target: `indexing a ${f.report.pages}-page Chinese PDF ≤ 5 s CPU`, measured: `${cpu.toFixed(2)} s (Node CPU ${(f.report.nodeCpuMs / 1000).toFixed(2)} s; workerd wall ${(f.report.workerdWallMs / 1000).toFixed(2)} s)`, pass: cpu <= 5 },
    { target: `indexing within the Workers memory limit (${MEMORY_LIMIT_MIB} MB)`, measured: growth === null ? 'not measured (no /proc)' : `${growth.toFixed(0)} MiB peak growth`, pass: growth !== null && growth < MEMORY_LIMIT_MIB },
    { target: `suggestions for all 64 indicators, two indexed reports, p95 ≤ 50 ms (${label})`, measured: `${f.suggestions.p95.toFixed(1)} ms`, pass: f.suggestions.p95 <= 50 },
    { target: `the same right after a dismissal, p95 ≤ 50 ms (${label})`, measured: `${f.afterDecision.p95.toFixed(1)} ms`, pass: f.afterDecision.p95 <= 50 },
  ];
}
