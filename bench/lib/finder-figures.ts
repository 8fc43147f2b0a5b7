// The evidence finder's figures: a generated long Chinese report PDF indexed by the worker under `wrangler dev`
// (wall time from attaching the link to "indexed", and workerd's peak memory growth meanwhile), the same
// extraction and indexing in Node for its CPU time, the stored index's bytes per passage, and suggestions for
// all 64 indicators of an enterprise with two indexed reports, timed over HTTP, at the tier's size.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { huaxinReportPages, longReportPages } from '../../scripts/demo/report-pages';
import { reportPdf } from '../../scripts/lib/report-pdf';
import { signedIn, type WorkerClient } from '../../scripts/lib/worker-client';
import { demoUsers } from '../../scripts/demo/world';
import { openLocalD1 } from '../../test/support/local-d1';
import { startWranglerDevOnFreePort } from '../../test/support/stack';
import type { EnterpriseFinderReports, FinderSuggestions } from '../../shared/schemas/finder';
import type { IndicatorNode } from '../../shared/schemas/round';
import { decodeIndex, encodeIndex, type StoredIndex } from '../../shared/finder/stored-index';
import { defaultFramework } from '../../shared/framework/default';
import { FrameworkDoc } from '../../shared/schemas/framework';
import { extractReport } from '../../worker/finder/extract';
import { finderSettings } from '../../worker/finder/settings';
import { buildCorpus, suggest, tokenize, TOKENIZER, type FinderState } from '../../worker/finder/suggest';
import { dataFacts, tierData, type Tier } from './data';
import { timedRequest, timedRequests } from './http-lane';
import { summarise, type Summary } from './stats';

export type IndexedFigures = { pages: number; fileBytes: number; passages: number; indexBytes: number; bytesPerPassage: number };
export type FinderFigures = {
  tier: Tier;
  report: IndexedFigures & { workerdWallMs: number; workerdPeakGrowthMiB: number | null; nodeCpuMs: number };
  second: IndexedFigures;
  /** The enterprise's first request after indexing: the corpus decoded, every indicator ranked. */
  firstSuggestionsMs: number;
  /** The same request again, nothing changed meanwhile (each indicator's suggestions remembered). */
  suggestions: Summary;
  /** The same request right after a decision on one suggestion (that indicator ranked again). */
  afterDecision: Summary;
  /** CPU time in Node of ranking every indicator over the two reports, the corpus decoded and warm, nothing remembered. */
  suggestionsNodeCpuMs: number;
  /** CPU time in Node of the first ranking of a freshly decoded corpus (what a new isolate pays). */
  suggestionsColdNodeCpuMs: number;
};

