// Where a quote may be in a text: exact occurrences, and approximate ones found by "filter then verify".
import search from 'approx-string-match';
import type { FragmentFinder } from './trigram-index';

export type Candidate = { start: number; end: number; errors: number };

/** More occurrences than this are not told apart by context any more; the first ones are kept. */
const MAX_CANDIDATES = 500;
/** A fragment found more often than this is too common to narrow the search. */
const MAX_HITS_PER_FRAGMENT = 32;
/** Single characters hit too often to filter anything. */
const MIN_FRAGMENT_LENGTH = 2;

export function exactCandidates(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at >= 0 && found.length < MAX_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** Matches of `quote` with at most `maxErrors` edits in text[from, to), by Myers' bit-parallel algorithm. */
export function approximateIn(text: string, quote: string, maxErrors: number, from = 0, to = text.length): Candidate[] {
  const window = from === 0 && to === text.length ? text : text.slice(from, to);
  return search(window, quote, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

/**
 * Matches of `quote` with at most `maxErrors` edits anywhere in `text`, filtered then verified: by the
 * pigeonhole principle one of maxErrors + 1 disjoint fragments of the quote is intact in any such match,
 * so only windows around exact hits of the fragments (looked up with `find`) need Myers' algorithm.
 * Fragments too common to filter anything ("有限公司", "2025") are left out, which gives up that
 * guarantee only for matches whose every intact fragment is a common one.
 */
export function approximateCandidates(text: string, quote: string, maxErrors: number, find: FragmentFinder): Candidate[] {
  const pieces = maxErrors + 1;
  const size = Math.floor(quote.length / pieces);
  if (size < MIN_FRAGMENT_LENGTH) return approximateIn(text, quote, maxErrors);
  const windows: [number, number][] = [];
  let filtered = false;
  for (let i = 0; i < pieces; i++) {
    const offset = i * size;
    const hits = find(quote.slice(offset, offset + size));
    if (hits.length > MAX_HITS_PER_FRAGMENT) continue;
    filtered = true;
    for (const at of hits) windows.push([Math.max(0, at - offset - maxErrors), Math.min(text.length, at - offset + quote.length + maxErrors)]);
  }
  if (!filtered) return approximateIn(text, quote, maxErrors);
  if (windows.length === 0) return [];
  windows.sort((a, b) => a[0] - b[0]);
  const found: Candidate[] = [];
  let [from, to] = windows[0]!;
  for (const [start, end] of windows.slice(1)) {
    if (start <= to) to = Math.max(to, end);
    else {
      found.push(...approximateIn(text, quote, maxErrors, from, to));
      [from, to] = [start, end];
    }
  }
  found.push(...approximateIn(text, quote, maxErrors, from, to));
  const best = Math.min(...found.map((c) => c.errors));
  return found.filter((c) => c.errors === best).slice(0, MAX_CANDIDATES);
}

/** 1 when `context` ends (prefix) or starts (suffix) `text` at `at`, falling towards 0 with each edit. */
export function contextSimilarity(text: string, context: string, at: number, side: 'before' | 'after'): number {
  if (!context) return 1;
  const slack = Math.ceil(context.length / 4);
  const window = side === 'before' ? text.slice(Math.max(0, at - context.length - slack), at) : text.slice(at, at + context.length + slack);
  if (!window) return 0;
  const [match] = search(window, context, context.length);
  return match ? 1 - match.errors / context.length : 0;
}
