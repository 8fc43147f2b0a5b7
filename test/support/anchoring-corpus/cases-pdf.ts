// Generated cases on PDFs' pages: the quoted sentence's words also stand on other pages (in other contexts),
// and pages are inserted or removed before it, so the page now at the recorded number is the wrong one.
import type { CorpusCase } from './corpus';
import { formulaic, narratives, numbered, paragraph, pdf, type Report, type Sentence, type Source } from './documents';
import { foldText } from '../../../shared/anchoring/normalize';
import { capture, copy, rangeOf, remove, render, setText, type Doc } from './model';
import { reflow, spaced } from './transforms';
import type { Lang } from './vocabulary';
import type { Generator } from './cases-html';

type Outcome = 'found' | 'changed-or-not-found' | 'notFound';

function pdfCase(id: string, lang: Lang, note: string, before: Doc[], page: number, quoted: [number, number], after: Doc[], outcome: Outcome): CorpusCase {
  const [old, now] = [numbered(before), numbered(after)];
  const selector = { ...capture(old[page - 1]!, ...quoted), page };
  const pages = now.map((p) => render(p));
  const at = pages.findIndex((p) => p.at.has(quoted[0]));
  const range = at >= 0 ? rangeOf(pages[at]!, ...quoted) : null;
  if (outcome !== 'notFound' && !range) throw new Error(`${id}: the quoted pieces are on no page`);
  const expected =
    outcome === 'notFound'
      ? ({ verdict: 'notFound' } as const)
      : { verdict: outcome === 'found' ? ('found' as const) : ('changed' as const), start: range![0], end: range![1], page: at + 1, ...(outcome === 'found' ? {} : { orNotFound: true }) };
  return { id, class: 'pdf-page', lang, note, selector, pages: pages.map((p) => p.text), expected };
}

type Setup = { lang: Lang; reports: Report[]; page: number; s: Sentence; quoted: [number, number]; beside: string[] };

/** A narrative sentence that neither ends as the quote's prefix nor begins as its suffix (folded, 12
 * characters): a copy's context is another one. */
function otherNarrative(lang: Lang, src: Source, beside: string[]): Sentence {
  const [before, after] = beside.map((b) => foldText(b).text) as [string, string];
  for (;;) {
    const [sentence] = narratives(lang, 1, src);
    const text = foldText(sentence!.pieces.map((p) => p.text).join('')).text;
    if (!text.endsWith(before.slice(-12)) && !text.startsWith(after.slice(0, 12))) return sentence!;
  }
}

/** The same words as the quoted sentence, as a new paragraph among other narrative sentences of `page`. */
function plantCopy(page: Doc, setup: Pick<Setup, 'lang' | 's' | 'beside'>, src: Source) {
  const { lang, s, beside } = setup;
  const twin = formulaic(lang, s.family!, s.values!);
  page.splice(1 + src.int(page.length - 1), 0, paragraph(lang, [otherNarrative(lang, src, beside), twin, otherNarrative(lang, src, beside)]));
}

/** The text before and after a sentence on its page, as a capture's prefix and suffix would hold it. */
function besideOf(page: Doc, s: Sentence): string[] {
  const q = capture(page, s.pieces[0]!.id, s.pieces.at(-1)!.id);
  return [q.prefix, q.suffix];
}

/** A PDF of 8–12 pages, a formulaic sentence quoted on a middle page, its words planted on some other pages. */
function setup(lang: Lang, src: Source): Setup {
  const reports = pdf(lang, src, 8 + src.int(5));
  const page = 3 + src.int(reports.length - 4);
  const s = src.pick(reports[page - 1]!.sentences.filter((x) => x.family));
  const beside = besideOf(reports[page - 1]!.doc, s);
  reports.forEach((r, i) => i !== page - 1 && src.rand() < 0.4 && plantCopy(r.doc, { lang, s, beside }, src));
  return { lang, reports, page, s, quoted: [s.pieces[0]!.id, s.pieces.at(-1)!.id], beside };
}

