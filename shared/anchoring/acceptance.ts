// The one acceptance rule: whether the best place found for a quote holds the quote (found), the quote as
// edited since (changed), or neither (not found). The highlight on "open source", the side panel's status
// it reports, the PDF viewer and the freshness job all take their answer from here (docs/adr-006-clipping.md).
import type { AnchorStatus } from '../schemas/evidence';

export type Verdict = 'found' | 'changed';

/** The status a jump back records and the side panel shows, for a verdict (null: not found). */
export function anchorStatusOf(verdict: Verdict): Exclude<AnchorStatus, 'orphan'>;
export function anchorStatusOf(verdict: Verdict | null): AnchorStatus;
export function anchorStatusOf(verdict: Verdict | null): AnchorStatus {
  return verdict === 'found' ? 'anchored' : (verdict ?? 'orphan');
}

/** What the whole selector says about one place in the text. */
export type Evidence = {
  /** 0–1: the quote's tokens against the place's, weighted by rarity in the page; 1 when it folds to the quote. */
  quote: number;
  /** 0–1: the share of the captured prefix (suffix), weighted, that stands right beside the place; null: none captured. */
  prefix: number | null;
  suffix: number | null;
  /** 0–1: how well the captured context joins up with nothing between, at either end of the place or wherever
   * its sides meet in the page, as when the quote was deleted; null where not weighed (one side captured). */
  gap: number | null;
  /** The place is where the captured prefix or suffix itself stands now: a neighbour, not the quote. */
  withinContext: boolean;
  /** 0–1: the share of the quote's most informative tokens (its rarest, a CORE_SHARE of its weight: a figure,
   * a name, the kind of incident) the place keeps in order; 1 for the quote's own words. */
  core: number;
  /** 0–1: where another look-alike's context places it as well (a formulaic list), how much of what tells the
   * quote apart from those look-alikes (its tokens they lack) the place keeps; 1 when the context singles it out. */
  kept: number;
  /** 0–1: how well the quote identifies itself without context (the information in its rarer tokens). */
  distinct: number;
  /** Other places holding the quote's own words: a quote found more than once is formulaic, and only its
   * context can tell which of them it is. */
  copies: number;
};

export const RULE = {
  /** A place is accepted at this confidence or more. */
  accept: 0.5,
  /** Context agreement assumed when no context was captured at all. */
  unknownContext: 0.5,
  /** An edited place keeps at least this much of the quote (weighted)... */
  minChangedQuote: 0.6,
  /** ...and at least this much of its most informative tokens (Evidence.core)... */
  minCore: 0.75,
  /** ...and, among look-alikes placed as well, keeps this much of what tells the quote apart from them... */
  minKept: 0.75,
  /** ...and the context places it: one side agrees at least this much (also asked of the quote's own words
   * unless they are distinctive enough to stand on their own). */
  placingSide: 0.75,
  /** Context agreement that settles which of several places holding the quote's words it is (one side whole,
   * the other at least two thirds). */
  settled: 0.9,
  /** A quote this distinctive is its own proof: found wherever its words stand, whatever the context says. */
  selfEvident: 0.5,
  /** Without captured context, an edited place must keep this much of a quote at least this distinctive. */
  bareQuote: 0.85,
  bareDistinct: 0.5,
  /** The best place must be this much more confident than any other, unless both hold the quote's own words. */
  margin: 0.1,
} as const;

/** Both sides' agreement in one figure: the better side counts most, the worse one still pulls it down. */
export function contextAgreement(prefix: number | null, suffix: number | null): number | null {
  if (prefix === null) return suffix;
  if (suffix === null) return prefix;
  return 0.7 * Math.max(prefix, suffix) + 0.3 * Math.min(prefix, suffix);
}

/**
 * 0–1: how sure a place is. The quote's similarity times its context's agreement; the quote's own words
 * are partly their own proof (as much as the quote is distinctive), so a long quote that moved keeps its
 * confidence while a short formulaic one needs its context. Confidence falls as context disagrees.
 */
