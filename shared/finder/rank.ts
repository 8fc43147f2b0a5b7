// Rankers: given a corpus of passages and a query, the best passages with why they matched. The lexical
// ranker (BM25 plus a bonus for the indicator's keywords as phrases) is the default; the interface leaves
// room for a semantic one beside it.
import { bm25Scores, contributions, resolveQuery, type PassageIndex } from './bm25';
import type { FinderQuery } from './query';
import { foldForIndex } from './tokenize';

export type Corpus = { index: PassageIndex; texts: readonly string[] };
export type Ranked = { id: number; score: number; /** Words of the passage that matched, most telling first. */ why: string[] };

export type Ranker = {
  name: string;
  /** The best `limit` passages with a score above zero, best first (ties: earlier passage first). */
  rank(corpus: Corpus, query: FinderQuery, limit: number, skip?: (id: number) => boolean): Ranked[];
};

/** Weight of a keyword found whole in a passage, per character (Chinese) — longer phrases tell more. */
export const PHRASE_BONUS = 0.6;
/** Matched words shown per passage at most. */
const WHY_LIMIT = 6;

/** The passage's stretches covered by matched terms: adjacent bigrams merge back into the words they came from. */
export const matchedSpans = (text: string, terms: ReadonlySet<string>) => spansOf(foldForIndex(text), terms);

function spansOf(folded: string, terms: ReadonlySet<string>): string[] {
  const spans: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i < folded.length - 1; i++) {
    if (terms.has(folded.slice(i, i + 2))) {
      if (start >= 0 && i < end) end = i + 2;
      else {
        if (start >= 0) spans.push(folded.slice(start, end));
        start = i;
        end = i + 2;
      }
    }
  }
  if (start >= 0) spans.push(folded.slice(start, end));
  const stems = [...terms].filter((t) => t.length > 3);
  for (const word of folded.match(/[a-z0-9]+/g) ?? []) if (terms.has(word) || stems.some((t) => word.startsWith(t))) spans.push(word);
  return spans;
}

/** BM25 ranks every passage; the keyword bonus and the final order are worked out for this many of the best. */
const RERANKED = 60;

export const lexicalRanker: Ranker = {
  name: 'bm25+phrases',
  rank(corpus, query, limit, skip) {
    const terms = resolveQuery(corpus.index, query.terms);
    const { scores, scored } = bm25Scores(corpus.index, terms);
    const candidates = best(
      scored.filter((id) => scores[id]! > 0 && !skip?.(id)),
      scores,
      Math.max(RERANKED, limit),
    );
    const folded = foldedTexts(corpus);
    const phrasesOf = phraseMatcher(corpus, query.phrases);
    const phraseHits = new Map<number, string[]>();
    const top = candidates.map((id) => {
      const hits = phrasesOf(id);
      if (hits.length) phraseHits.set(id, hits);
      return { id, score: scores[id]! + PHRASE_BONUS * hits.reduce((sum, p) => sum + Math.min(p.length, 8), 0) };
    });
    top.sort((a, b) => b.score - a.score || a.id - b.id);
    return top.slice(0, limit).map(({ id, score }) => {
      const phrases = (phraseHits.get(id) ?? []).sort((a, b) => b.length - a.length);
      const matched = new Set(contributions(terms, id).slice(0, 12).map(([term]) => term));
      const spans = spansOf(folded[id]!, matched).filter((s) => !phrases.some((p) => p.includes(s)));
      return { id, score, why: [...new Set([...phrases, ...spans.sort((a, b) => b.length - a.length)])].slice(0, WHY_LIMIT) };
    });
  },
};

/** The `count` ids of highest score, best first (ties: lower id first), without sorting all of them: a query
 *  scores most of a 1,000-passage corpus and only the best few dozen are looked at again. A min-heap of the
 *  best so far, its worst at the root. */
export function best(ids: readonly number[], scores: Float64Array, count: number): number[] {
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const heap: number[] = [];
  const siftDown = (from: number) => {
    for (let i = from; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < heap.length && worse(heap[left]!, heap[least]!)) least = left;
      if (right < heap.length && worse(heap[right]!, heap[least]!)) least = right;
      if (least === i) return;
      [heap[i], heap[least]] = [heap[least]!, heap[i]!];
      i = least;
    }
  };
  for (const id of ids) {
    if (heap.length < count) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0 && worse(heap[i]!, heap[(i - 1) >> 1]!); i = (i - 1) >> 1) [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1]!, heap[i]!];
    } else if (count > 0 && worse(heap[0]!, id)) {
      heap[0] = id;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
}

/** Which of `phrases` a passage holds, each answer remembered per corpus: the framework's phrases are the same on
 *  every request. */
const phraseMemo = new WeakMap<Corpus, Map<string, Int8Array>>();
function phraseMatcher(corpus: Corpus, phrases: readonly string[]): (id: number) => string[] {
  let memo = phraseMemo.get(corpus);
  if (!memo) phraseMemo.set(corpus, (memo = new Map()));
  const folded = foldedTexts(corpus);
  const rows = phrases.map((phrase) => {
    let known = memo.get(phrase);
    if (!known) memo.set(phrase, (known = new Int8Array(corpus.texts.length)));
    return { phrase, known };
  });
  return (id) =>
    rows
      .filter(({ phrase, known }) => {
        if (known[id] === 0) known[id] = folded[id]!.includes(phrase) ? 1 : -1;
        return known[id] === 1;
      })
      .map(({ phrase }) => phrase);
}

/** The corpus's texts folded for phrase matching, once per corpus (a request ranks one corpus for every indicator). */
const folding = new WeakMap<Corpus, string[]>();
function foldedTexts(corpus: Corpus): string[] {
  let folded = folding.get(corpus);
  if (!folded) folding.set(corpus, (folded = corpus.texts.map(foldForIndex)));
  return folded;
}
