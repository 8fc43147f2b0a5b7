// Random reports built from the vocabulary: sections mixing narrative sentences with lists of formulaic
// look-alikes, per-site subsections repeating the same sentences, and PDFs with a running header per page.
import { random } from '../report-pages';
import { piece, type Doc, type Piece } from './model';
import { FAMILIES, HEADINGS, inLang, narrative, RUNNING_HEADER, SITES, type Family, type Lang } from './vocabulary';

export type Source = { rand: () => number; int: (below: number) => number; pick: <T>(list: readonly T[]) => T };

export function source(seed: number): Source {
  const rand = random(seed);
  const int = (below: number) => Math.floor(rand() * below);
  return { rand, int, pick: (list) => list[int(list.length)]! };
}

/** A sentence of a report: its pieces, and for a formulaic one its family and slot values. */
export type Sentence = { pieces: Piece[]; family?: Family; values?: Record<string, string> };
/** A report: its paragraphs, every sentence, and the lists of look-alike formulaic sentences among them. */
export type Report = { lang: Lang; doc: Doc; sentences: Sentence[]; lists: Sentence[][] };

export const randomValues = (family: Family, src: Source) => Object.fromEntries(Object.entries(family.slots).map(([slot, list]) => [slot, src.pick(list)]));

/** The clauses of a formulaic sentence with these values. */
export const clausesOf = (lang: Lang, family: Family, values: Record<string, string>) =>
  family[lang].map((template) => template.replace(/\{(\w+)\}/g, (_, slot: string) => inLang(values[slot]!, lang)));

export function formulaic(lang: Lang, family: Family, values: Record<string, string>): Sentence {
  return { pieces: clausesOf(lang, family, values).map(piece), family, values };
}

export const plain = (clauses: string[]): Sentence => ({ pieces: clauses.map(piece) });

/** The family's most distinctive slot: the one that is not a year or a figure (or the first). */
export const termSlot = (family: Family) => Object.keys(family.slots).find((s) => !['year', 'pct', 'pct2', 'amount', 'change', 'count'].includes(s)) ?? Object.keys(family.slots)[0]!;

/** Look-alikes: sentences of one family differing in their distinctive term (and maybe their figures). */
export function lookAlikes(lang: Lang, family: Family, n: number, src: Source): Sentence[] {
  const slot = termSlot(family);
  const terms = [...family.slots[slot]!].sort(() => src.rand() - 0.5).slice(0, n);
  const base = randomValues(family, src);
  return terms.map((term) => formulaic(lang, family, { ...base, ...(src.rand() < 0.5 ? randomValues(family, src) : {}), [slot]: term }));
}

/** One paragraph from sentences: joined directly in Chinese, by a space in English. */
export function paragraph(lang: Lang, sentences: Sentence[]): Piece[] {
  return sentences.flatMap((s, i) => (lang === 'en' && i > 0 ? [piece(' '), ...s.pieces] : s.pieces));
}

export const narratives = (lang: Lang, n: number, src: Source, subject?: string) => Array.from({ length: n }, () => plain(narrative(lang, src.pick, subject)));

/** A report page: a title, then sections of narrative paragraphs and lists of formulaic look-alikes. */
export function report(lang: Lang, src: Source, sections = 4): Report {
  const doc: Doc = [[piece(lang === 'zh' ? '2025年度社会责任报告' : '2025 Sustainability Report')]];
  const sentences: Sentence[] = [];
  const lists: Sentence[][] = [];
  const add = (list: Sentence[]) => {
    sentences.push(...list);
    doc.push(paragraph(lang, list));
    return list;
  };
  const headings = [...HEADINGS[lang]].sort(() => src.rand() - 0.5).slice(0, sections);
  // One list per family, as a report has one section per topic.
  const families = [...FAMILIES].sort(() => src.rand() - 0.5);
  for (const [n, heading] of headings.entries()) {
    doc.push([piece(heading)]);
    add(narratives(lang, 1 + src.int(3), src));
    lists.push(add(lookAlikes(lang, families[n % families.length]!, 3 + src.int(2), src)));
    const family = src.pick(FAMILIES);
    add([...narratives(lang, 1, src), formulaic(lang, family, randomValues(family, src)), ...narratives(lang, 1, src)]);
  }
  return { lang, doc, sentences, lists };
}

/**
 * A page reporting per site: each site's subsection holds the same formulaic sentence (same words) among
 * its own narrative sentences, so only the context tells the sites' sentences apart. Returns the shared
 * sentences, one per site.
 */
export function perSite(lang: Lang, src: Source, sites = 3): Report & { shared: Sentence[] } {
  const family = src.pick(FAMILIES);
  const values = randomValues(family, src);
  const doc: Doc = [[piece(lang === 'zh' ? '三、各生产基地情况' : '3. Our sites')]];
  const sentences: Sentence[] = [];
  const shared: Sentence[] = [];
  for (const [heading, name] of SITES[lang].slice(0, sites)) {
    const same = formulaic(lang, family, values);
    // The site's own sentences around the shared one, as a site's section reads.
    const list = [...narratives(lang, 1 + src.int(2), src, name), same, ...narratives(lang, 1 + src.int(2), src, name)];
    doc.push([piece(heading!)], paragraph(lang, list));
    sentences.push(...list);
    shared.push(same);
  }
  return { lang, doc, sentences, lists: [], shared };
}

/** A PDF's pages before numbering: a running header, a heading and paragraphs each (see `numbered`). */
export function pdf(lang: Lang, src: Source, pageCount: number): Report[] {
  return Array.from({ length: pageCount }, () => {
    const body = report(lang, src, 1);
    return { ...body, doc: [[piece(RUNNING_HEADER[lang])], ...body.doc.slice(1)] };
  });
}

/** The pages as a PDF's text layer gives them: each with its page number at the foot, counted as they stand now. */
export const numbered = (pages: Doc[]): Doc[] => pages.map((page, i) => [...page, [piece(`— ${i + 1} —`)]]);
