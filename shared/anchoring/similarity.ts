// Comparing token sequences by what they share in order, each token weighed by its rarity: what is missing
// and what was added count as much as what matched. A long word misspelt by a letter or two still counts
// for most of its weight (a typo is an edit, not a different word).
import type { Rarity } from './rarity';
import { charClass, LETTER, type Token } from './tokens';

/** Token ids and weights; `words`: the letters of each word long enough to be matched despite a typo. */
export type Weighted = { ids: number[]; weights: number[]; total: number; words: (string | null)[] };

/** Words at least this long are matched despite a typo... */
const MIN_TYPO_WORD = 5;
/** ...of at most this many edits. */
const MAX_TYPO_EDITS = 2;

export function weigh(text: string, tokens: readonly Token[], rarity: Rarity): Weighted {
  const ids = tokens.map((t) => t.id);
  const weights = ids.map((id) => rarity.weight(id));
  const words = tokens.map((t) => (t.end - t.start >= MIN_TYPO_WORD && charClass(text.charCodeAt(t.start)) === LETTER ? text.slice(t.start, t.end) : null));
  return { ids, weights, total: weights.reduce((sum, w) => sum + w, 0), words };
}

/** Tokens `from`..`to` of a weighed sequence (negative: from the end), as for Array.slice. */
export function part(w: Weighted, from: number, to?: number): Weighted {
  const weights = w.weights.slice(from, to);
  return { ids: w.ids.slice(from, to), weights, words: w.words.slice(from, to), total: weights.reduce((sum, x) => sum + x, 0) };
}

/** 0–1: how much of `a` a misspelling `b` keeps (0 unless within MAX_TYPO_EDITS edits). */
export function typoLikeness(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > MAX_TYPO_EDITS) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > MAX_TYPO_EDITS) return 0;
    previous = row;
  }
  const edits = previous[b.length]!;
  return edits > MAX_TYPO_EDITS ? 0 : 1 - edits / Math.max(a.length, b.length);
}

/** Cells of the comparison table computed in full; longer pairs are compared in a band around the diagonal. */
const FULL_CELLS = 2_000_000;
const MIN_BAND = 256;

/**
 * The weight of the heaviest subsequence `a` and `b` share (a weighted longest common subsequence, one row
 * of the table kept). Long pairs are compared within a band around the diagonal, which can only underestimate.
 */
export function sharedWeight(a: Weighted, b: Weighted): number {
  const n = a.ids.length;
  const m = b.ids.length;
  if (n === 0 || m === 0) return 0;
  const band = n * m <= FULL_CELLS ? m : Math.max(MIN_BAND, Math.ceil(FULL_CELLS / n));
  const row = new Float64Array(m + 1);
  for (let i = 1; i <= n; i++) {
    const centre = Math.round((i * m) / n);
    const low = Math.max(1, centre - band);
    const high = Math.min(m, centre + band);
    const id = a.ids[i - 1]!;
    const weight = a.weights[i - 1]!;
    const word = a.words[i - 1];
    let diagonal = row[low - 1]!;
    let left = row[low - 1]!;
    for (let j = low; j <= high; j++) {
      const up = row[j]!;
      let best = up > left ? up : left;
      const gain = b.ids[j - 1] === id ? weight : word && b.words[j - 1] ? weight * typoLikeness(word, b.words[j - 1]!) : 0;
      if (gain > 0 && diagonal + gain > best) best = diagonal + gain;
      diagonal = up;
      row[j] = left = best;
    }
  }
  return row[m]!;
}

/** 0–1: the weighted Dice coefficient of a quote and a candidate (1 only when they hold the same tokens). */
export function similarity(quote: Weighted, candidate: Weighted): number {
  const total = quote.total + candidate.total;
  return total > 0 ? (2 * sharedWeight(quote, candidate)) / total : 0;
}

/** 0–1: the share of the captured context's weight found, in order, in the text beside a candidate. */
export function coverage(context: Weighted, beside: Weighted): number {
  return context.total > 0 ? sharedWeight(context, beside) / context.total : 0;
}
