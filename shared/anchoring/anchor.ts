// Re-anchoring a W3C TextQuote/TextPosition selector in a page's current text. Pure: text in, offsets out.
// Cheap and certain first: the quote as is at its old position, else anywhere, proven by its captured context
// standing unchanged on both sides. Otherwise every place worth weighing is scored on the whole selector
// (./weigh.ts) and the one acceptance rule (./acceptance.ts) says whether the best is the quote, the quote
// edited, or neither.
import { choose, type Evidence, type Verdict } from './acceptance';
import { exactCandidates, type Candidate } from './candidates';
import { foldedIndexOf, foldText, type FoldedText } from './normalize';
import { pageRarity, type Rarity } from './rarity';
import { trigramIndex, type FragmentFinder } from './trigram-index';
import { weighPlaces, type AnchorPlace, type Method, type Places, type QuoteTarget } from './weigh';

export type { AnchorPlace, Places, QuoteTarget };

export type Anchor = {
  start: number;
  end: number;
  /** 0–1: how sure the place is, from the quote, its context and position (acceptance.ts). */
  score: number;
  /** Found: the quote's words (up to width, case, spacing, punctuation); changed: its place, edited since. */
  verdict: Verdict;
  method: Method;
};

/** The anchor for a chosen place. */
export const toAnchor = (place: AnchorPlace, verdict: Verdict, score: number): Anchor => ({ ...place.original, score, verdict, method: place.method });

/** Quotes searched for beyond their old position before the page's trigram index is built. */
const INDEX_AFTER_SEARCHES = 4;

export type Anchorer = {
  text: string;
  anchor(target: QuoteTarget): Anchor | null;
  /** The quote's words with their context standing unchanged around them, if anywhere (cheap: no folding). */
  proven(target: QuoteTarget): AnchorPlace | null;
  /** The places worth weighing for `target`, each with its evidence (`junctions`: search where the context
   * joins up even without a doubtful place, as on every page of a paged document). */
  places(target: QuoteTarget, options?: { junctions?: boolean }): Places;
};

/**
 * Prepares `text` once for many quotes: folding a 1 MB page costs more than anchoring one quote in it.
 * Quotes anchored earlier tell how far the text has shifted, which narrows the search for later ones.
 * `rarity`: how rare tokens are in the whole document the text is part of (a PDF's pages), when not the page.
 */
export function createAnchorer(text: string, options: { rarity?: Rarity } = {}): Anchorer {
  let foldedPage: FoldedText | null = null;
  const fold = () => (foldedPage ??= foldText(text));
  let rarity: Rarity | null = options.rarity ?? null;
  let finder: FragmentFinder | null = null;
  /** The page's trigram index, built on first use (an approximate search over the whole page). */
  const find: FragmentFinder = (fragment) => (finder ??= trigramIndex(fold().text))(fragment);
  const reading = {
    text,
    get page() {
      return fold();
    },
    rarity: () => (rarity ??= pageRarity(fold())),
    find,
    // Once the index exists (built for an earlier approximate search) it beats another scan of the page.
    findCheaply: (fragment: string) => (finder ? finder(fragment) : exactCandidates(fold().text, fragment).map((c) => c.start)),
  };
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

  /** Whether the captured context stands unchanged on every side it was captured, around [start, end) (with
   * none captured, the quote's own words are all there is to prove). */
  function contextStands(target: QuoteTarget, start: number, end: number): boolean {
    const { prefix = '', suffix = '' } = target;
    return start >= prefix.length && text.startsWith(prefix, start - prefix.length) && text.startsWith(suffix, end);
  }

  function proof(target: QuoteTarget, c: Candidate, method: Method, hint: number | null): AnchorPlace {
    const evidence: Evidence = { quote: 1, prefix: target.prefix ? 1 : null, suffix: target.suffix ? 1 : null, gap: null, core: 1, withinContext: false, kept: 1, distinct: 1, copies: 0 };
    const closeness = 1 - Math.min(1, Math.abs(c.start - (hint ?? 0)) / Math.max(1, text.length));
    return { start: c.start, end: c.end, evidence, method, equal: true, original: { start: c.start, end: c.end }, closeness };
  }

  /** Cheap and certain: the quote as is at its old position with its context unchanged. */
  function provenAtPosition(target: QuoteTarget): AnchorPlace | null {
    const { exact, start } = target;
    if (start === undefined || !text.startsWith(exact, start) || !contextStands(target, start, start + exact.length)) return null;
    return proof(target, { start, end: start + exact.length, errors: 0 }, 'position', start);
  }

  /** The occurrence of the quote with its context unchanged nearest where it was expected. */
  function provenElsewhere(target: QuoteTarget, exactHits: Candidate[]): AnchorPlace | null {
    const hint = target.start === undefined ? null : expectedStart(target.start);
    const proven = exactHits.filter((c) => contextStands(target, c.start, c.end)).map((c) => proof(target, c, 'exact', hint));
    return proven.sort((a, b) => b.closeness - a.closeness)[0] ?? null;
  }

  function places(target: QuoteTarget, options: { junctions?: boolean } = {}): Places {
    if (!target.exact) return { places: [], sure: false, junctions: [] };
    const atPosition = provenAtPosition(target);
    if (atPosition) return { places: [atPosition], sure: true, junctions: [] };
    const exactHits = occurrences(target.exact);
    const proven = provenElsewhere(target, exactHits);
    if (proven) return { places: [proven], sure: true, junctions: [] };
    const hint = target.start === undefined ? null : foldedIndexOf(fold(), expectedStart(target.start));
    return weighPlaces(reading, target, exactHits, hint, options);
  }

  return {
    text,
    places,
    proven: (target) => (target.exact ? (provenAtPosition(target) ?? provenElsewhere(target, occurrences(target.exact))) : null),
    anchor(target) {
      const chosen = choose(places(target).places);
      const found = chosen && toAnchor(chosen.place, chosen.verdict, chosen.confidence);
      if (found && target.start !== undefined) shifts.push([target.start, found.start]);
      return found;
    },
  };
}

/** Anchors one quote in `text`; use createAnchorer for many quotes on the same text. */
export const anchorQuote = (text: string, target: QuoteTarget) => createAnchorer(text).anchor(target);
