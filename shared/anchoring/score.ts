// The evidence the whole selector gives about one place in a folded page: the quote's words weighted by
// rarity, the captured prefix and suffix against the text right beside the place, whether that context
// joins up just as well with nothing between (the quote deleted), and whether the place is the context's own text.
import { contextAgreement, verdictOf, type Evidence } from './acceptance';
import { contextReader, readSide, type Junction, type Side } from './context';
import { fitToContext } from './fit';
import type { FoldedText } from './normalize';
import type { Rarity } from './rarity';
import { coverage, similarity, weigh, type Weighted } from './similarity';
import { charClass, DIGIT, LETTER, SINGLE, tokenize, type Token } from './tokens';

/** The selector, folded and weighed once per page; `core`: the quote with only its most informative tokens weighed. */
export type FoldedSelector = { quote: Weighted; core: Weighted; prefix: Side | null; suffix: Side | null; distinct: number };

/** The quote's most informative tokens: the rarest ones, together this share of its weight, and at least two
 * (one token edited — a typo, one figure — is left to the context and the look-alikes to judge). */
const CORE_SHARE = 0.4;
const MIN_CORE_TOKENS = 2;

/**
 * The quote weighed on its core only: its rarest tokens, taken tier by tier (equally rare tokens together)
 * while they make up less than CORE_SHARE of its weight (and at least MIN_CORE_TOKENS are in). Rarity counts the quote's own tokens as in the page
 * it was clipped from: a word edited away is not rarer for being gone.
 */
function coreOf(quote: Weighted, rarity: Rarity): Weighted {
  const own = new Map<number, number>();
  for (const id of quote.ids) own.set(id, (own.get(id) ?? 0) + 1);
  const rareness = quote.ids.map((id) => rarity.weight(id, own.get(id)));
  const tiers = [...new Set(rareness)].sort((a, b) => b - a);
  let [total, count] = [0, 0];
  let floor = tiers[tiers.length - 1] ?? 0;
  for (const tier of tiers) {
    const next = total + rareness.reduce((sum, r, i) => sum + (r === tier ? quote.weights[i]! : 0), 0);
    if (next > CORE_SHARE * quote.total && count >= MIN_CORE_TOKENS) break;
    total = next;
    count += rareness.filter((r) => r === tier).length;
    floor = tier;
  }
  const weights = quote.weights.map((w, i) => (rareness[i]! >= floor ? w : 0));
  return { ...quote, weights, total: weights.reduce((sum, w) => sum + w, 0) };
}

/** Information (in rare Chinese characters' worth) that makes a quote fully distinctive on its own. */
const DISTINCT_INFORMATION = 64;
/** What one token is worth, in Chinese characters: an English word or a number says about as much as two. */
const TOKEN_WORTH: Record<number, number> = { [SINGLE]: 1, [LETTER]: 2, [DIGIT]: 2 };

/** How much a quote says on its own: each token's worth times its rarity in the page (1: absent from it). */
function information(f: FoldedText, tokens: Token[], quote: Weighted, rarity: Rarity): number {
  return tokens.reduce((sum, t, i) => sum + TOKEN_WORTH[charClass(f.text.charCodeAt(t.start))]! * (quote.weights[i]! / rarity.max), 0);
}

/** `cut`: the side was captured at full length, so its far end may cut a word. */
export function foldSelector(rarity: Rarity, folded: { quote: FoldedText; prefix: FoldedText; suffix: FoldedText }, cut: { prefix: boolean; suffix: boolean }): FoldedSelector {
  const tokens = tokenize(folded.quote);
  const quote = weigh(folded.quote.text, tokens, rarity);
  return {
    quote,
    core: coreOf(quote, rarity),
    prefix: readSide(folded.prefix, 'first', cut.prefix, rarity),
    suffix: readSide(folded.suffix, 'last', cut.suffix, rarity),
    distinct: Math.min(1, information(folded.quote, tokens, quote, rarity) / DISTINCT_INFORMATION),
  };
}

