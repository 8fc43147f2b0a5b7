// Suggestions: for each indicator of the round's framework, the passages of the enterprise's indexed reports
// most likely to be evidence, ranked over all its reports as one corpus, with queries grown by what experts
// confirmed in the round and passages already decided left out. Read in one D1 batch; nothing is written.
import { and, eq } from 'drizzle-orm';
import { joinIndexes } from '../../shared/finder/bm25';
import { expandQuery, indicatorQuery, type FinderQuery } from '../../shared/finder/query';
import { lexicalRanker, type Corpus, type Ranker } from '../../shared/finder/rank';
import { decodeIndex, type DecodedIndex, type StoredIndex, type StoredPassage } from '../../shared/finder/stored-index';
import { bigramTokens } from '../../shared/finder/tokenize';
import type { Database } from '../db/client';
import { finderReport, indicator } from '../db/schema';
import { pinnedFramework } from '../queries/pinned-framework';
import { decisionsOf, learnedOf, loadIndexBodies } from '../queries/finder';

/** Passages suggested per indicator at most… */
export const SUGGESTIONS_PER_INDICATOR = 5;
/** …and only those scoring at least this share of the indicator's best passage. */
const RELATIVE_FLOOR = 0.3;
export const TOKENIZER = 'bigram';
export const tokenize = bigramTokens;

export type Suggestion = { reportId: number; passageKey: string; page: number; start: number; end: number; quote: string; why: string[]; score: number };
export type IndicatorSuggestions = { indicatorId: number; items: Suggestion[] };
export type IndexedReport = typeof finderReport.$inferSelect;

type IndicatorRow = typeof indicator.$inferSelect;
/** A published framework never changes, so its queries are built once per isolate. */
const queryCache = new Map<number, Map<number, FinderQuery>>();

function frameworkQueries(frameworkId: number, rows: IndicatorRow[]) {
  let queries = queryCache.get(frameworkId);
  if (!queries || queries.size !== rows.length) {
    queries = new Map(
      rows.map((r) => [
        r.id,
        indicatorQuery(
          {
            name: { zh: r.nameZh, en: r.nameEn },
            guidance: r.guidanceZh && r.guidanceEn ? { zh: r.guidanceZh, en: r.guidanceEn } : null,
            rubric: r.rubric,
            keywords: { zh: r.keywordsZh, en: r.keywordsEn },
          },
          tokenize,
        ),
      ]),
    );
    if (queryCache.size > 8) queryCache.clear();
    queryCache.set(frameworkId, queries);
  }
  return queries;
}

type StoredPassageOf = StoredPassage & { reportId: number };
/** An enterprise's indexed reports as one corpus, ready to rank. */
type EnterpriseCorpus = Corpus & { passages: StoredPassageOf[]; byKey: Map<string, number> };

/** Decoded corpora by their reports' identities (id, hash, indexing time): the side panel asks for one enterprise again and again. */
const corpusCache = new Map<string, EnterpriseCorpus>();
const CACHED_CORPORA = 8;

export function buildCorpus(decoded: { report: IndexedReport; index: DecodedIndex['index']; passages: StoredPassage[] }[]): EnterpriseCorpus {
  const passages = decoded.flatMap((d) => d.passages.map((p) => ({ ...p, reportId: d.report.id })));
  return {
    index: joinIndexes(decoded.map((d) => d.index)),
    texts: passages.map((p) => p.text),
    passages,
    byKey: new Map(passages.map((p, i) => [`${p.reportId}:${p.key}`, i])),
  };
}

export type FinderState = Awaited<ReturnType<typeof loadFinderState>>;

