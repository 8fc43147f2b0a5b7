// Generated cases on HTML pages' text, one function per trap: each quotes pieces of a random report, changes
// the report, and records where the quoted pieces are now (or that they are gone).
import type { CorpusCase, FailureClass } from './corpus';
import { clausesOf, formulaic, narratives, paragraph, perSite, randomValues, report, termSlot, type Sentence, type Source } from './documents';
import { capture, copy, locate, rangeOf, remove, render, setText, type Doc } from './model';
import { reflow, rewidth, typo } from './transforms';
import { FAMILIES, inLang, type Lang } from './vocabulary';

type Outcome = 'found' | 'changed' | 'changed-or-not-found' | 'notFound';

/** A case from the report before and after, the quoted pieces and what should be found. */
export function htmlCase(id: string, cls: FailureClass, lang: Lang, note: string, before: Doc, quoted: [number, number], after: Doc, outcome: Outcome): CorpusCase {
  const selector = capture(before, ...quoted);
  const rendered = render(after);
  const range = rangeOf(rendered, ...quoted);
  if (outcome !== 'notFound' && !range) throw new Error(`${id}: the quoted pieces are not in the changed report`);
  const expected =
    outcome === 'notFound'
      ? ({ verdict: 'notFound' } as const)
      : { verdict: outcome === 'found' ? ('found' as const) : ('changed' as const), start: range![0], end: range![1], ...(outcome === 'changed-or-not-found' ? { orNotFound: true } : {}) };
  return { id, class: cls, lang, note, selector, text: rendered.text, expected };
}

const whole = (s: Sentence): [number, number] => [s.pieces[0]!.id, s.pieces.at(-1)!.id];
/** The quoted pieces of the clause holding a formulaic sentence's distinctive term. */
function termClause(s: Sentence, lang: Lang): [number, number] {
  const term = inLang(s.values![termSlot(s.family!)]!, lang);
  const clause = s.pieces.find((p) => p.text.includes(term)) ?? s.pieces[0]!;
  return [clause.id, clause.id];
}

/** Some text added above, as when a report grows a preface: every offset moves. */
function shift(doc: Doc, lang: Lang, src: Source) {
  doc.splice(1, 0, paragraph(lang, narratives(lang, 1 + src.int(3), src)));
}

/** A sentence's term (its distinctive slot) changed in place: to a sibling's term or to one unused nearby. */
function changeTerm(doc: Doc, s: Sentence, lang: Lang, siblings: Sentence[], src: Source) {
  const slot = termSlot(s.family!);
  const used = new Set(siblings.map((x) => x.values![slot]));
  const others = s.family!.slots[slot]!.filter((v) => v !== s.values![slot]);
  const unused = others.filter((v) => !used.has(v));
  const term = src.rand() < 0.5 && unused.length > 0 ? src.pick(unused) : src.pick(others);
  clausesOf(lang, s.family!, { ...s.values!, [slot]: term }).forEach((text, i) => setText(doc, s.pieces[i]!.id, text));
}

const removeSentence = (doc: Doc, s: Sentence) => remove(doc, ...whole(s));

export type Generator = (lang: Lang, src: Source, n: number) => CorpusCase;

const listSentence = (lang: Lang, src: Source) => {
  const r = report(lang, src);
  const list = src.pick(r.lists);
  return { r, list, s: src.pick(list) };
};