export type PlaceScorer = {
  /** Evidence for [start, end) (`equal`: it folds to the quote): the quote and its context beside the place. */
  score(start: number, end: number, equal: boolean): Evidence;
  /** The evidence that can only refuse a place, weighed for places that would pass without it: whether the
   * context joins up at either end of the place with nothing between, and whether the place is context. */
  refine(evidence: Evidence, start: number, end: number, equal: boolean): Evidence;
  /** Where the captured context joins up in the page (searched once, on demand). */
  junctions(): Junction[];
  /** 0–1: how much of what tells the quote apart from a look-alike place `other` (the quote's tokens that
   * place lacks) the place [start, end) keeps. */
  keeps(place: Range, other: Range): number;
  /** An edited place's ends moved to where its context stands (./fit.ts). */
  fit(start: number, end: number): [number, number];
};

type Range = { start: number; end: number };

export function placeScorer(page: FoldedText, rarity: Rarity, selector: FoldedSelector, quoteLength: number, find: (fragment: string) => number[]): PlaceScorer {
  const context = contextReader(page, rarity, selector.prefix, selector.suffix, find);
  const both = selector.prefix !== null && selector.suffix !== null;
  return {
    score: (start, end, equal) => {
      const place = equal ? null : weigh(page.text, tokenize(page, start, end), rarity);
      return {
        quote: place ? similarity(selector.quote, place) : 1,
        core: place ? coverage(selector.core, place) : 1,
        prefix: context.before(start),
        suffix: context.after(end),
        gap: null,
        withinContext: false,
        kept: 1,
        distinct: selector.distinct,
        copies: 0,
      };
    },
    refine: (e, start, end, equal) => {
      if (equal) return e;
      const gapped = { ...e, gap: both ? Math.max(e.gap ?? 0, contextAgreement(e.prefix, context.after(start))!, contextAgreement(context.before(end), e.suffix)!) : e.gap };
      // The search for the context's own place only where the place would still pass.
      return verdictOf(gapped) === null ? gapped : { ...gapped, withinContext: context.isContext(start, end) };
    },
    junctions: () => context.junctions(Math.ceil(1.5 * quoteLength) + 8),
    fit: (start, end) => fitToContext(page, start, end, (at) => context.before(at, 0), (at) => context.after(at, 0)),
    keeps: (place, other) => {
      const theirs = new Set(tokenize(page, other.start, other.end).map((t) => t.id));
      const weights = selector.quote.weights.map((w, i) => (theirs.has(selector.quote.ids[i]!) ? 0 : w));
      const telling = { ...selector.quote, weights, total: weights.reduce((sum, w) => sum + w, 0) };
      return telling.total > 0 ? coverage(telling, weigh(page.text, tokenize(page, place.start, place.end), rarity)) : 1;
    },
  };
}

/**
 * The best agreement of the context joining up away from [start, end) (null: it joins up nowhere else). For
 * the quote's own words (`equal`) a junction right beside them counts as theirs: a quote that ends as its
 * prefix does would otherwise look deleted next to itself.
 */
export function gapAway(junctions: readonly Junction[], start: number, end: number, equal: boolean): number | null {
  let best: number | null = null;
  for (const j of junctions) {
    const onPlace = j.end > j.start ? j.start < end && start < j.end : equal ? start <= j.start && j.start <= end : start < j.start && j.start < end;
    if (!onPlace) best = Math.max(best ?? 0, j.agreement);
  }
  return best;
}

/** Each place's evidence with the count of other places holding the quote's own words. */
export function countCopies<T extends { equal: boolean; evidence: Evidence }>(places: T[]) {
  const copies = places.filter((p) => p.equal).length;
  for (const p of places) p.evidence = { ...p.evidence, copies: p.equal ? copies - 1 : copies };
}

/** The evidence with a junction elsewhere weighed in: the context reading as well there says the quote is gone. */
export const withGap = (e: Evidence, gap: number | null): Evidence => (gap === null ? e : { ...e, gap: Math.max(e.gap ?? 0, gap) });