/** Everything suggestions for one enterprise need, read together (the reports' indexes only when not cached). */
export async function loadFinderState(db: Database, round: { id: number; framework: { id: number } }, enterpriseId: number) {
  const [[reports, learned, decisions], { tree }] = await Promise.all([
    db.batch([
      db.select().from(finderReport).where(and(eq(finderReport.roundId, round.id), eq(finderReport.enterpriseId, enterpriseId), eq(finderReport.status, 'indexed'))),
      learnedOf(db, round.id),
      decisionsOf(db, round.id, enterpriseId),
    ]),
    pinnedFramework(db, round.framework.id),
  ]);
  const indicators = tree.filter((node) => node.level === 3);
  const key = reports.map((r) => `${r.id}:${r.sha256}:${r.indexedAt}`).join('|');
  let corpus = corpusCache.get(key);
  if (corpus) corpusCache.delete(key);
  else {
    const bodies = await loadIndexBodies(db, reports.map((r) => r.id));
    corpus = buildCorpus(
      reports.flatMap((report) => {
        const body = bodies.get(report.id);
        const stored = body ? (JSON.parse(body) as StoredIndex) : null;
        return stored?.tokenizer === TOKENIZER ? [{ report, ...decodeIndex(stored) }] : [];
      }),
    );
  }
  corpusCache.set(key, corpus);
  if (corpusCache.size > CACHED_CORPORA) corpusCache.delete(corpusCache.keys().next().value!);
  const shown = new Set(corpus.passages.map((p) => p.reportId));
  return { round, reports: reports.filter((r) => shown.has(r.id)), corpus, indicators, learned, decisions };
}

/**
 * Each indicator's suggestions for a corpus with what they were ranked from (the ranker, learned terms, passages
 * decided): a pure function of those, so a request whose inputs are unchanged reuses them. The side panel and the
 * console ask for the same enterprise again and again, and after a decision only its indicator is ranked again.
 */
const remembered = new WeakMap<EnterpriseCorpus, Map<number, { inputs: string; items: Suggestion[] }>>();

export type SuggestOptions = {
  indicatorId?: number;
  ranker?: Ranker;
  /** Rank every indicator again even where nothing changed (the benchmark's measure of ranking itself). */
  fresh?: boolean;
};

/** The suggestions of every indicator (or of one) from a loaded state. */
export function suggest(state: FinderState, { indicatorId, ranker = lexicalRanker, fresh = false }: SuggestOptions = {}): IndicatorSuggestions[] {
  const { corpus } = state;
  const queries = frameworkQueries(state.round.framework.id, state.indicators);
  const learned = new Map(state.learned.map((l) => [l.indicatorId, l.terms]));
  const decided = new Map<number, Set<number>>();
  for (const d of state.decisions) {
    const id = corpus.byKey.get(`${d.reportId}:${d.passageKey}`);
    if (id === undefined) continue;
    if (!decided.has(d.indicatorId)) decided.set(d.indicatorId, new Set());
    decided.get(d.indicatorId)!.add(id);
  }
  let memo = remembered.get(corpus);
  if (!memo) remembered.set(corpus, (memo = new Map()));
  return state.indicators
    .filter((i) => indicatorId === undefined || i.id === indicatorId)
    .sort((a, b) => a.id - b.id)
    .map((row) => {
      const terms = learned.get(row.id) ?? [];
      const skip = decided.get(row.id);
      const inputs = JSON.stringify([ranker.name, terms, skip ? [...skip].sort((a, b) => a - b) : []]);
      const known = memo.get(row.id);
      if (!fresh && known?.inputs === inputs) return { indicatorId: row.id, items: known.items };
      const items = rankIndicator(corpus, expandQuery(queries.get(row.id)!, terms), ranker, skip);
      memo.set(row.id, { inputs, items });
      return { indicatorId: row.id, items };
    });
}

function rankIndicator(corpus: EnterpriseCorpus, query: FinderQuery, ranker: Ranker, skip: Set<number> | undefined): Suggestion[] {
  if (corpus.passages.length === 0) return [];
  const ranked = ranker.rank(corpus, query, SUGGESTIONS_PER_INDICATOR, skip && ((id) => skip.has(id)));
  const floor = (ranked[0]?.score ?? 0) * RELATIVE_FLOOR;
  return ranked
    .filter((r) => r.score >= floor)
    .map((r) => {
      const p = corpus.passages[r.id]!;
      return { reportId: p.reportId, passageKey: p.key, page: p.page, start: p.start, end: p.end, quote: p.text, why: r.why, score: Math.round(r.score * 100) / 100 };
    });
}
