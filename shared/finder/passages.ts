// Splitting a page's text into passages of a few sentences, each with its offsets in that same text (the
// coordinates of the extension's selectors), never across a block (paragraph, list item, cell).

export type Range = { start: number; end: number };
/** One page of a report: its text exactly as the extension sees it, and its blocks (the whole page when unknown). */
export type PageText = { page: number; text: string; blocks?: Range[] };
export type Passage = { page: number; start: number; end: number; text: string };

/** Han characters count 1, other characters about a third: a passage holds a few sentences in either language. */
const weight = (code: number) => (code >= 0x3400 && code <= 0x9fff ? 1 : 0.35);
/** A passage grows until it weighs this much… */
const TARGET = 110;
/** …and a sentence that would take it past this starts the next one. */
const MAX = 260;
/** Longer sentences are cut (at a comma or space if there is one near): a table row run together, a list without stops. */
const HARD_MAX = 400;
/** Passages lighter than this (headings, page numbers, captions) are not suggested. */
const MIN = 12;

/** Where sentences end: Chinese and Western stops (with closing quotes or brackets after them). */
const SENTENCE_END = /[。！？!?；;]+[”’"'）)》」』]*|\.(?=\s|$)[”’"')]*/g;

function sentencesIn(text: string, from: number, to: number): Range[] {
  const out: Range[] = [];
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    const end = Math.min(to, m.index + m[0].length);
    out.push({ start, end });
    start = end;
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

const weightOf = (text: string, { start, end }: Range) => {
  let w = 0;
  for (let i = start; i < end; i++) w += weight(text.charCodeAt(i));
  return w;
};

/** Cuts a range that weighs more than HARD_MAX at a comma or a space before the limit (else at the limit). */
function cutLong(text: string, range: Range): Range[] {
  const out: Range[] = [];
  let { start } = range;
  while (weightOf(text, { start, end: range.end }) > HARD_MAX) {
    let w = 0;
    let limit = start;
    while (limit < range.end && w + weight(text.charCodeAt(limit)) <= MAX) w += weight(text.charCodeAt(limit++));
    let cut = limit;
    for (let i = limit - 1; i > start + (limit - start) / 2; i--) {
      if (/[，,、：:\s]/.test(text[i]!)) {
        cut = i + 1;
        break;
      }
    }
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: range.end });
  return out;
}

/** The range without whitespace at either end (empty when it is all whitespace). */
function trimmed(text: string, { start, end }: Range): Range {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function splitPassages(page: PageText): Passage[] {
  const { text } = page;
  const passages: Passage[] = [];
  const emit = (range: Range) => {
    const r = trimmed(text, range);
    if (r.end > r.start && weightOf(text, r) >= MIN) passages.push({ page: page.page, start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  };
  for (const block of page.blocks ?? [{ start: 0, end: text.length }]) {
    let current: Range | null = null;
    let currentWeight = 0;
    for (const sentence of sentencesIn(text, block.start, block.end).flatMap((s) => cutLong(text, s))) {
      const w = weightOf(text, sentence);
      if (current && (currentWeight >= TARGET || currentWeight + w > MAX)) {
        emit(current);
        current = null;
        currentWeight = 0;
      }
      current = current ? { start: current.start, end: sentence.end } : { ...sentence };
      currentWeight += w;
    }
    if (current) emit(current);
  }
  return passages;
}
