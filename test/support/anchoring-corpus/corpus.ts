// The adversarial re-anchoring corpus (test/fixtures/anchoring/*.json): each case is a page's text (or a PDF's
// pages) as it is now, a selector captured before it changed, and where the quote is now — or that it is not.
// An answer is judged in folded text, so spacing and punctuation at a highlight's edges do not count.
import { foldedIndexOf, foldText } from '../../../shared/anchoring/normalize';

/** A TextQuote selector with its TextPosition (absent in some ported cases) and, for a PDF, its page. */
export type CorpusSelector = { exact: string; prefix: string; suffix: string; start?: number; end?: number; page?: number };

/** The kind of trap a case sets: the four failure classes of issue 15 first, then the changes that must not break anchoring. */
export const CLASSES = [
  'look-alike',
  'context',
  'pdf-page',
  'gone-long',
  'token-ends',
  'duplicate',
  'moved',
  'reflow',
  'whitespace-width',
  'typo',
  'edited',
  'ported',
] as const;
export type FailureClass = (typeof CLASSES)[number];

/** Found: the quote's words; changed: its place with the words edited (`orNotFound`: refusing it is as honest). */
export type Expected =
  | { verdict: 'found' | 'changed'; start: number; end: number; page?: number; orNotFound?: boolean }
  | { verdict: 'notFound' };

export type CorpusCase = {
  id: string;
  class: FailureClass;
  lang: 'zh' | 'en';
  note: string;
  selector: CorpusSelector;
  /** An HTML page's text, or a PDF's pages' text. */
  text?: string;
  pages?: string[];
  expected: Expected;
};

export type Answer = { start: number; end: number; verdict: 'found' | 'changed'; page?: number } | null;

/** Correct; a false anchor (a place where there is none, a wrong place or page, or "found" for a changed quote);
 * missed (nothing where there is a place); imprecise (the right place, its ends or found/changed off). */
export type Judgement = 'correct' | 'false-anchor' | 'missed' | 'imprecise';

export function judge(c: CorpusCase, answer: Answer): Judgement {
  const expected = c.expected;
  if (expected.verdict === 'notFound') return answer ? 'false-anchor' : 'correct';
  if (!answer) return expected.orNotFound ? 'correct' : 'missed';
  if ((expected.page ?? 1) !== (answer.page ?? 1)) return 'false-anchor';
  const folded = foldText(c.pages ? c.pages[(expected.page ?? 1) - 1]! : c.text!);
  const [es, ee, as, ae] = [expected.start, expected.end, answer.start, answer.end].map((at) => foldedIndexOf(folded, at)) as [number, number, number, number];
  const overlap = Math.max(0, Math.min(ee, ae) - Math.max(es, as));
  const union = Math.max(ee, ae) - Math.min(es, as);
  if (union === 0 || overlap / union < 0.5) return 'false-anchor';
  if (answer.verdict === 'found' && expected.verdict === 'changed') return 'false-anchor';
  return answer.verdict === expected.verdict && es === as && ee === ae ? 'correct' : 'imprecise';
}