/** `count` new pages, each also holding the quoted sentence's words in its own context. */
function newPages(setup: Setup, count: number, src: Source): Doc[] {
  return pdf(setup.lang, src, count).map((r) => {
    plantCopy(r.doc, setup, src);
    return r.doc;
  });
}

const docs = (s: Setup) => s.reports.map((r) => r.doc);

export const PDF_GENERATORS: Record<string, Generator> = {
  'pages-inserted': (lang, src, n) => {
    const s = setup(lang, src);
    const after = docs(s).map(copy);
    after.splice(s.page - 1, 0, ...newPages(s, 1 + src.int(3), src));
    return pdfCase(`${lang}-pdf-inserted-${n}`, lang, 'pages inserted before the quote; the pages now at its number hold its words in other contexts', docs(s), s.page, s.quoted, after, 'found');
  },
  'pages-removed': (lang, src, n) => {
    const s = setup(lang, src);
    const after = docs(s).map(copy);
    const count = 1 + src.int(Math.min(2, s.page - 1));
    after.splice(s.page - 1 - count, count);
    plantCopy(after[s.page - 1]!, s, src);
    return pdfCase(`${lang}-pdf-removed-${n}`, lang, 'pages removed before the quote; the page now at its number holds its words in another context', docs(s), s.page, s.quoted, after, 'found');
  },
  'page-gone': (lang, src, n) => {
    const s = setup(lang, src);
    const after = docs(s).map(copy);
    after.splice(s.page - 1, 1);
    plantCopy(after[s.page - 1]!, s, src);
    return pdfCase(`${lang}-pdf-page-gone-${n}`, lang, "the quote's page removed; its words stand on other pages in other contexts", docs(s), s.page, s.quoted, after, 'notFound');
  },
  'deleted-on-page': (lang, src, n) => {
    const s = setup(lang, src);
    const after = docs(s).map(copy);
    remove(after[s.page - 1]!, ...s.quoted);
    if (src.rand() < 0.5) after.splice(s.page - 1, 0, ...newPages(s, 1, src));
    return pdfCase(`${lang}-pdf-deleted-${n}`, lang, 'the quoted sentence deleted from its page; its words stand on other pages', docs(s), s.page, s.quoted, after, 'notFound');
  },
  'edited-after-insert': (lang, src, n) => {
    const s = setup(lang, src);
    const after = docs(s).map(copy);
    const figure = s.s.pieces.find((p) => /\d/.test(p.text)) ?? s.s.pieces.find((p) => p.text.length > 4)!;
    const edited = /\d/.test(figure.text) ? figure.text.replace(/\d+/, (d) => String(Number(d) + 3)) : lang === 'zh' ? `${figure.text.slice(0, -1)}等${figure.text.slice(-1)}` : figure.text.replace(' ', ' also ');
    setText(after[s.page - 1]!, figure.id, edited);
    after.splice(s.page - 1, 0, ...newPages(s, 1 + src.int(2), src));
    return pdfCase(`${lang}-pdf-edited-${n}`, lang, 'pages inserted before the quote and the quote edited on its page; its old words stand on other pages', docs(s), s.page, s.quoted, after, 'changed-or-not-found');
  },
  'reflowed-page': (lang, src, n) => {
    const s = setup(lang, src);
    const after = docs(s).map(copy);
    const page = after[s.page - 1]!;
    // The text layer extracted anew: Chinese with spaces between characters, English with other line breaks.
    for (const para of page) para.forEach((p, i) => (para[i] = { ...p, text: lang === 'zh' ? spaced(p.text) : reflow(p.text, src) }));
    if (src.rand() < 0.5) after.splice(s.page - 1, 0, ...newPages(s, 1, src));
    return pdfCase(`${lang}-pdf-reflowed-${n}`, lang, "the quote's page extracted with other spacing and line breaks, pages maybe inserted before it", docs(s), s.page, s.quoted, after, 'found');
  },
};
