// The slow path of re-anchoring: every place in a folded page worth weighing for a selector — the quote's exact
// and folded occurrences, approximate ones near where it was and anywhere, their look-alikes around an edited
// one, and the stretch between its context's sides — each scored on the whole selector (./score.ts).
import { confidence, contextAgreement, RULE, verdictOf, type Place } from './acceptance';
import { approximateCandidates, approximateIn, exactCandidates, type Candidate } from './candidates';
import type { Junction } from './context';
import { foldedIndexOf, foldText, originalRange, type FoldedText } from './normalize';
import type { Rarity } from './rarity';
import { countCopies, foldSelector, gapAway, placeScorer, withGap, type PlaceScorer } from './score';
import { CONTEXT_LENGTH } from './text-quote';
import { charClass, insideToken, SINGLE, snapToTokens } from './tokens';
import type { FragmentFinder } from './trigram-index';

export type QuoteTarget = { exact: string; prefix?: string; suffix?: string; start?: number; end?: number };
export type Method = 'position' | 'exact' | 'folded' | 'fuzzy';
type Range = { start: number; end: number };

/** A candidate place with its evidence: start/end in the folded page (in the page itself when proven by
 * context), `original` in the page; `equal`: it holds the quote's own words. */
export type AnchorPlace = Place & { method: Method; equal: boolean; original: Range };

/** Places worth weighing; `sure` when one is proven by its context; where the context joins up in the page. */
export type Places = { places: AnchorPlace[]; sure: boolean; junctions: Junction[] };

/** What the slow path needs of the page, prepared once by the anchorer. */
export type PageReading = {
  text: string;
  page: FoldedText;
  rarity: () => Rarity;
  /** Exact occurrences of a folded fragment, through the page's trigram index (built on first use)... */
  find: FragmentFinder;
  /** ...or, while the index is not built, by scanning. */
  findCheaply: FragmentFinder;
};

/** Edits one approximate match may have, as a share of the folded quote, and at most. */
const MAX_ERROR_SHARE = 0.25;
const MAX_ERRORS = 256;
/** Folded quotes shorter than this are too unspecific to match approximately. */
const MIN_FUZZY_LENGTH = 4;
/** Characters searched on each side of the expected position, ever wider, before the whole page is searched. */
const NEAR_WINDOWS = [512, 4_096];
/** An occurrence of the quote whose context agrees this well is not questioned by approximate look-alikes. */
const SETTLED_CONTEXT = 0.8;
/** Around an edited place, look-alikes with up to this share of edits are searched for as its rivals... */
const RIVAL_ERROR_SHARE = 0.4;
/** ...this many characters (or twice the quote) on each side. */
const RIVAL_REACH = 512;

/** Whether the quote begins (ends) inside a word of its context: its match keeps that end where it falls. */
function cutsWord(target: QuoteTarget) {
  const inWord = (a: string | undefined, b: string | undefined) => {
    const [x, y] = [foldText(a ?? '').text, foldText(b ?? '').text];
    return x.length === 1 && y.length === 1 && charClass(x.charCodeAt(0)) !== SINGLE && charClass(x.charCodeAt(0)) === charClass(y.charCodeAt(0));
  };
  const { exact, prefix = '', suffix = '' } = target;
  return { start: inWord(prefix.at(-1), exact[0]), end: inWord(exact.at(-1), suffix[0]) };
}

/** Folding drops punctuation and spaces: a quote that began or ended with some takes in as many of the page's. */
function widen(text: string, { start, end }: Range, exact: string): Range {
  const dropped = (char: string | undefined) => char !== undefined && foldText(char).text === '';
  for (let i = 0; dropped(exact[i]) && dropped(text[start - 1]); i++) start--;
  for (let i = exact.length - 1; dropped(exact[i]) && dropped(text[end]); i--) end++;
  return { start, end };
}

/** Approximate matches near the expected position, ever wider, else anywhere in the page. */
function approximate(reading: PageReading, quote: string, hint: number | null): Candidate[] {
  const { page } = reading;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_SHARE));
  if (hint !== null) {
    for (const window of NEAR_WINDOWS) {
      const near = approximateIn(page.text, quote, maxErrors, Math.max(0, hint - window), Math.min(page.text.length, hint + quote.length + window));
      if (near.length > 0) return near;
    }
  }
  return approximateCandidates(page.text, quote, maxErrors, reading.find);
}

/**
 * Every place worth weighing for `target`, each with the evidence of the whole selector. `exactHits`: the
 * quote's occurrences as is (original offsets); `hint`: where it is expected (folded offset), if known;
 * `junctions`: search where the context joins up even without a doubtful place (every page of a PDF).
 */
