// The targets, judged on a run's figures: each says what it measured and whether it passes or falls
// short. They are reported, never asserted: the bench fails on errors, not on figures.
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

export function judge(tiers: TierFigures[], bundles: BundleSize[], extension?: ExtensionFigures, pdf?: PdfFigures): Target[] {
  const targets: Target[] = [];
  for (const tier of tiers) {
    const label = `${tier.facts.enterprises.toLocaleString('en')} enterprises`;
    const panel = probeOf(tier, 'a');
    const p95 = panel.runs[0]!.p95;
    targets.push({ target: `side-panel state p95 ≤ 20 ms (${label}, typical enterprise, one at a time)`, measured: ms(p95), pass: p95 <= 20 });
    if (tier.facts.enterprises === 500) {
      const compute = probeOf(tier, 'c').runs[0]!;
      targets.push({ target: 'whole-round aggregation of 500 enterprises ≤ 250 ms (p95)', measured: ms(compute.p95), pass: compute.p95 <= 250 });
    }
    if (tier.facts.enterprises >= 10_000) {
      const search = probeOf(tier, 'search').runs[0]!;
      targets.push({ target: `search p95 ≤ 50 ms at 10k (${label}, registry by name, credit code or fragment)`, measured: ms(search.p95), pass: search.p95 <= 50 });
    }
    for (const id of ['a', 'c']) {
      const probe = probeOf(tier, id);
      const ratio = floorRatio(probe)!;
      targets.push({ target: `worker/raw ≤ 3 for ${probe.label} (${label}, p50)`, measured: `${ratio.toFixed(1)}×`, pass: ratio <= 3 });
    }
    // The reviewers' queue at round scale (issue 18): each page within 100 ms, at the 95th percentile.
    for (const id of ['q-first', 'q-next']) {
      const probe = probeOf(tier, id);
      const p95q = probe.runs[0]!.p95;
      targets.push({ target: `${probe.label} p95 ≤ 100 ms (${label}, ${tier.facts.evidence.toLocaleString('en')} evidence items)`, measured: ms(p95q), pass: p95q <= 100 });
    }
    for (const id of ['a', 'a-heavy']) {
      const { meter, label: what } = probeOf(tier, id);
      targets.push({
        target: `rows read ≤ 2 × rows returned for ${what} (${label})`,
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
  }
  if (pdf) {
    targets.push({ target: `PDF viewer open → first page ≤ 1 s (p95, ${pdf.pages} pages)`, measured: ms(pdf.firstPage.p95), pass: pdf.firstPage.p95 <= 1_000 });
    targets.push({ target: `find across ${pdf.pages} pages ≤ 500 ms (p95, keystroke → count)`, measured: ms(pdf.find.p95), pass: pdf.find.p95 <= 500 });
  }
  const content = bundles.find((b) => b.entrypoint === 'content script');
  if (content) targets.push({ target: 'content script ≤ 30 KB gzip', measured: `${(content.gzipBytes / 1024).toFixed(1)} KB`, pass: content.gzipBytes <= 30 * 1024 });
  return targets;
}
