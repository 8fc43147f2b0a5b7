// Runs a matcher over the corpus and sums up: cases, correct anchors, false anchors by class, not-found
// answered correctly. The matcher is a parameter so the figures of an older matcher can be taken the same way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnchorer } from '../../../shared/anchoring/anchor';
import { anchorInPages } from '../../../shared/anchoring/pages';
import { CLASSES, judge, type Answer, type CorpusCase, type CorpusSelector, type FailureClass, type Judgement } from './corpus';
import { fromMarkers, type MarkedCase } from './markers';

export type Matcher = {
  inText(text: string, selector: CorpusSelector): Answer;
  inPages(pages: string[], selector: CorpusSelector & { page: number }): Promise<Answer>;
};

/** shared/anchoring as the extension and the freshness job use it. */
export const ourMatcher: Matcher = {
  inText(text, selector) {
    const found = createAnchorer(text).anchor(selector);
    return found && { start: found.start, end: found.end, verdict: found.verdict };
  },
  async inPages(pages, selector) {
    const found = await anchorInPages(pages.length, async (n) => pages[n - 1]!, { ...selector, pageNumber: selector.page });
    return found && { start: found.start, end: found.end, verdict: found.verdict, page: found.pageNumber };
  },
};

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/anchoring/${name}`, import.meta.url));
const read = <T>(name: string): T => JSON.parse(readFileSync(fixture(name), 'utf8')) as T;

/** Every case: generated, hand-written and ported. */
export function loadCorpus(): CorpusCase[] {
  return [...read<CorpusCase[]>('generated.json'), ...read<MarkedCase[]>('hand-written.json').map(fromMarkers), ...read<MarkedCase[]>('ported.json').map(fromMarkers)];
}

export type Figures = {
  cases: number;
  correct: number;
  falseAnchors: number;
  falseByClass: Partial<Record<FailureClass, number>>;
  notFoundExpected: number;
  notFoundCorrectly: number;
  missed: number;
  imprecise: number;
  /** The cases that were not correct, with the answer given, to show when the test fails. */
  wrong: { id: string; judgement: Judgement; answer: Answer }[];
};

export async function runCorpus(cases: CorpusCase[], matcher: Matcher): Promise<Figures> {
  const figures: Figures = { cases: cases.length, correct: 0, falseAnchors: 0, falseByClass: {}, notFoundExpected: 0, notFoundCorrectly: 0, missed: 0, imprecise: 0, wrong: [] };
  for (const c of cases) {
    const answer = c.pages ? await matcher.inPages(c.pages, { ...c.selector, page: c.selector.page ?? 1 }) : matcher.inText(c.text!, c.selector);
    const judgement = judge(c, answer);
    if (c.expected.verdict === 'notFound') {
      figures.notFoundExpected++;
      if (judgement === 'correct') figures.notFoundCorrectly++;
    }
    if (judgement === 'correct') figures.correct++;
    else figures.wrong.push({ id: c.id, judgement, answer });
    if (judgement === 'false-anchor') {
      figures.falseAnchors++;
      figures.falseByClass[c.class] = (figures.falseByClass[c.class] ?? 0) + 1;
    }
    if (judgement === 'missed') figures.missed++;
    if (judgement === 'imprecise') figures.imprecise++;
  }
  return figures;
}

/** The figures as the test prints them. */
export function describeFigures(f: Figures, casesByClass: Map<FailureClass, number>): string {
  const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
  const byClass = CLASSES.filter((c) => casesByClass.has(c)).map((c) => `${c} ${f.falseByClass[c] ?? 0}/${casesByClass.get(c)}`);
  return [
    `cases ${f.cases}; correct anchors ${f.correct} (${pct(f.correct, f.cases)}); false anchors ${f.falseAnchors}; not found correctly ${f.notFoundCorrectly}/${f.notFoundExpected}; missed ${f.missed}; imprecise ${f.imprecise}`,
    `false anchors by class: ${byClass.join(', ')}`,
  ].join('\n');
}