export function weighPlaces(reading: PageReading, target: QuoteTarget, exactHits: Candidate[], hint: number | null, options: { junctions?: boolean } = {}): Places {
  const { page } = reading;
  const foldedQuote = foldText(target.exact);
  const quote = foldedQuote.text;
  let built: PlaceScorer | null = null;
  /** Built only once there is a place to weigh: most pages of a long PDF hold none. */
  const scorer = () => {
    if (!built) {
      const folded = { quote: foldedQuote, prefix: foldText(target.prefix ?? ''), suffix: foldText(target.suffix ?? '') };
      const cut = { prefix: (target.prefix ?? '').length >= CONTEXT_LENGTH, suffix: (target.suffix ?? '').length >= CONTEXT_LENGTH };
      built = placeScorer(page, reading.rarity(), foldSelector(reading.rarity(), folded, cut), quote.length, reading.findCheaply);
    }
    return built;
  };
  const closeness = (at: number) => 1 - Math.min(1, Math.abs(at - (hint ?? 0)) / Math.max(1, page.text.length));

  const keep = cutsWord(target);
  const found: AnchorPlace[] = [];
  const seen = new Set<number>();
  /** Adds a place once. An occurrence starting or ending inside a word or number of the page is not the quote's
   * words ("report" in "reporting", "95" in "957"): it is snapped to whole tokens and weighed as an edit; an
   * edited place that would pass meets its context (./fit.ts). */
  const add = (c: Candidate, method: Method, original?: Range) => {
    const whole = (keep.start || !insideToken(page, c.start)) && (keep.end || !insideToken(page, c.end));
    let [start, end] = whole ? [c.start, c.end] : snapToTokens(page, c.start, c.end, keep);
    const equal = whole && (method !== 'fuzzy' || page.text.slice(start, end) === quote);
    if (!equal && verdictOf(scorer().score(start, end, false)) !== null) [start, end] = scorer().fit(start, end);
    const key = start * 0x1000000 + end;
    if (seen.has(key) || (!equal && found.some((p) => p.equal && p.start < end && start < p.end))) return null;
    seen.add(key);
    const place: AnchorPlace = {
      start,
      end,
      evidence: scorer().score(start, end, equal),
      method: !equal ? 'fuzzy' : method === 'fuzzy' ? 'folded' : method,
      equal,
      original: equal && original ? original : widen(reading.text, originalRange(page, start, end)!, target.exact),
      closeness: closeness(start),
    };
    // What can only refuse a place is weighed for the places that would pass without it.
    if (verdictOf(place.evidence) !== null) place.evidence = scorer().refine(place.evidence, start, end, equal);
    found.push(place);
    return place;
  };

  for (const c of exactHits) add({ start: foldedIndexOf(page, c.start), end: foldedIndexOf(page, c.end), errors: 0 }, 'exact', c);
  if (!quote) return { places: found, sure: false, junctions: [] };
  for (const at of reading.findCheaply(quote)) add({ start: at, end: at + quote.length, errors: 0 }, 'folded');
  const contextSettles = found.some((p) => p.equal && Math.max(p.evidence.prefix ?? 0, p.evidence.suffix ?? 0) >= SETTLED_CONTEXT);
  if (!contextSettles && quote.length >= MIN_FUZZY_LENGTH) {
    for (const c of approximate(reading, quote, hint)) add(c, 'fuzzy');
    // An edited place must stand out from the look-alikes around it, even those with more edits.
    const edited = found.filter((p) => verdictOf(p.evidence) === 'changed').sort((a, b) => confidence(b.evidence) - confidence(a.evidence))[0];
    if (edited) {
      const reach = Math.max(RIVAL_REACH, 2 * quote.length);
      const maxErrors = Math.floor(quote.length * RIVAL_ERROR_SHARE);
      for (const c of approximateIn(page.text, quote, maxErrors, Math.max(0, edited.start - reach), Math.min(page.text.length, edited.end + reach))) add(c, 'fuzzy');
    }
  }
  const junctions = joinUp(found, scorer, add, options.junctions || (found.length > 0 && (target.start !== undefined || doubtful(found))));
  keepApart(found, scorer);
  countCopies(found);
  return { places: found, sure: false, junctions };
}

/** Whether a place that would pass has a context that is not whole. */
const doubtful = (found: AnchorPlace[]) => found.some((p) => verdictOf(p.evidence) !== null && (contextAgreement(p.evidence.prefix, p.evidence.suffix) ?? 1) < 1);

/**
 * Where the context joins up tells where the quote's place is. A stretch between its sides is a candidate (the
 * quote edited beyond the approximate search); the context joining up around nothing (the quote deleted) or
 * around the quote edited counts against every other place; around other words it is only the context's own
 * words recurring. Returns the junctions that count.
 */
function joinUp(found: AnchorPlace[], scorer: () => PlaceScorer, add: (c: Candidate, method: Method) => AnchorPlace | null, search: boolean): Junction[] {
  if (!search) return [];
  const joins = scorer().junctions();
  for (const j of joins) {
    const taken = found.some((p) => Math.min(p.end, j.end) - Math.max(p.start, j.start) >= (j.end - j.start) / 2);
    if (j.end > j.start && !taken) add({ start: j.start, end: j.end, errors: 0 }, 'fuzzy');
  }
  const junctions = joins.filter((j) => j.end === j.start || scorer().score(j.start, j.end, false).quote >= RULE.minChangedQuote);
  for (const p of found) p.evidence = withGap(p.evidence, gapAway(junctions, p.start, p.end, p.equal));
  return junctions;
}

/** Where other look-alikes are placed about as well by the context (a formulaic list), only the words can
 * tell: an edited place must keep what tells the quote apart from them (Evidence.kept). */
function keepApart(found: AnchorPlace[], scorer: () => PlaceScorer) {
  const family = found.filter((p) => !p.equal && p.evidence.quote >= RULE.minChangedQuote);
  const placing = (p: AnchorPlace) => contextAgreement(p.evidence.prefix, p.evidence.suffix) ?? 0;
  for (const p of found) {
    if (verdictOf(p.evidence) !== 'changed') continue;
    const others = family.filter((o) => o !== p && (o.end <= p.start || p.end <= o.start) && placing(o) >= placing(p) - RULE.margin);
    p.evidence = { ...p.evidence, kept: Math.min(1, ...others.map((o) => scorer().keeps(p, o))) };
  }
}

