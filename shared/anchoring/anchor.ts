// Re-anchoring a W3C TextQuote/TextPosition selector in a page's current text. Pure: text in, offsets out.
// Cheap and certain first (position, then exact occurrences), then text folded for width, case, spaces and
// punctuation, then approximate matching near the old position and, failing that, anywhere; candidates are
// scored by quote similarity, context similarity and closeness to the old position.
import { approximateCandidates, approximateIn, contextSimilarity, exactCandidates, type Candidate } from './candidates';
import { foldedIndexOf, foldText, originalRange, type FoldedText } from './normalize';
import { trigramIndex, type FragmentFinder } from './trigram-index';

export type QuoteTarget = { exact: string; prefix?: string; suffix?: string; start?: number; end?: number };

export type Anchor = {
  start: number;
  end: number;
  /** 0–1: how sure the match is, from quote, context and position agreement. */
  score: number;
  method: 'position' | 'exact' | 'folded' | 'fuzzy';
};

/** An approximate match must keep at least this share of the quote (Hypothesis allows up to half). */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** Edits allowed in one approximate match at most, whatever the quote's length. */
const MAX_ERRORS = 256;
/** Folded quotes shorter than this are too unspecific to match approximately. */
const MIN_FUZZY_LENGTH = 4;
/** Quotes searched for beyond their old position before the page's trigram index is built. */
const INDEX_AFTER_SEARCHES = 4;
/** Characters searched on each side of the expected position, ever wider, before the whole page is searched. */
const NEAR_WINDOWS = [512, 4_096];

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

export type Anchorer = { text: string; anchor(target: QuoteTarget): Anchor | null };

/**
 * Prepares `text` once for many quotes: folding a 1 MB page costs more than anchoring one quote in it.
 * Quotes anchored earlier tell how far the text has shifted, which narrows the search for later ones.
 */
