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
/** Approximate matches kept from one search: the places worth weighing, fewest errors first. */
const MAX_APPROXIMATE = 24;

export function exactCandidates(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at >= 0 && found.length < MAX_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * Disjoint matches of `quote` with at most `maxErrors` edits in text[from, to), by Myers' bit-parallel
 * algorithm. The algorithm reports only the best matches of a search, so the text on either side of them is
 * searched again: a look-alike with fewer edits cannot hide the quote's edited self next to it.
 */
export function approximateIn(text: string, quote: string, maxErrors: number, from = 0, to = text.length): Candidate[] {
  const found: Candidate[] = [];
  const segments: [number, number][] = [[from, to]];
  while (segments.length > 0 && found.length < MAX_APPROXIMATE) {
    const [start, end] = segments.pop()!;
    if (end - start < quote.length - maxErrors) continue;
    const window = start === 0 && end === text.length ? text : text.slice(start, end);
    const matches = search(window, quote, maxErrors).sort((a, b) => a.start - b.start || b.end - a.end);
    let cursor = start;
    let cluster: Candidate | null = null;
    // Matches ending at neighbouring offsets are one place: keep the longest of each.
    for (const m of matches) {
      const match = { start: m.start + start, end: m.end + start, errors: m.errors };
      if (cluster && match.start < cluster.end) {
        if (match.end - match.start > cluster.end - cluster.start) cluster = match;
        continue;
      }
      if (cluster) {
        found.push(cluster);
        segments.push([cursor, cluster.start]);
        cursor = cluster.end;
      }
      cluster = match;
    }
    if (cluster) {
      found.push(cluster);
      segments.push([cursor, cluster.start], [cluster.end, end]);
    }
  }
  return found.sort((a, b) => a.errors - b.errors || a.start - b.start);
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
  return found.sort((a, b) => a.errors - b.errors || a.start - b.start).slice(0, MAX_APPROXIMATE);
}