/** workerd under this wrangler process: its peak resident memory so far (VmHWM), in MiB; null off Linux. */
function workerdPeakMiB(wranglerPid: number): number | null {
  try {
    const parent = new Map<number, number>();
    const names = new Map<number, string>();
    for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
      try {
        const status = readFileSync(`/proc/${entry}/status`, 'utf8');
        parent.set(Number(entry), Number(/PPid:\s+(\d+)/.exec(status)?.[1]));
        names.set(Number(entry), /Name:\s+(\S+)/.exec(status)?.[1] ?? '');
      } catch {
        // gone meanwhile
      }
    }
    const descends = (pid: number): boolean => pid === wranglerPid || (parent.has(pid) && pid > 1 && descends(parent.get(pid)!));
    const workerd = [...names].find(([pid, name]) => name.startsWith('workerd') && descends(pid))?.[0];
    if (!workerd) return null;
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${workerd}/status`, 'utf8'))?.[1]) / 1024;
  } catch {
    return null;
  }
}

/** CPU milliseconds of ranking all 64 indicators over these reports in Node: per request with the corpus decoded
 *  once and nothing remembered, and the first ranking of a freshly decoded corpus. */
async function suggestionCpu(reports: (string | Uint8Array)[], iterations: number): Promise<{ warm: number; cold: number }> {
  const decoded: Parameters<typeof buildCorpus>[0] = [];
  for (const [i, report] of reports.entries()) {
    let body = report;
    if (typeof body !== 'string') {
      const extracted = await extractReport(new Uint8Array(body), 'application/pdf', finderSettings({} as never));
      if (!extracted.ok) throw new Error(extracted.message);
      body = JSON.stringify(encodeIndex(extracted.pages, extracted.passages, tokenize, TOKENIZER));
    }
    decoded.push({ report: { id: i + 1 } as never, ...decodeIndex(JSON.parse(body) as StoredIndex) });
  }
  const framework = FrameworkDoc.parse(defaultFramework).dimensions.flatMap((d) => d.children.flatMap((g) => g.children));
  const indicators = framework.map((i, n) => ({ id: n + 1, nameZh: i.name.zh, nameEn: i.name.en, guidanceZh: i.guidance.zh, guidanceEn: i.guidance.en, rubric: i.rubric, keywordsZh: i.keywords.zh, keywordsEn: i.keywords.en }));
  const stateOf = (corpus: FinderState['corpus']) => ({ round: { id: 1, framework: { id: -1 } }, reports: [], corpus, indicators, learned: [], decisions: [] }) as unknown as FinderState;
  const cpuMs = (task: () => void) => {
    const cpu = process.cpuUsage();
    task();
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  const cold = cpuMs(() => suggest(stateOf(buildCorpus(decoded))));
  const state = stateOf(buildCorpus(decoded));
  suggest(state);
  const warm = cpuMs(() => {
    for (let i = 0; i < iterations; i++) suggest(state, { fresh: true });
  });
  return { warm: warm / iterations, cold };
}

/** Polls the enterprise's reports until `url` is indexed (or failed: an error), 120 s at most. */
async function waitIndexed(client: WorkerClient, path: string, url: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { items } = await client.get<EnterpriseFinderReports>(path);
    const report = items.find((r) => r.url === url);
    if (report?.status === 'indexed') return report;
    if (report?.status === 'failed') throw new Error(`the finder failed on ${url}: ${report.reason} ${report.message}`);
    if (Date.now() > deadline) throw new Error(`${url} not indexed in 120 s: ${JSON.stringify(report)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const figuresOf = (pages: number, fileBytes: number, r: { passageCount: number | null; indexBytes: number | null }): IndexedFigures => ({
  pages,
  fileBytes,
  passages: r.passageCount ?? 0,
  indexBytes: r.indexBytes ?? 0,
  bytesPerPassage: (r.indexBytes ?? 0) / Math.max(1, r.passageCount ?? 0),
});

export async function measureFinder(tier: Tier, runs: { pages: number; suggestions: number }, log: (line: string) => void): Promise<FinderFigures> {
  const pdf = await reportPdf(longReportPages(runs.pages), { title: '某某集团2025年度可持续发展报告' });
  const second = await reportPdf(huaxinReportPages);
  log(`finder: a ${runs.pages}-page report PDF of ${(pdf.byteLength / 1024).toFixed(0)} KiB`);

  // CPU of extraction and indexing, in Node (workerd's clock stands still while code runs).
  const cpu = process.cpuUsage();
  const extracted = await extractReport(new Uint8Array(pdf), 'application/pdf', finderSettings({} as never));
  if (!extracted.ok) throw new Error(`extraction failed: ${extracted.message}`);
  const longIndex = JSON.stringify(encodeIndex(extracted.pages, extracted.passages, tokenize, TOKENIZER));
  const used = process.cpuUsage(cpu);
  const nodeCpuMs = (used.user + used.system) / 1000;
  const rankingCpu = await suggestionCpu([longIndex, second], runs.suggestions);

  const files = new Map([
    ['/long.pdf', pdf],
    ['/second.pdf', second],
  ]);
  const server = createServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(body.byteLength) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const data = await tierData(tier, log);
  try {
    const facts = await dataFacts(data.persistTo);
    // The demo's own links of the enterprise name sites this machine cannot reach: the finder leaves them be, so only
    // the reports under measurement are read.
    const db = await openLocalD1(data.persistTo, { readOnly: false });
    db.prepare("UPDATE evidence SET normalized_url = NULL WHERE enterprise_id = ? AND kind IN ('link', 'report', 'clip')").run(facts.heavyEnterpriseId);
    db.close();
    const worker = await startWranglerDevOnFreePort({ persistTo: data.persistTo, vars: { FINDER_ALLOW_HOSTS: '127.0.0.1' } });
    try {
      // An expert of every dimension: the bench decides on suggestions of any indicator.
      const expert = demoUsers.find((u) => u.login === 'expert.tax')!;
      const client = await signedIn(worker.url, expert.login, expert.password);
      const { items: tree } = await client.get<{ items: IndicatorNode[] }>(`/rounds/${facts.roundId}/indicators`);
      const indicatorId = tree.find((i) => i.code === 'MGMT.1.4')!.id;
      const enterpriseId = facts.heavyEnterpriseId;
      const reportsPath = `/rounds/${facts.roundId}/enterprises/${enterpriseId}/finder/reports`;
      const attach = async (path: string) => {
        const res = await client.call('POST', '/evidence', {
          roundId: facts.roundId,
          enterpriseId,
          indicatorId,
          kind: 'report',
          url: `${origin}${path}`,
          title: path,
          capturedAt: new Date().toISOString(),
          idempotencyKey: `bench-finder-${path.slice(1).replace('.', '-')}-${Date.now()}`,
        });
        if (res.status !== 201) throw new Error(`attaching ${path}: ${res.status} ${JSON.stringify(res.data)}`);
      };

      const peakBefore = workerdPeakMiB(worker.child.pid!);
      const started = performance.now();
      await attach('/long.pdf');
      const long = await waitIndexed(client, reportsPath, `${origin}/long.pdf`);
      const workerdWallMs = performance.now() - started;
      const peakAfter = workerdPeakMiB(worker.child.pid!);
      log(`  indexed in ${(workerdWallMs / 1000).toFixed(2)} s (wall, wrangler dev; Node CPU ${(nodeCpuMs / 1000).toFixed(2)} s): ${long.passageCount} passages, ${long.indexBytes} bytes`);
      await attach('/second.pdf');
      const other = await waitIndexed(client, reportsPath, `${origin}/second.pdf`);

      const suggestionsPath = `/rounds/${facts.roundId}/enterprises/${enterpriseId}/finder/suggestions`;
      // Timed from the bench's client thread, as the worker probes are: the bench's own garbage collections stay out.
      const suggestionsRequest = { method: 'GET', url: `${worker.url}/api/v1${suggestionsPath}`, headers: client.headers };
      const fetchSuggestions = async () => {
        const { ms, status, text } = await timedRequest(suggestionsRequest);
        const data = (status === 200 ? JSON.parse(text) : null) as FinderSuggestions | null;
        if (!data || data.indicators.length !== tree.filter((i) => i.level === 3).length) throw new Error(`suggestions: ${status} ${text.slice(0, 300)}`);
        return { ms, data };
      };
      const first = await fetchSuggestions();
      const firstSuggestionsMs = first.ms;
      let latest = first.data;
      const again = Array.from({ length: runs.suggestions }, () => suggestionsRequest);
      const suggestions = await timedRequests({ warmups: again.slice(0, 5), requests: again, concurrency: 1, ok: [200] }, 'suggestions');
      log(`  suggestions for every indicator, two reports: first ${firstSuggestionsMs.toFixed(1)} ms; again p50 ${suggestions.p50.toFixed(1)} ms, p95 ${suggestions.p95.toFixed(1)} ms`);
      // The expert's rhythm: dismiss one suggestion, the list comes back with that indicator ranked again.
      const samples: number[] = [];
      const decisionsStarted = performance.now();
      for (let i = 0; i < Math.min(runs.suggestions, 30); i++) {
        const next = latest.indicators.find((indicator) => indicator.items.length > 0);
        if (!next) throw new Error('no suggestion left to dismiss');
        const { reportId, passageKey } = next.items[0]!;
        const dismissed = await client.call('POST', `/rounds/${facts.roundId}/enterprises/${enterpriseId}/finder/dismissals`, { indicatorId: next.indicatorId, reportId, passageKey });
        if (dismissed.status !== 201) throw new Error(`dismissal: ${dismissed.status} ${JSON.stringify(dismissed.data)}`);
        const answer = await fetchSuggestions();
        latest = answer.data;
        samples.push(answer.ms);
      }
      const afterDecision = summarise(samples, performance.now() - decisionsStarted, 1);
      log(`  the same after each decision: p50 ${afterDecision.p50.toFixed(1)} ms, p95 ${afterDecision.p95.toFixed(1)} ms`);
      return {
        tier,
        report: {
          ...figuresOf(runs.pages, pdf.byteLength, long),
          workerdWallMs,
          workerdPeakGrowthMiB: peakBefore === null || peakAfter === null ? null : peakAfter - peakBefore,
          nodeCpuMs,
        },
        second: figuresOf(huaxinReportPages.length, second.byteLength, other),
        firstSuggestionsMs,
        suggestions,
        afterDecision,
        suggestionsNodeCpuMs: rankingCpu.warm,
        suggestionsColdNodeCpuMs: rankingCpu.cold,
      };
    } finally {
      await worker.stop();
    }
  } finally {
    server.close();
    await data.dispose();
  }
}
