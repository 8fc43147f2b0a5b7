// Correctness of re-anchoring at scale: 100 quotes on a generated 1 MB page, unchanged and changed.
// Timings are logged for the record (the benchmark suite owns timing assertions).
import { describe, expect, it } from 'vitest';
import { createAnchorer, type QuoteTarget } from '../../shared/anchoring/anchor';
import { quoteAt } from '../../shared/anchoring/text-quote';

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20261124);
const int = (below: number) => Math.floor(rand() * below);

/** Report-like text: CJK runs with punctuation, digits, some Latin words and line breaks. */
function reportText(length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const roll = rand();
    const part =
      roll < 0.86 ? String.fromCharCode(0x4e00 + int(3000)) : roll < 0.92 ? '，。；、：'[int(5)]! : roll < 0.96 ? String(int(100)) : roll < 0.99 ? ' ISO ' : '\n';
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

const SLOTS = 100;
const page = reportText(1_000_000);
const slot = Math.floor(page.length / SLOTS);
const targets: QuoteTarget[] = Array.from({ length: SLOTS }, (_, i) => {
  const start = i * slot + int(slot - 400);
  const q = quoteAt(page, start, start + 8 + int(150))!;
  return { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: q.start, end: q.end };
});

/** How the page changed around quote i: kept, reworded slightly, reformatted, or removed. */
type Change = 'same' | 'edited' | 'reformatted' | 'removed';
const changeOf = (i: number): Change => (['same', 'edited', 'reformatted', 'edited', 'removed'] as const)[i % 5]!;

function edit(quote: string, change: Change): string {
  if (change === 'removed') return '';
  if (change === 'reformatted') return quote.replaceAll('，', ',').replaceAll('。', '. ').replace(/(.{6})/, '$1\n');
  if (change === 'edited') {
    const at = Math.floor(quote.length / 2);
    return `${quote.slice(0, at)}${quote.length > 20 ? '新增' : ''}改${quote.slice(at + 1)}`;
  }
  return quote;
}

/** The changed page: a block inserted at the top, each quote changed in place; where each quote is now. */
function changedPage() {
  const parts: string[] = [reportText(3_000)];
  let size = parts[0]!.length;
  let from = 0;
  const expected = targets.map((t, i) => {
    parts.push(page.slice(from, t.start!));
    size += t.start! - from;
    const changed = edit(t.exact, changeOf(i));
    parts.push(changed);
    const where = changed ? { start: size, end: size + changed.length } : null;
    size += changed.length;
    from = t.end!;
    return where;
  });
  parts.push(page.slice(from));
  return { text: parts.join(''), expected };
}

describe('anchoring 100 quotes on a 1 MB page', () => {
  it('anchors every quote on the unchanged page at its captured offsets', () => {
    const began = performance.now();
    const anchorer = createAnchorer(page);
    const found = targets.map((t) => anchorer.anchor(t));
    const elapsed = performance.now() - began;
    console.info(`[anchoring] unchanged 1 MB page: ${found.filter(Boolean).length}/100 anchored in ${elapsed.toFixed(1)} ms`);
    found.forEach((anchor, i) => expect(anchor, `quote ${i}`).toMatchObject({ start: targets[i]!.start, end: targets[i]!.end }));
  });

  it('re-anchors edited and reformatted quotes on a changed page and orphans the removed ones', () => {
    const { text, expected } = changedPage();
    const began = performance.now();
    const anchorer = createAnchorer(text);
    const found = targets.map((t) => anchorer.anchor(t));
    const elapsed = performance.now() - began;
    const correct = found.filter((anchor, i) => {
      const want = expected[i];
      if (!want) return anchor === null;
      return anchor !== null && Math.abs(anchor.start - want.start) <= 3 && Math.abs(anchor.end - want.end) <= 3;
    }).length;
    const methods = Object.entries(Object.groupBy(found, (a) => a?.method ?? 'orphan')).map(([m, list]) => `${m} ${list!.length}`);
    console.info(`[anchoring] changed 1 MB page: ${correct}/100 correct (${methods.join(', ')}) in ${elapsed.toFixed(1)} ms`);
    expect(correct).toBe(100);
  });
});
