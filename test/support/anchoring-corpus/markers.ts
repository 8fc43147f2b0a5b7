// Hand-written and ported cases are written as text with the quote marked ⟦like this⟧: in the page before
// (or an explicit selector, for cases that test a selector as such) and, where it should be found, in the
// page after. This turns them into corpus cases with offsets.
import { quoteAt } from '../../../shared/anchoring/text-quote';
import type { CorpusCase, CorpusSelector, FailureClass } from './corpus';

export type MarkedCase = {
  id: string;
  class: FailureClass;
  lang: 'zh' | 'en';
  note: string;
  /** Where a ported case comes from (a public test suite, re-expressed here). */
  source?: string;
  /** The page before with the quote marked, or a PDF's pages (one of them marked). */
  before?: string;
  beforePages?: string[];
  /** The selector itself, where the case is about a selector no capture would make. */
  selector?: CorpusSelector;
  /** The page after, with the place the quote should be found marked (no mark: not found). */
  after?: string;
  afterPages?: string[];
  verdict: 'found' | 'changed' | 'notFound';
  orNotFound?: boolean;
};

const OPEN = '⟦';
const CLOSE = '⟧';

/** The text without marks, and the marked range (null when unmarked). */
function unmark(marked: string): { text: string; range: [number, number] | null } {
  const start = marked.indexOf(OPEN);
  if (start < 0) return { text: marked, range: null };
  const end = marked.indexOf(CLOSE) - OPEN.length;
  return { text: marked.replace(OPEN, '').replace(CLOSE, ''), range: [start, end] };
}

/** The marked page of a list (1-based) and its range. */
function markedPage(pages: string[]): { texts: string[]; page: number; range: [number, number] | null } {
  const unmarked = pages.map(unmark);
  const at = unmarked.findIndex((p) => p.range);
  return { texts: unmarked.map((p) => p.text), page: at + 1, range: at >= 0 ? unmarked[at]!.range : null };
}

export function fromMarkers(m: MarkedCase): CorpusCase {
  const before = m.beforePages ? markedPage(m.beforePages) : m.before !== undefined ? { ...unmark(m.before), page: undefined } : null;
  let selector = m.selector;
  if (!selector) {
    const [start, end] = before!.range!;
    const text = 'texts' in before! ? before.texts[before.page - 1]! : before!.text;
    const q = quoteAt(text, start, end)!;
    selector = { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: q.start, end: q.end, ...(before!.page ? { page: before!.page } : {}) };
  }
  const after = m.afterPages ? markedPage(m.afterPages) : { ...unmark(m.after!), page: undefined };
  const common = { id: m.id, class: m.class, lang: m.lang, note: m.source ? `${m.note} (after ${m.source})` : m.note, selector };
  const where = 'texts' in after ? { pages: after.texts } : { text: after.text };
  if (m.verdict === 'notFound') {
    if (after.range) throw new Error(`${m.id}: a place is marked but none is expected`);
    return { ...common, ...where, expected: { verdict: 'notFound' } };
  }
  if (!after.range) throw new Error(`${m.id}: no place marked in the page after`);
  const [start, end] = after.range;
  return {
    ...common,
    ...where,
    expected: { verdict: m.verdict, start, end, ...(after.page ? { page: after.page } : {}), ...(m.orNotFound ? { orNotFound: true } : {}) },
  };
}
