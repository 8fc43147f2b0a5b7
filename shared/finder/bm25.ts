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

const BM25 = { k1: 1.2, b: 0.75 };

/** A term in more than half the passages (of a corpus this large at least) adds little but work: skipped. Measured: no
 *  change on the labelled set, about a third less ranking time on a 150-page report. */
export const COMMON_SHARE = 0.5;
const COMMON_MIN_CORPUS = 50;

/** One term's part of BM25 in one corpus before the query's weight: its passages, each one's saturated and
 *  length-normalised frequency, and its idf. */
type TermWeights = { ids: ArrayLike<number>; impacts: Float64Array; idf: number; common: boolean };

/** Worked out once per corpus and term: a request ranks one corpus for 64 queries sharing many terms, and the
 *  side panel asks for the same corpus again and again. */
const weightsByIndex = new WeakMap<PassageIndex, Map<string, TermWeights | null>>();

function weigh(index: PassageIndex, term: string): TermWeights | null {
  const list = index.postings(term);
  if (!list) return null;
  const { k1, b } = BM25;
  const impacts = new Float64Array(list.ids.length);
  for (let i = 0; i < list.ids.length; i++) {
    const tf = list.tfs[i]!;
    const norm = tf + k1 * (1 - b + (b * index.lengths[list.ids[i]!]!) / (index.averageLength || 1));
    impacts[i] = (tf * (k1 + 1)) / norm;
  }
  const common = list.ids.length > COMMON_SHARE * index.count && index.count >= COMMON_MIN_CORPUS;
  return { ids: list.ids, impacts, idf: idf(index, term), common };
}

/** A query's terms as the corpus knows them, with their weights: resolved once, read for every passage. */
export type ResolvedQuery = { term: string; weight: number; stats: TermWeights }[];

export function resolveQuery(index: PassageIndex, query: WeightedTerms): ResolvedQuery {
  let known = weightsByIndex.get(index);
  if (!known) weightsByIndex.set(index, (known = new Map()));
  const resolved: ResolvedQuery = [];
  for (const [term, weight] of query) {
    if (weight <= 0) continue;
    let stats = known.get(term);
    if (stats === undefined) known.set(term, (stats = weigh(index, term)));
    if (stats) resolved.push({ term, weight, stats });
  }
  return resolved;
}

/** Each passage's BM25 score for `query` (zero where no term occurs), and the passages that scored. */
export function bm25Scores(index: PassageIndex, query: WeightedTerms | ResolvedQuery) {
  const scores = new Float64Array(index.count);
  const scored: number[] = [];
  for (const { weight, stats } of query instanceof Map ? resolveQuery(index, query) : query) {
    if (stats.common) continue;
    const { ids, impacts } = stats;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (scores[id] === 0) scored.push(id);
      scores[id]! += weight * stats.idf * impacts[i]!;
    }
  }
  return { scores, scored };
}

/** The query terms a passage holds, by their part of its score, largest first. */
export function contributions(query: ResolvedQuery, id: number): [string, number][] {
  const parts: [string, number][] = [];
  for (const { term, weight, stats } of query) {
    const { ids, impacts } = stats;
    // Binary search: the passage's place in the term's list.
    let low = 0;
    let high = ids.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ids[mid]! < id) low = mid + 1;
      else high = mid;
    }
    if (ids[low] === id) parts.push([term, weight * stats.idf * impacts[low]!]);
  }
  return parts.sort((x, y) => y[1] - x[1]);
}
