// The captured prefix and suffix read against the page: how much of each stands right beside a place, where
// they join up with nothing between (the quote deleted), and whether a place is the context's own text.
import { contextAgreement } from './acceptance';
import search from 'approx-string-match';
import type { FoldedText } from './normalize';
import type { Rarity } from './rarity';
import { coverage, part, weigh, type Weighted } from './similarity';
import { charClass, insideToken, SINGLE, tokenize, type Token } from './tokens';

/** One side of the captured context, folded, tokenised and weighed. */
export type Side = {
  folded: FoldedText;
  tokens: Weighted;
  /** The far-end word or number the capture may have cut ("025" of "2025"): it matches a page token ending
   * (prefix) or starting (suffix) with it. */
  cut: string | null;
};

/** Tokens of the page compared beyond the context's own count, for words inserted beside the quote. */
const SLACK = 2;
/** Characters of each side that locate a junction (where the prefix ends and the suffix begins). */
const JUNCTION = 12;
/** Junctions weighed at most, per quote. */
const MAX_JUNCTIONS = 32;
/** Each side of a junction agrees at least this much. */
const JOINED_SIDE = 0.5;
/** Context tokens that must fit before a page's edge for a side to be compared at all. */
const MIN_AT_EDGE = 3;

export function readSide(folded: FoldedText, edge: 'first' | 'last', cut: boolean, rarity: Rarity): Side | null {
  const tokens = tokenize(folded);
  if (tokens.length === 0) return null;
  const far = edge === 'first' ? tokens[0]! : tokens[tokens.length - 1]!;
  const partial = cut && charClass(folded.text.charCodeAt(far.start)) !== SINGLE ? folded.text.slice(far.start, far.end) : null;
  return { folded, tokens: weigh(folded.text, tokens, rarity), cut: partial };
}

/** The `count` tokens of the page that end at `at` (a word cut by the window's start left out). */
function tokensBefore(f: FoldedText, at: number, count: number): Token[] {
  for (let span = count * 4 + 16; ; span *= 2) {
    const from = Math.max(0, at - span);
    const tokens = tokenize(f, from, at);
    if (from > 0 && insideToken(f, from)) tokens.shift();
    if (tokens.length >= count || from === 0) return tokens.slice(Math.max(0, tokens.length - count));
  }
}

/** The `count` tokens of the page that start at `at` (a word cut by the window's end left out). */
function tokensAfter(f: FoldedText, at: number, count: number): Token[] {
  for (let span = count * 4 + 16; ; span *= 2) {
    const to = Math.min(f.text.length, at + span);
    const tokens = tokenize(f, at, to);
    if (to < f.text.length && insideToken(f, to)) tokens.pop();
    if (tokens.length >= count || to === f.text.length) return tokens.slice(0, count);
  }
}

/** A stretch [start, end) of the page (maybe empty) between where the prefix ends and the suffix begins. */
export type Junction = { start: number; end: number; agreement: number };

export type ContextReader = {
  /** 0–1 (null: nothing captured): the prefix's share standing right before `at`, the suffix's right after,
   * in a window of the page `slack` tokens longer than the context (by default, room for a word or two inserted). */
  before(at: number, slack?: number): number | null;
  after(at: number, slack?: number): number | null;
  /** Where the captured context joins up in the page, with nothing or something else between its sides. */
  junctions(reach: number): Junction[];
  /** Whether [start, end) is where the captured prefix or suffix itself stands now. */
  isContext(start: number, end: number): boolean;
};

