// Generated report pages for re-anchoring at scale: a page of CSR-report-like text (CJK runs with
// punctuation, digits, some Latin words and line breaks), quotes spread over it with their selectors, and
// the page changed around each quote (kept, reworded slightly, reformatted or removed) with where each quote
// is now. Deterministic (seeded), shared by the unit test and the benchmark's comparison in Chromium.
import type { QuoteTarget } from '../../shared/anchoring/anchor';
import { quoteAt } from '../../shared/anchoring/text-quote';

/** mulberry32, so a failure can be replayed. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How the page changed around quote i: kept, reworded slightly, reformatted, or removed. */
export type Change = 'same' | 'edited' | 'reformatted' | 'removed';
export const changeOf = (i: number): Change => (['same', 'edited', 'reformatted', 'edited', 'removed'] as const)[i % 5]!;

function edit(quote: string, change: Change): string {
  if (change === 'removed') return '';
  if (change === 'reformatted') return quote.replaceAll('，', ',').replaceAll('。', '. ').replace(/(.{6})/, '$1\n');
  if (change === 'edited') {
    const at = Math.floor(quote.length / 2);
    return `${quote.slice(0, at)}${quote.length > 20 ? '新增' : ''}改${quote.slice(at + 1)}`;
  }
  return quote;
}

export type ReportPages = {
  page: string;
  targets: QuoteTarget[];
  /** The changed page: a block inserted at the top, each quote changed in place; where each quote is now (null: removed). */
  changed(): { text: string; expected: ({ start: number; end: number } | null)[] };
};

export function reportPages({ seed = 20261124, length = 1_000_000, quotes = 100 } = {}): ReportPages {
  const rand = random(seed);
  const int = (below: number) => Math.floor(rand() * below);
  const reportText = (size: number) => {
    const parts: string[] = [];
    let total = 0;
    while (total < size) {
      const roll = rand();
      const part =
        roll < 0.86 ? String.fromCharCode(0x4e00 + int(3000)) : roll < 0.92 ? '，。；、：'[int(5)]! : roll < 0.96 ? String(int(100)) : roll < 0.99 ? ' ISO ' : '\n';
      parts.push(part);
      total += part.length;
    }
    return parts.join('');
  };

  const page = reportText(length);
  const slot = Math.floor(page.length / quotes);
  const targets: QuoteTarget[] = Array.from({ length: quotes }, (_, i) => {
    const start = i * slot + int(slot - 400);
    const q = quoteAt(page, start, start + 8 + int(150))!;
    return { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: q.start, end: q.end };
  });

  function changed() {
    const parts: string[] = [reportText(3_000)];
    let size = parts[0]!.length;
    let from = 0;
    const expected = targets.map((t, i) => {
      parts.push(page.slice(from, t.start!));
      size += t.start! - from;
      const text = edit(t.exact, changeOf(i));
      parts.push(text);
      const where = text ? { start: size, end: size + text.length } : null;
      size += text.length;
      from = t.end!;
      return where;
    });
    parts.push(page.slice(from));
    return { text: parts.join(''), expected };
  }
  return { page, targets, changed };
}

/** Whether an anchor is right: within 3 characters of where the quote is now, or none for a removed quote. */
export function anchoredCorrectly(found: { start: number; end: number } | null, expected: { start: number; end: number } | null): boolean {
  if (!expected) return found === null;
  return found !== null && Math.abs(found.start - expected.start) <= 3 && Math.abs(found.end - expected.end) <= 3;
}