export function confidence(e: Evidence): number {
  const context = contextAgreement(e.prefix, e.suffix) ?? RULE.unknownContext;
  const self = e.quote === 1 ? e.distinct : 0;
  return e.quote * (self + (1 - self) * context);
}

/** What one place is on its own evidence: the quote, the quote edited in its place, or not the quote. */
export function verdictOf(e: Evidence): Verdict | null {
  const context = contextAgreement(e.prefix, e.suffix);
  const placed = Math.max(e.prefix ?? 0, e.suffix ?? 0) >= RULE.placingSide;
  // How well the context reads around nothing, or around other words: as well or better, and it does not place this.
  const elsewhere = context !== null && e.gap !== null ? e.gap - context : -1;
  if (e.quote === 1) {
    if (e.distinct >= RULE.selfEvident) return confidence(e) >= RULE.accept ? 'found' : null;
    // A quote whose words stand in several places is formulaic: only a context agreeing on both sides tells which.
    // (With no context captured, only the old position tells copies apart: choose() takes the nearer.)
    return confidence(e) >= RULE.accept && elsewhere <= 0 && (e.copies === 0 || context === null || context >= RULE.settled) ? 'found' : null;
  }
  if (e.quote < RULE.minChangedQuote || e.core < RULE.minCore) return null;
  if (context === null) return e.quote >= RULE.bareQuote && e.distinct >= RULE.bareDistinct ? 'changed' : null;
  // Where the context reads as well elsewhere (a formulaic list), only the words can single the place out.
  const singled = elsewhere < 0 || (elsewhere === 0 && e.quote >= RULE.bareQuote);
  const settles = e.copies === 0 || context >= RULE.settled;
  return placed && settles && singled && confidence(e) >= RULE.accept && !e.withinContext && e.kept >= RULE.minKept ? 'changed' : null;
}

export type Place = { evidence: Evidence; start: number; end: number; page?: number; closeness: number };

/** Closeness to where the quote was expected only breaks near-ties. */
const CLOSENESS_WEIGHT = 0.02;

/** Two places holding the quote's own words, each with its whole context agreeing: a repeated passage, where
 * the nearer wins. (Copies that agree only in part are as likely to be other instances: they are refused.) */
const whole = (e: Evidence) => e.quote === 1 && (e.prefix ?? 1) >= RULE.placingSide && (e.suffix ?? 1) >= RULE.placingSide;
const duplicates = (a: Evidence, b: Evidence) =>
  whole(a) && whole(b) && Math.abs((a.prefix ?? 0) - (b.prefix ?? 0)) < 0.05 && Math.abs((a.suffix ?? 0) - (b.suffix ?? 0)) < 0.05;

const overlaps = (a: Place, b: Place) => a.page === b.page && a.start < b.end && b.start < a.end;

/**
 * The accepted place among all candidates, or null: the best-ranked place that passes on its own, provided
 * no other place (not overlapping it) comes within the margin — look-alikes that cannot be told apart are
 * refused — unless both are the same passage with the same context (then the nearer one wins).
 */
export function choose<T extends Place>(places: readonly T[]): { place: T; verdict: Verdict; confidence: number } | null {
  const ranked = places
    .map((place) => ({ place, confidence: confidence(place.evidence) }))
    .sort((a, b) => b.confidence + CLOSENESS_WEIGHT * b.place.closeness - (a.confidence + CLOSENESS_WEIGHT * a.place.closeness));
  const best = ranked.find((r) => verdictOf(r.place.evidence) !== null);
  if (!best) return null;
  const rival = ranked.find((r) => r !== best && !overlaps(r.place, best.place));
  if (rival && best.confidence - rival.confidence < RULE.margin && !duplicates(best.place.evidence, rival.place.evidence)) return null;
  return { place: best.place, verdict: verdictOf(best.place.evidence)!, confidence: best.confidence };
}