/** `find`: where a short string occurs in the folded page (the page's trigram index once it has one). */
export function contextReader(page: FoldedText, rarity: Rarity, prefix: Side | null, suffix: Side | null, find: (fragment: string) => number[]): ContextReader {
  /**
   * The side's tokens against the page's, its cut far-end token matching the page token it is part of. Where
   * the page ends before the context would (a PDF page's edge), only the part that fits is compared; null when
   * too little fits to tell anything.
   */
  function agreement(side: Side, window: Token[], edge: 'first' | 'last', slack: number): number | null {
    const weighed = weigh(page.text, window, rarity);
    const fits = window.length;
    // Strict reading (no slack: fitting a place's ends) compares the whole side, the page's edge or not.
    if (fits < side.tokens.ids.length && slack > 0) {
      if (fits < MIN_AT_EDGE) return null;
      return coverage(edge === 'first' ? part(side.tokens, -fits) : part(side.tokens, 0, fits), weighed);
    }
    if (!side.cut) return coverage(side.tokens, weighed);
    const near = edge === 'first' ? window.slice(0, SLACK + 1) : window.slice(-SLACK - 1);
    const whole = near.find((t) => {
      const text = page.text.slice(t.start, t.end);
      return edge === 'first' ? text.endsWith(side.cut!) : text.startsWith(side.cut!);
    });
    if (!whole) return coverage(side.tokens, weighed);
    const ids = [...side.tokens.ids];
    ids[edge === 'first' ? 0 : ids.length - 1] = weighed.ids[window.indexOf(whole)]!;
    return coverage({ ...side.tokens, ids }, weighed);
  }
  // The same positions are read again and again (a place, its fitted ends, junctions): each once.
  const read = new Map<number, number | null>();
  const memo = (key: number, compute: () => number | null) => (read.has(key) ? read.get(key)! : (read.set(key, compute()), read.get(key)!));
  const before = (at: number, slack = SLACK) =>
    prefix && memo(at * 8 + slack, () => agreement(prefix, tokensBefore(page, at, prefix.tokens.ids.length + slack), 'first', slack));
  const after = (at: number, slack = SLACK) =>
    suffix && memo(-(at * 8 + slack) - 1, () => agreement(suffix, tokensAfter(page, at, suffix.tokens.ids.length + slack), 'last', slack));

  let found: Junction[] | null = null;
  /**
   * Where the prefix ends and the suffix begins, as the prefix's last characters and the suffix's first ones
   * stand in the page: a stretch of at most `reach` characters between them (the quote's place, whatever it
   * says now) or nothing (the quote deleted there). Each with how well both sides agree there.
   */
  function junctions(reach: number): Junction[] {
    if (found) return found;
    found = [];
    if (!prefix || !suffix) return found;
    const tail = prefix.folded.text.slice(-JUNCTION);
    const head = suffix.folded.text.slice(0, JUNCTION);
    const ends = find(tail).slice(0, MAX_JUNCTIONS).map((at) => at + tail.length);
    const starts = find(head).slice(0, MAX_JUNCTIONS);
    const paired = new Set<number>();
    for (const end of starts) {
      const start = ends.filter((e) => e <= end && end - e <= reach).at(-1);
      if (start !== undefined) paired.add(start);
      found.push(region(start ?? end, end));
    }
    for (const start of ends) if (!paired.has(start)) found.push(region(start, start));
    // Only where both sides stand is it a junction; one side alone is just that text recurring.
    return (found = found.filter((j) => j.agreement > 0));
  }
  const region = (start: number, end: number): Junction => {
    const [left, right] = [before(start), after(end)];
    const joined = left !== null && right !== null && Math.min(left, right) >= JOINED_SIDE;
    return { start, end, agreement: joined ? contextAgreement(left, right)! : 0 };
  };

  /** The side's own place near [start, end): its best approximate match there lying half or more inside the
   * place (half the side, or half the place if shorter) — the place is, or holds, the text beside the quote. */
  function holds(side: Side | null, from: number, to: number, start: number, end: number): boolean {
    if (!side) return false;
    const text = side.folded.text;
    const offset = Math.max(0, from);
    // One search gives the best matches only: the side's own place, wherever it is near.
    const matches = search(page.text.slice(offset, Math.min(page.text.length, to)), text, Math.floor(text.length / 4));
    const enough = Math.min(text.length, end - start) / 2;
    return matches.some((m) => Math.min(m.end + offset, end) - Math.max(m.start + offset, start) >= enough);
  }
  const isContext = (start: number, end: number) => {
    const [p, q, span] = [prefix?.folded.text.length ?? 0, suffix?.folded.text.length ?? 0, end - start];
    return holds(prefix, start - p - span, end + p, start, end) || holds(suffix, start - q, end + q + span, start, end);
  };

  return { before, after, junctions, isContext };
}