export const HTML_GENERATORS: Record<string, Generator> = {
  'term-changed': (lang, src, n) => {
    const { r, list, s } = listSentence(lang, src);
    const after = copy(r.doc);
    changeTerm(after, s, lang, list, src);
    if (src.rand() < 0.5) shift(after, lang, src);
    const quoted = src.rand() < 0.6 ? whole(s) : termClause(s, lang);
    return htmlCase(`${lang}-term-changed-${n}`, 'look-alike', lang, 'a formulaic sentence with its distinctive term changed in place, look-alikes around it', r.doc, quoted, after, 'changed-or-not-found');
  },
  'deleted-look-alikes-left': (lang, src, n) => {
    const { r, s } = listSentence(lang, src);
    const after = copy(r.doc);
    removeSentence(after, s);
    if (src.rand() < 0.5) shift(after, lang, src);
    const quoted = src.rand() < 0.6 ? whole(s) : termClause(s, lang);
    return htmlCase(`${lang}-deleted-${n}`, 'look-alike', lang, 'a formulaic sentence deleted, its look-alikes left', r.doc, quoted, after, 'notFound');
  },
  'same-words-other-context': (lang, src, n) => {
    const r = perSite(lang, src, 3);
    const k = src.int(r.shared.length);
    const s = r.shared[k]!;
    const after = copy(r.doc);
    const edit = n % 3 === 0;
    if (edit) changeTerm(after, s, lang, [], src);
    else removeSentence(after, s);
    // Sometimes only one copy is left elsewhere: a unique exact match whose context says it is another site's.
    if (n % 3 === 2) r.shared.filter((x, i) => i !== k).slice(1).forEach((x) => removeSentence(after, x));
    if (src.rand() < 0.5) shift(after, lang, src);
    const note = edit ? "one site's sentence edited in place; the same words stand in other sites' sections" : "one site's sentence deleted; the same words stand in other sites' sections";
    return htmlCase(`${lang}-other-context-${n}`, 'context', lang, note, r.doc, whole(s), after, edit ? 'changed-or-not-found' : 'notFound');
  },
  duplicate: (lang, src, n) => {
    const r = perSite(lang, src, 2 + src.int(3));
    const s = src.pick(r.shared);
    const after = copy(r.doc);
    shift(after, lang, src);
    // A word of the sentence before it edited too: the context still tells it apart.
    if (n % 2 === 1) {
      const [i, j] = locate(after, s.pieces[0]!.id);
      const before = [...after[i]!.slice(0, j)].reverse().find((p) => p.text.length > 8);
      if (before) setText(after, before.id, lang === 'zh' ? `${before.text.slice(0, 2)}进一步${before.text.slice(2)}` : before.text.replace(' ', ' also '));
    }
    return htmlCase(`${lang}-duplicate-${n}`, 'duplicate', lang, 'the same sentence in several sites\' sections, told apart by its context', r.doc, whole(s), after, 'found');
  },
  moved: (lang, src, n) => {
    const r = report(lang, src);
    const paragraphs = r.doc.map((p, i) => [p, i] as const).filter(([p]) => p.length >= 8);
    const [para, index] = src.pick(paragraphs);
    const sentences = r.sentences.filter((s) => para.includes(s.pieces[0]!) && para.includes(s.pieces.at(-1)!));
    const long = n % 2 === 1;
    const quoted: [number, number] = long ? [para[0]!.id, para.at(-1)!.id] : whole(sentences[Math.min(1, sentences.length - 1)]!);
    const after = copy(r.doc);
    const [moving] = after.splice(index, 1);
    after.splice(index > 3 ? 1 + src.int(index - 2) : Math.min(after.length, index + 2 + src.int(Math.max(1, after.length - index - 2))), 0, moving!);
    const note = long ? 'a whole paragraph moved to another section: both sides of its context changed' : 'a paragraph moved to another section with the quote inside it';
    return htmlCase(`${lang}-moved-${n}`, 'moved', lang, note, r.doc, quoted, after, 'found');
  },
  reflow: (lang, src, n) => textChange(lang, src, n, 'reflow', (text) => reflow(text, src)),
  width: (lang, src, n) => textChange(lang, src, n, 'whitespace-width', (text) => rewidth(text, src)),
  typo: (lang, src, n) => {
    const r = report(lang, src);
    const s = src.pick(r.sentences.filter((x) => x.pieces.some((p) => p.text.length >= 8)));
    const target = s.pieces.filter((p) => p.text.length >= 8).at(-1)!;
    const after = copy(r.doc);
    setText(after, target.id, typo(target.text, src) ?? `${target.text}x`);
    if (src.rand() < 0.5) shift(after, lang, src);
    return htmlCase(`${lang}-typo-${n}`, 'typo', lang, 'a typo inside the quote', r.doc, whole(s), after, 'changed');
  },
  'long-gone': (lang, src, n) => {
    const r = report(lang, src);
    // Last year's paragraph beside this year's: the same formulaic sentences with other figures.
    const families = [0, 1, 2].map(() => src.pick(FAMILIES));
    const thisYear = families.map((f) => formulaic(lang, f, randomValues(f, src)));
    const lastYear = thisYear.map((s) => {
      const values = { ...s.values! };
      const slots = Object.keys(values);
      for (const slot of slots.filter((x, i) => i === 0 || src.rand() < 0.4)) values[slot] = src.pick(s.family!.slots[slot]!.filter((v) => v !== values[slot]));
      return formulaic(lang, s.family!, values);
    });
    r.doc.splice(2, 0, paragraph(lang, thisYear));
    r.doc.splice(4 + src.int(r.doc.length - 4), 0, paragraph(lang, lastYear));
    const quoted: [number, number] = [thisYear[0]!.pieces[0]!.id, thisYear.at(-1)!.pieces.at(-1)!.id];
    const after = copy(r.doc);
    const edit = n % 3 === 0;
    if (edit) {
      const s = src.pick(thisYear);
      const figure = s.pieces.find((p) => /\d/.test(p.text));
      if (figure) setText(after, figure.id, figure.text.replace(/\d+/, (d) => String(Number(d) + 1)));
      else changeTerm(after, s, lang, [], src);
    } else remove(after, ...quoted);
    if (src.rand() < 0.5) shift(after, lang, src);
    const note = edit ? 'a long quote with one figure edited in place' : "a long quote deleted; last year's look-alike paragraph left";
    return htmlCase(`${lang}-long-${n}`, 'gone-long', lang, note, r.doc, quoted, after, edit ? 'changed' : 'notFound');
  },
  'token-ends': (lang, src, n) => {
    const r = report(lang, src);
    const grows = /(\d+)(%?)$|([a-z]{4,})$/;
    const s = src.pick(r.sentences.filter((x) => x.family && x.pieces.some((p) => grows.test(p.text))));
    const clause = s.pieces.filter((p) => grows.test(p.text)).at(-1)!;
    const after = copy(r.doc);
    // The quote's last word or number grows: a match must end after it, not inside it. A figure that grows is
    // a distinctive term changed: refusing the place is as honest as calling it changed.
    const figure = /\d%?$/.test(clause.text);
    setText(after, clause.id, clause.text.replace(grows, (_, d: string, pc: string, w: string) => (d ? `${d}7${pc}` : `${w}s`)));
    if (src.rand() < 0.5) shift(after, lang, src);
    const note = "the quote's last number or word grew: the match ends after it, never inside it";
    return htmlCase(`${lang}-token-ends-${n}`, 'token-ends', lang, note, r.doc, [clause.id, clause.id], after, figure ? 'changed-or-not-found' : 'changed');
  },
  edited: (lang, src, n) => {
    const r = report(lang, src);
    const s = src.pick(r.sentences.filter((x) => !x.family));
    const after = copy(r.doc);
    const first = s.pieces[0]!;
    const words = lang === 'zh' ? ['进一步', '全面', '系统'] : ['further', 'fully', 'also'];
    setText(after, first.id, lang === 'zh' ? `${first.text.slice(0, 2)}${src.pick(words)}${first.text.slice(2)}` : first.text.replace(' ', ` ${src.pick(words)} `));
    if (src.rand() < 0.5) shift(after, lang, src);
    return htmlCase(`${lang}-edited-${n}`, 'edited', lang, 'a narrative sentence with a word added', r.doc, whole(s), after, 'changed');
  },
};

/** A case whose quoted text (and sometimes its context) changes form but not words. */
function textChange(lang: Lang, src: Source, n: number, cls: FailureClass, change: (text: string) => string): CorpusCase {
  const r = report(lang, src);
  const s = src.pick(r.sentences);
  const after = copy(r.doc);
  const [i, j] = locate(after, s.pieces[0]!.id);
  const [, k] = locate(after, s.pieces.at(-1)!.id);
  for (let x = Math.max(0, j - 1); x <= Math.min(after[i]!.length - 1, k + 1); x++) after[i]![x] = { ...after[i]![x]!, text: change(after[i]![x]!.text) };
  if (src.rand() < 0.5) shift(after, lang, src);
  return htmlCase(`${lang}-${cls}-${n}`, cls, lang, cls === 'reflow' ? 'line breaks and hyphenation inside and around the quote' : 'full-width and half-width forms and spacing changed in and around the quote', r.doc, whole(s), after, 'found');
}