export function createAnchorer(text: string): Anchorer {
  let foldedPage: FoldedText | null = null;
  const fold = () => (foldedPage ??= foldText(text));
  let finder: FragmentFinder | null = null;
  /** The page's trigram index, built on first use (an approximate search over the whole page). */
  const find: FragmentFinder = (fragment) => (finder ??= trigramIndex(fold().text))(fragment);
  let searches = 0;
  /** Many quotes on one page: the index (built once) beats scanning the page for each quote. */
  const indexPays = () => finder !== null || ++searches > INDEX_AFTER_SEARCHES;

  /** Where `exact` occurs in the page, as is; through the index when it pays (folding is per character, so
   * every occurrence is a folded occurrence starting at the same original offset). */
  function occurrences(exact: string): Candidate[] {
    const quote = foldText(exact).text;
    if (!quote || foldText(exact[0]!).text === '' || !indexPays()) return exactCandidates(text, exact);
    const page = fold();
    return find(quote)
      .map((at) => page.offsets[at]!)
      .filter((start) => text.startsWith(exact, start))
      .map((start) => ({ start, end: start + exact.length, errors: 0 }));
  }
  /** [old start, new start] of every quote anchored so far. */
  const shifts: [number, number][] = [];

  /** Where the text at `start` probably is now: moved like the nearest quote anchored before it. */
  function expectedStart(start: number): number {
    let nearest: [number, number] | null = null;
    for (const shift of shifts) if (shift[0] <= start && (!nearest || shift[0] > nearest[0])) nearest = shift;
    return nearest ? start + nearest[1] - nearest[0] : start;
  }

  /** The best candidate (folded offsets) by quote similarity, context and distance from the expected position. */
  function best<T extends Candidate>(page: FoldedText, candidates: T[], quoteLength: number, target: QuoteTarget) {
    const prefix = foldText(target.prefix ?? '').text;
    const suffix = foldText(target.suffix ?? '').text;
    const hint = target.start === undefined ? null : foldedIndexOf(page, expectedStart(target.start));
    let top: { candidate: T; score: number } | null = null;
    for (const candidate of candidates) {
      const parts = [
        [WEIGHTS.quote, 1 - candidate.errors / quoteLength],
        [WEIGHTS.prefix, contextSimilarity(page.text, prefix, candidate.start, 'before')],
        [WEIGHTS.suffix, contextSimilarity(page.text, suffix, candidate.end, 'after')],
        [WEIGHTS.position, hint === null ? 1 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, page.text.length))],
      ] as const;
      const score = parts.reduce((sum, [w, s]) => sum + w * s, 0) / parts.reduce((sum, [w]) => sum + w, 0);
      if (!top || score > top.score) top = { candidate, score };
    }
    return top;
  }

  function approximate(page: FoldedText, quote: string, target: QuoteTarget): Candidate[] {
    const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * (1 - MIN_QUOTE_SIMILARITY)));
    if (target.start !== undefined) {
      const at = foldedIndexOf(page, expectedStart(target.start));
      for (const window of NEAR_WINDOWS) {
        const near = approximateIn(page.text, quote, maxErrors, Math.max(0, at - window), Math.min(page.text.length, at + quote.length + window));
        if (near.length > 0) return near;
      }
    }
    return approximateCandidates(page.text, quote, maxErrors, find);
  }

  function locate(target: QuoteTarget): Anchor | null {
    const { exact } = target;
    if (!exact) return null;
    // The old position still holds the quote and its context: the cheapest possible proof.
    if (target.start !== undefined && text.startsWith(exact, target.start)) {
      const prefix = target.prefix ?? '';
      const agrees =
        text.slice(Math.max(0, target.start - prefix.length), target.start) === prefix ||
        contextSimilarity(fold().text, foldText(prefix).text, foldedIndexOf(fold(), target.start), 'before') >= 0.5;
      if (agrees) return { start: target.start, end: target.start + exact.length, score: 1, method: 'position' };
    }
    const exactHits = occurrences(exact);
    if (exactHits.length === 1) return { start: exactHits[0]!.start, end: exactHits[0]!.end, score: 1, method: 'exact' };

    const page = fold();
    const quote = foldText(exact).text;
    if (exactHits.length > 1) {
      // Repeated words: the context tells them apart. Scored in folded space, mapped back exactly.
      const folded = exactHits.map((c) => ({ start: foldedIndexOf(page, c.start), end: foldedIndexOf(page, c.end), errors: 0, original: c }));
      const top = best(page, folded, Math.max(1, quote.length), target)!;
      return { start: top.candidate.original.start, end: top.candidate.original.end, score: top.score, method: 'exact' };
    }
    if (!quote) return null;

    let method: Anchor['method'] = 'folded';
    // Once the index exists (built for an earlier approximate search) it beats another scan of the page.
    let candidates = finder ? finder(quote).map((start) => ({ start, end: start + quote.length, errors: 0 })) : exactCandidates(page.text, quote);
    if (candidates.length === 0 && quote.length >= MIN_FUZZY_LENGTH) {
      method = 'fuzzy';
      candidates = approximate(page, quote, target);
    }
    const top = best(page, candidates, quote.length, target);
    const range = top && originalRange(page, top.candidate.start, top.candidate.end);
    return range && { ...widen(range, exact), score: top.score, method };
  }

  /** Folding drops punctuation and spaces: a quote that began or ended with some takes in as many of the page's. */
  function widen({ start, end }: { start: number; end: number }, exact: string) {
    const dropped = (char: string | undefined) => char !== undefined && foldText(char).text === '';
    for (let i = 0; dropped(exact[i]) && dropped(text[start - 1]); i++) start--;
    for (let i = exact.length - 1; dropped(exact[i]) && dropped(text[end]); i--) end++;
    return { start, end };
  }

  return {
    text,
    anchor(target) {
      const found = locate(target);
      if (found && target.start !== undefined) shifts.push([target.start, found.start]);
      return found;
    },
  };
}

/** Anchors one quote in `text`; use createAnchorer for many quotes on the same text. */
export const anchorQuote = (text: string, target: QuoteTarget) => createAnchorer(text).anchor(target);
