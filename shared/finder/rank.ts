// Rankers: given a corpus of passages and a query, the best passages with why they matched. The lexical
// ranker (BM25 plus a bonus for the indicator's keywords as phrases) is the default; the interface leaves
// room for a semantic one beside it.
import { bm25Scores, contributions, type PassageIndex } from './bm25';
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
export function matchedSpans(text: string, terms: ReadonlySet<string>): string[] {
  const folded = foldForIndex(text);
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
  for (const word of folded.match(/[a-z0-9]+/g) ?? []) if (terms.has(word) || [...terms].some((t) => t.length > 3 && word.startsWith(t))) spans.push(word);
  return spans;
}

/** BM25 ranks every passage; the keyword bonus and the final order are worked out for this many of the best. */
const RERANKED = 60;

export const lexicalRanker: Ranker = {
  name: 'bm25+phrases',
  rank(corpus, query, limit, skip) {
    const { index, texts } = corpus;
    const { scores, scored } = bm25Scores(index, query.terms);
    const candidates = scored.filter((id) => scores[id]! > 0 && !skip?.(id));
    candidates.sort((a, b) => scores[b]! - scores[a]! || a - b);
    const folded = foldedTexts(corpus);
    const phraseHits = new Map<number, string[]>();
    const top = candidates.slice(0, Math.max(RERANKED, limit)).map((id) => {
      const hits = query.phrases.filter((p) => folded[id]!.includes(p));
      if (hits.length) phraseHits.set(id, hits);
      return { id, score: scores[id]! + PHRASE_BONUS * hits.reduce((sum, p) => sum + Math.min(p.length, 8), 0) };
    });
    top.sort((a, b) => b.score - a.score || a.id - b.id);
    return top.slice(0, limit).map(({ id, score }) => {
      const phrases = (phraseHits.get(id) ?? []).sort((a, b) => b.length - a.length);
      const terms = new Set(contributions(index, query.terms, id).slice(0, 12).map(([term]) => term));
      const spans = matchedSpans(texts[id]!, terms).filter((s) => !phrases.some((p) => p.includes(s)));
      return { id, score, why: [...new Set([...phrases, ...spans.sort((a, b) => b.length - a.length)])].slice(0, WHY_LIMIT) };
    });
  },
};

/** The corpus's texts folded for phrase matching, once per corpus (a request ranks one corpus for every indicator). */
const folding = new WeakMap<Corpus, string[]>();
function foldedTexts(corpus: Corpus): string[] {
  let folded = folding.get(corpus);
  if (!folded) folding.set(corpus, (folded = corpus.texts.map(foldForIndex)));
  return folded;
}
