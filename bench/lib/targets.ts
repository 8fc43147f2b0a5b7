// The targets, judged on a run's figures: issue 16's (reads and writes at 10,000 enterprises one and four at
// a time, the background rebuild and the longest statement, reads at 500 and the panel's distance from raw
// SQLite) and the earlier ones that still hold (the panel's p95 and distance from raw SQLite at every tier, its
// rows read, the content script's size; the whole-round aggregation's went with the request). Each says what
// it measured and whether it passes or falls short; reported, never asserted.
import type { BundleSize } from './bundles';
import type { ExtensionFigures } from './extension-figures';
import type { PdfFigures } from './pdf-figures';
import type { TierFigures } from './worker-tier';

export type Target = { target: string; measured: string; pass: boolean };

const ms = (value: number) => `${value.toFixed(1)} ms`;

function probeOf(tier: TierFigures, id: string) {
  const found = tier.probes.find((p) => p.id === id);
  if (!found) throw new Error(`no probe ${id} in the ${tier.tier.name} tier`);
  return found;
}

/** Worker p50 over the raw-SQLite p50 of the same statements. */
export const floorRatio = (probe: TierFigures['probes'][number]) => (probe.floor ? probe.runs[0]!.p50 / probe.floor.summary.p50 : null);

/** The longest single D1 statement of the tier: any metered request or background job. */
export const longestStatement = (tier: TierFigures) => {
  const requests = tier.probes.map((p) => ({ ms: p.meter.longestMs, where: p.label }));
  const jobs = tier.jobs.map((j) => ({ ms: j.longestMs, where: `job ${j.kind}: ${j.longestSql}` }));
  return [...requests, ...jobs].reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, where: 'none' });
};

const p95 = (probe: TierFigures['probes'][number], concurrency: number) => probe.runs.find((r) => r.concurrency === concurrency)?.p95;

function p95Targets(tier: TierFigures, kind: 'read' | 'write', concurrency: number, limit: number, label: string): Target[] {
  return tier.probes
    .filter((p) => p.kind === kind)
    .flatMap((p) => {
      const value = p95(p, concurrency);
      return value === undefined ? [] : [{ target: `${p.label}: p95 ≤ ${limit} ms ${label}`, measured: ms(value), pass: value <= limit }];
    });
}

export function judge(tiers: TierFigures[], bundles: BundleSize[], extension?: ExtensionFigures, pdf?: PdfFigures): Target[] {
  const targets: Target[] = [];
  for (const tier of tiers) {
    const size = `${tier.facts.enterprises.toLocaleString('en')} enterprises`;
    if (tier.facts.enterprises >= 10_000) {
      targets.push(...p95Targets(tier, 'read', 1, 100, `one at a time (${size})`), ...p95Targets(tier, 'read', 4, 250, `four at a time (${size})`));
      targets.push(...p95Targets(tier, 'write', 1, 50, `one at a time, with its incremental update (${size})`));
      targets.push({ target: `full background rebuild ≤ 30 s, to the switch (${size})`, measured: `${tier.rebuild.switchSeconds.toFixed(1)} s`, pass: tier.rebuild.switchSeconds <= 30 });
      const longest = longestStatement(tier);
      targets.push({ target: `no D1 statement over 1 s, requests and background jobs (${size})`, measured: `${ms(longest.ms)} (${longest.where.slice(0, 80)})`, pass: longest.ms < 1_000 });
    } else {
      targets.push(...p95Targets(tier, 'read', 1, 50, `one at a time (${size})`));
    }
    const panel = probeOf(tier, 'a');
    const panelP95 = panel.runs[0]!.p95;
    targets.push({ target: `side-panel state p95 ≤ 20 ms (${size}, typical enterprise, one at a time)`, measured: ms(panelP95), pass: panelP95 <= 20 });
    const ratio = floorRatio(panel)!;
    // The floor beneath the ratio: a 404 through the same HTTP hop, no D1 and no route, over the same raw SQL.
    const transport = probeOf(tier, 'transport').runs[0]!.p50 / panel.floor!.summary.p50;
    const measured = `${ratio.toFixed(1)}× (the 404 alone: ${transport.toFixed(1)}×)`;
    if (tier.facts.enterprises < 10_000) targets.push({ target: `worker/raw ≤ 5 for ${panel.label} (${size}, p50)`, measured, pass: ratio <= 5 });
    targets.push({ target: `worker/raw ≤ 3 for ${panel.label} (${size}, p50)`, measured, pass: ratio <= 3 });
    if (tier.facts.enterprises >= 10_000) {
      const search = probeOf(tier, 'search').runs[0]!;
      targets.push({ target: `search p95 ≤ 50 ms at 10k (${size}, registry by name, credit code or fragment)`, measured: ms(search.p95), pass: search.p95 <= 50 });
    }
    // The reviewers' queue at round scale (issue 18): each page within 100 ms, at the 95th percentile.
    for (const id of ['q-first', 'q-next']) {
      const probe = probeOf(tier, id);
      const p95q = probe.runs[0]!.p95;
      targets.push({ target: `${probe.label} p95 ≤ 100 ms (${size}, ${tier.facts.evidence.toLocaleString('en')} evidence items)`, measured: ms(p95q), pass: p95q <= 100 });
    }
    for (const id of ['a', 'a-heavy']) {
      const { meter, label: what } = probeOf(tier, id);
      targets.push({
        target: `rows read ≤ 2 × rows returned for ${what} (${size})`,
        measured: `${meter.rowsRead} read / ${meter.rowsReturned} returned = ${(meter.rowsRead / meter.rowsReturned).toFixed(2)}×`,
        pass: meter.rowsRead <= 2 * meter.rowsReturned,
      });
    }
  }
  if (extension) {
    const { tree, complete, visibleCards } = extension.panel;
    const both = (figure: { p50: number; p95: number }) => `${ms(figure.p50)} p50, ${ms(figure.p95)} p95`;
    targets.push({ target: 'side panel open → indicator tree ≤ 300 ms (p95, 300-evidence enterprise)', measured: both(tree), pass: tree.p95 <= 300 });
    targets.push({ target: `side panel open → every visible card ≤ 500 ms (p95, ${visibleCards} cards)`, measured: both(complete), pass: complete.p95 <= 500 });
    const { next } = extension.triage;
    targets.push({ target: 'review queue: key press (j) → next item shown ≤ 100 ms in Chromium (p95)', measured: both(next), pass: next.p95 <= 100 });
  }
  if (pdf) {
    targets.push({ target: `PDF viewer open → first page ≤ 1 s (p95, ${pdf.pages} pages)`, measured: ms(pdf.firstPage.p95), pass: pdf.firstPage.p95 <= 1_000 });
    targets.push({ target: `find across ${pdf.pages} pages ≤ 500 ms (p95, keystroke → count)`, measured: ms(pdf.find.p95), pass: pdf.find.p95 <= 500 });
  }
  const content = bundles.find((b) => b.entrypoint === 'content script');
  if (content) targets.push({ target: 'content script ≤ 30 KB gzip', measured: `${(content.gzipBytes / 1024).toFixed(1)} KB`, pass: content.gzipBytes <= 30 * 1024 });
  return targets;
}
