// What the finder looks for per indicator: terms from the indicator's name, guidance, rubric texts and
// keywords, weighted by field, plus its keywords as phrases; and the same query grown by passages experts
// confirmed for the indicator in the round ("learns from the round").
import type { WeightedTerms } from './bm25';
import { foldForIndex, type Tokenizer } from './tokenize';

type Bilingual = { zh: string; en: string };
/** The parts of an indicator a query is made of (the framework document's and the database's shape alike). */
export type IndicatorText = {
  name: Bilingual;
  guidance?: Bilingual | null;
  rubric?: readonly { description: Bilingual }[] | null;
  keywords: { zh: readonly string[]; en: readonly string[] };
};

export type FinderQuery = { terms: WeightedTerms; phrases: string[] };

/** How much a term weighs for each field it occurs in (measured on the labelled set, docs/adr-010). */
export const FIELD_WEIGHTS = { name: 3, keywords: 2, guidance: 1, rubric: 0.5 };

const addTerms = (into: WeightedTerms, terms: readonly string[], weight: number) => {
  for (const term of new Set(terms)) into.set(term, (into.get(term) ?? 0) + weight);
};

export function indicatorQuery(indicator: IndicatorText, tokenize: Tokenizer, weights = FIELD_WEIGHTS): FinderQuery {
  const terms: WeightedTerms = new Map();
  const both = (text: Bilingual | null | undefined) => (text ? `${text.zh}\n${text.en}` : '');
  addTerms(terms, tokenize(both(indicator.name)), weights.name);
  for (const keyword of [...indicator.keywords.zh, ...indicator.keywords.en]) addTerms(terms, tokenize(keyword), weights.keywords);
  addTerms(terms, tokenize(both(indicator.guidance)), weights.guidance);
  addTerms(terms, tokenize((indicator.rubric ?? []).map((level) => both(level.description)).join('\n')), weights.rubric);
  const phrases = [...indicator.keywords.zh, ...indicator.keywords.en].map(foldForIndex).filter((p) => p.length > 1);
  return { terms, phrases };
}

/** A free-text query (the evaluation format's `text`): its terms, and its comma- or space-separated parts as phrases. */
export function textQuery(text: string, tokenize: Tokenizer): FinderQuery {
  const terms: WeightedTerms = new Map();
  addTerms(terms, tokenize(text), 1);
  const phrases = foldForIndex(text).split(/[\s,，、;；。.]+/).filter((p) => p.length > 1);
  return { terms, phrases };
}

/** What confirmed examples add: at most this many terms… */
export const LEARNED_TERMS = 40;
/** …each weighing this much at most (a term in every example). */
export const LEARNED_WEIGHT = 1.5;

/**
 * Terms that passages confirmed for the indicator share, by the share of examples holding them (a term
 * in one example of many is chance). The result is stored and added to the indicator's query.
 */
export function learnedTerms(examples: readonly string[], tokenize: Tokenizer, limit = LEARNED_TERMS): [string, number][] {
  if (examples.length === 0) return [];
  const documentFrequency = new Map<string, number>();
  for (const example of examples) for (const term of new Set(tokenize(example))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const least = examples.length >= 3 ? 2 : 1;
  return [...documentFrequency]
    .filter(([, df]) => df >= least)
    .map(([term, df]): [string, number] => [term, df / examples.length])
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit);
}

/** The query grown by learned terms (share of examples × LEARNED_WEIGHT each). */
export function expandQuery(query: FinderQuery, learned: readonly [string, number][], weight = LEARNED_WEIGHT): FinderQuery {
  if (learned.length === 0) return query;
  const terms = new Map(query.terms);
  for (const [term, share] of learned) terms.set(term, (terms.get(term) ?? 0) + share * weight);
  return { terms, phrases: query.phrases };
}
