// Okapi BM25 over passages: an inverted index built from texts (the reference, and what the evaluation tool
// uses), the same shape over stored report indexes joined into one corpus (stored-index.ts), and scoring of
// weighted queries with the terms that contributed to each passage's score.
import type { Tokenizer } from './tokenize';

/** A passage list of one term: passage ids ascending, with how often each passage holds the term. */
export type Postings = { ids: number[]; tfs: number[] };

/** What BM25 reads of a corpus of passages. */
export type PassageIndex = {
  count: number;
  /** Terms per passage, for BM25's length normalisation. */
  lengths: ArrayLike<number>;
  averageLength: number;
  postings(term: string): Postings | undefined;
};

/** A weighted bag of terms: what a ranker looks for. */
export type WeightedTerms = Map<string, number>;

/** Term frequencies of one passage, in first-seen order. */
export function termCounts(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

export function buildIndex(texts: readonly string[], tokenize: Tokenizer): PassageIndex {
  const lists = new Map<string, Postings>();
  const lengths = new Uint32Array(texts.length);
  let total = 0;
  texts.forEach((text, id) => {
    const terms = tokenize(text);
    lengths[id] = terms.length;
    total += terms.length;
    for (const [term, tf] of termCounts(terms)) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { ids: [], tfs: [] }));
      list.ids.push(id);
      list.tfs.push(tf);
    }
  });
  return { count: texts.length, lengths, averageLength: texts.length ? total / texts.length : 0, postings: (term) => lists.get(term) };
}

/** Several indexes as one corpus: passage ids run on from one part to the next. */
export function joinIndexes(parts: readonly PassageIndex[]): PassageIndex {
  if (parts.length === 1) return parts[0]!;
  const bases: number[] = [];
  const lengths: number[] = [];
  let total = 0;
  for (const part of parts) {
    bases.push(lengths.length);
    for (let i = 0; i < part.count; i++) lengths.push(part.lengths[i]!);
    total += part.averageLength * part.count;
  }
  const cache = new Map<string, Postings | undefined>();
  return {
    count: lengths.length,
    lengths,
    averageLength: lengths.length ? total / lengths.length : 0,
    postings(term) {
      if (cache.has(term)) return cache.get(term);
      const joined: Postings = { ids: [], tfs: [] };
      parts.forEach((part, p) => {
        const list = part.postings(term);
        if (!list) return;
        for (let i = 0; i < list.ids.length; i++) {
          joined.ids.push(list.ids[i]! + bases[p]!);
          joined.tfs.push(list.tfs[i]!);
        }
      });
      const value = joined.ids.length ? joined : undefined;
      cache.set(term, value);
      return value;
    },
  };
}

/** BM25's inverse document frequency (the +1 form: never negative). */
export const idf = (index: PassageIndex, term: string) => {
  const df = index.postings(term)?.ids.length ?? 0;
  return Math.log(1 + (index.count - df + 0.5) / (df + 0.5));
};

export type Bm25Params = { k1: number; b: number };
export const BM25: Bm25Params = { k1: 1.2, b: 0.75 };

/** A term in more than half the passages (of a corpus this large at least) adds little but work: skipped. Measured: no
 *  change on the labelled set, about a third less ranking time on a 150-page report. */
export const COMMON_SHARE = 0.5;
const COMMON_MIN_CORPUS = 50;

/** Each passage's BM25 score for `query` (zero where no term occurs), and the passages that scored. */
export function bm25Scores(index: PassageIndex, query: WeightedTerms, { k1, b }: Bm25Params = BM25) {
  const scores = new Float64Array(index.count);
  const scored: number[] = [];
  for (const [term, weight] of query) {
    const list = index.postings(term);
    if (!list || weight <= 0) continue;
    if (list.ids.length > COMMON_SHARE * index.count && index.count >= COMMON_MIN_CORPUS) continue;
    const termIdf = idf(index, term);
    for (let i = 0; i < list.ids.length; i++) {
      const id = list.ids[i]!;
      const tf = list.tfs[i]!;
      const norm = tf + k1 * (1 - b + (b * index.lengths[id]!) / (index.averageLength || 1));
      if (scores[id] === 0) scored.push(id);
      scores[id]! += weight * termIdf * ((tf * (k1 + 1)) / norm);
    }
  }
  return { scores, scored };
}

/** The query terms a passage holds, by their part of its score, largest first. */
export function contributions(index: PassageIndex, query: WeightedTerms, id: number, { k1, b }: Bm25Params = BM25): [string, number][] {
  const parts: [string, number][] = [];
  for (const [term, weight] of query) {
    const list = index.postings(term);
    if (!list || weight <= 0) continue;
    // Binary search: the passage's place in the term's list.
    let low = 0;
    let high = list.ids.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list.ids[mid]! < id) low = mid + 1;
      else high = mid;
    }
    if (list.ids[low] !== id) continue;
    const tf = list.tfs[low]!;
    const norm = tf + k1 * (1 - b + (b * index.lengths[id]!) / (index.averageLength || 1));
    parts.push([term, weight * idf(index, term) * ((tf * (k1 + 1)) / norm)]);
  }
  return parts.sort((x, y) => y[1] - x[1]);
}
