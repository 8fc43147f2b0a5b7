// The web console's section of the bench's tables, and its targets (issue 17): the first load to an interactive
// rounds page ≤ 1 s, its JavaScript ≤ 150 KB gzip, and a page of a 10,000-enterprise round's enterprises ≤ 300 ms.
import type { Summary } from './stats';
import type { Target } from './targets';
import type { WebConsoleFigures } from './web-console-figures';

const f1 = (v: number) => v.toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function webConsoleTable(figures: WebConsoleFigures[]): string[] {
  const row = (size: string, what: string, s: Summary) => `| ${size} | ${what} | ${s.n} | ${f1(s.p50)} | ${f1(s.p95)} |`;
  const lines = [
    '**Web console** in Chromium without the extension, against the tier\'s `wrangler dev` serving the production build at `/`, signed in as the administrator: a new tab to the rounds page, from navigation start to its list rendered (cold: the first load on an empty HTTP cache; warm: the loads after it); the scripts that first load fetched (gzip -9 of the built files); the round\'s enterprises (the progress page\'s drill-down, most behind first) from the route change to its first page of rows, and the next page\'s button to its rows.',
    '',
    '| enterprises | measurement | n | p50 ms | p95 ms |',
    '| ---: | --- | ---: | ---: | ---: |',
  ];
  for (const w of figures) {
    const size = w.enterprises.toLocaleString('en');
    lines.push(`| ${size} | first load → rounds page interactive, cold | 1 | ${f1(w.firstLoad.cold)} | |`);
    lines.push(row(size, 'first load → rounds page interactive, warm', w.firstLoad.warm));
    lines.push(row(size, `round's enterprises page opened → first page rendered (${w.enterprisesPage.rows} rows)`, w.enterprisesPage.open));
    if (w.enterprisesPage.next) lines.push(row(size, 'next page → its rows rendered', w.enterprisesPage.next));
    lines.push(`| ${size} | JavaScript of the first load: ${w.firstPageJs.files} files, ${kb(w.firstPageJs.bytes)} KB, **${kb(w.firstPageJs.gzipBytes)} KB gzip** | | | |`);
  }
  return lines;
}

export function webConsoleTargets(figures: WebConsoleFigures[]): Target[] {
  const targets: Target[] = [];
  for (const w of figures) {
    const size = `${w.enterprises.toLocaleString('en')} enterprises`;
    const { cold, warm } = w.firstLoad;
    targets.push({ target: `web console first load → interactive rounds page ≤ 1 s, cold (${size})`, measured: `${f1(cold)} ms`, pass: cold <= 1_000 });
    targets.push({ target: `web console load → interactive rounds page ≤ 1 s, warm p95 (${size})`, measured: `${f1(warm.p50)} ms p50, ${f1(warm.p95)} ms p95`, pass: warm.p95 <= 1_000 });
    targets.push({ target: `web console JavaScript for the first page ≤ 150 KB gzip`, measured: `${kb(w.firstPageJs.gzipBytes)} KB (${w.firstPageJs.files} files)`, pass: w.firstPageJs.gzipBytes <= 150 * 1024 });
    if (w.enterprises < 10_000) continue;
    const { open, next } = w.enterprisesPage;
    targets.push({ target: `a round's enterprises page renders its first page ≤ 300 ms, p95 (${size})`, measured: `${f1(open.p50)} ms p50, ${f1(open.p95)} ms p95`, pass: open.p95 <= 300 });
    if (next) targets.push({ target: `the round's enterprises, next page ≤ 300 ms, p95 (${size})`, measured: `${f1(next.p50)} ms p50, ${f1(next.p95)} ms p95`, pass: next.p95 <= 300 });
  }
  return targets;
}
