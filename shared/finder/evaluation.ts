// Measuring the finder on a labelled file (shared/schemas/finder-labels.ts): each query's document's
// passages ranked by the finder and by today's keyword suggestion (the baseline), figures per query and on
// average; and the learning curve, queries grown by examples confirmed for the same indicator elsewhere.
import { keywordScore } from '../domain/indicator-search';
import { LabelLine, type EvaluationReport } from '../schemas/finder-labels';
import { buildIndex } from './bm25';
import { figuresOf, meanFigures, type Figures } from './metrics';
import { expandQuery, indicatorQuery, learnedTerms, textQuery, type FinderQuery, type IndicatorText } from './query';
import { lexicalRanker, type Corpus, type Ranker } from './rank';
import type { Tokenizer } from './tokenize';

type Passage = { id: string; text: string; page?: number };
type Query = { id: string; doc: string; text?: string; indicator?: string };
export type LabelledSet = { docs: Map<string, Passage[]>; queries: Query[]; judgements: Map<string, Map<string, number>> };
export type FrameworkIndicator = IndicatorText & { code: string };

/** Reads the JSON Lines; a bad line is an error naming its number. */
export function parseLabels(jsonl: string): LabelledSet {
  const set: LabelledSet = { docs: new Map(), queries: [], judgements: new Map() };
  jsonl.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new Error(`line ${i + 1}: not JSON`);
    }
    const parsed = LabelLine.safeParse(value);
    if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
    const line = parsed.data;
    if (line.type === 'passage') {
      const list = set.docs.get(line.doc) ?? [];
      list.push({ id: line.id, text: line.text, page: line.page });
      set.docs.set(line.doc, list);
    } else if (line.type === 'query') set.queries.push(line);
    else {
      const judged = set.judgements.get(line.query) ?? new Map<string, number>();
      judged.set(line.passage, Math.max(judged.get(line.passage) ?? 0, line.relevance));
      set.judgements.set(line.query, judged);
    }
  });
  return set;
}

export type EvaluationOptions = {
  indicators: ReadonlyMap<string, FrameworkIndicator>;
  tokenize: Tokenizer;
  ranker?: Ranker;
  /** Examples per indicator for the learning curve (with --learning). */
  learning?: readonly number[];
};

const CUTOFF = 10;

/** The keyword baseline: passages by the indicator's keyword score (or a text query's parts found), zeros left out. */
function baselineRanking(passages: readonly Passage[], query: Query, indicator: FrameworkIndicator | undefined): number[] {
  const score = (text: string) =>
    indicator ? keywordScore(indicator.keywords, text) : textQuery(query.text!, (t) => [t]).phrases.reduce((sum, p) => sum + (text.normalize('NFKC').toLowerCase().includes(p) ? p.length : 0), 0);
  const scored = passages.map((p, id) => ({ id, score: score(p.text) })).filter((s) => s.score > 0);
  return scored.sort((a, b) => b.score - a.score || a.id - b.id).map((s) => s.id);
}

/** A stable pseudo-random order (FNV-1a of the id), so the learning curve's examples do not depend on file order. */
const hashOf = (text: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};

export function evaluate(set: LabelledSet, options: EvaluationOptions): EvaluationReport {
  const ranker = options.ranker ?? lexicalRanker;
  const corpora = new Map<string, Corpus>();
  const corpusOf = (doc: string) => {
    let corpus = corpora.get(doc);
    if (!corpus) {
      const texts = (set.docs.get(doc) ?? []).map((p) => p.text);
      corpora.set(doc, (corpus = { index: buildIndex(texts, options.tokenize), texts }));
    }
    return corpus;
  };
  const indicatorOf = (query: Query) => {
    if (query.indicator === undefined) return undefined;
    const found = options.indicators.get(query.indicator);
    if (!found) throw new Error(`query ${query.id}: no indicator ${query.indicator} in the framework`);
    return found;
  };
  const queryOf = (query: Query): FinderQuery => {
    const indicator = indicatorOf(query);
    return indicator ? indicatorQuery(indicator, options.tokenize) : textQuery(query.text!, options.tokenize);
  };
  const finderIds = (query: Query, finderQuery: FinderQuery) => {
    const passages = set.docs.get(query.doc) ?? [];
    return ranker.rank(corpusOf(query.doc), finderQuery, CUTOFF).map((r) => passages[r.id]!.id);
  };

  const judgedQueries = set.queries.filter((q) => [...(set.judgements.get(q.id)?.values() ?? [])].some((r) => r > 0));
  const rows = judgedQueries.map((query) => {
    const judged = set.judgements.get(query.id)!;
    const passages = set.docs.get(query.doc) ?? [];
    const finder = figuresOf(finderIds(query, queryOf(query)), judged);
    const baseline = figuresOf(baselineRanking(passages, query, indicatorOf(query)).slice(0, CUTOFF).map((id) => passages[id]!.id), judged);
    return { id: query.id, doc: query.doc, ...(query.indicator && { indicator: query.indicator }), relevant: [...judged.values()].filter((r) => r > 0).length, finder, baseline };
  });
  const report: EvaluationReport = { finder: meanFigures(rows.map((r) => r.finder)), baseline: meanFigures(rows.map((r) => r.baseline)), queries: rows };
  if (options.learning) report.learning = learningCurve(set, judgedQueries.filter((q) => q.indicator !== undefined), options.learning, queryOf, finderIds, options.tokenize);
  return report;
}

/** Texts judged relevant to queries on the same indicator in other documents, in a stable shuffled order. */
function examplesFor(set: LabelledSet, query: Query): string[] {
  const texts = new Map<string, string>();
  for (const other of set.queries) {
    if (other.indicator !== query.indicator || other.doc === query.doc) continue;
    const passages = new Map((set.docs.get(other.doc) ?? []).map((p) => [p.id, p.text]));
    for (const [id, relevance] of set.judgements.get(other.id) ?? []) {
      const text = passages.get(id);
      if (relevance > 0 && text) texts.set(`${other.doc}\u0000${id}`, text);
    }
  }
  return [...texts].sort((a, b) => hashOf(a[0]) - hashOf(b[0])).map(([, text]) => text);
}

function learningCurve(
  set: LabelledSet,
  queries: Query[],
  counts: readonly number[],
  queryOf: (q: Query) => FinderQuery,
  finderIds: (q: Query, fq: FinderQuery) => string[],
  tokenize: Tokenizer,
): NonNullable<EvaluationReport['learning']> {
  return counts.map((n) => {
    const figures: Figures[] = [];
    let available = 0;
    for (const query of queries) {
      const examples = examplesFor(set, query).slice(0, n);
      available += examples.length;
      const base = queryOf(query);
      const grown = expandQuery(base, learnedTerms(examples, tokenize));
      figures.push(figuresOf(finderIds(query, grown), set.judgements.get(query.id)!));
    }
    return { examples: n, available: queries.length ? available / queries.length : 0, 'recall@10': meanFigures(figures)['recall@10'], queries: queries.length };
  });
}
