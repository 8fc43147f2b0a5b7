// A generated report as pieces of text with ids, so a case can quote some pieces, change the report (delete,
// edit, move, reflow pieces) and still say exactly where the quoted pieces are in the text it renders.
import { quoteAt } from '../../../shared/anchoring/text-quote';
import type { CorpusSelector } from './corpus';

export type Piece = { id: number; text: string };
/** Paragraphs of pieces; a page of a PDF is one such list. */
export type Doc = Piece[][];

let nextId = 1;
export const piece = (text: string): Piece => ({ id: nextId++, text });
/** Ids are only compared within one case: restart them for each generated corpus, so it is reproducible. */
export const resetIds = () => void (nextId = 1);

/** The text of a document: paragraphs on their own lines; and where each piece is in it. */
export function render(doc: Doc): { text: string; at: Map<number, [number, number]> } {
  const at = new Map<number, [number, number]>();
  let text = '';
  doc.forEach((paragraph, i) => {
    if (i > 0) text += '\n';
    for (const p of paragraph) {
      at.set(p.id, [text.length, text.length + p.text.length]);
      text += p.text;
    }
  });
  return { text, at };
}

/** [start, end) of the pieces `first`..`last` in rendered text, trimmed of whitespace as a capture is. */
export function rangeOf(rendered: { text: string; at: Map<number, [number, number]> }, first: number, last: number): [number, number] | null {
  const from = rendered.at.get(first);
  const to = rendered.at.get(last);
  if (!from || !to) return null;
  const q = quoteAt(rendered.text, from[0], to[1], 0);
  return q && [q.start, q.end];
}

/** The selector a capture of pieces `first`..`last` would have produced. */
export function capture(doc: Doc, first: number, last: number): CorpusSelector {
  const rendered = render(doc);
  const [start, end] = rangeOf(rendered, first, last)!;
  const q = quoteAt(rendered.text, start, end)!;
  return { exact: q.exact, prefix: q.prefix, suffix: q.suffix, start: q.start, end: q.end };
}

/** A deep copy whose pieces can be edited without touching the original. */
export const copy = (doc: Doc): Doc => doc.map((paragraph) => paragraph.map((p) => ({ ...p })));

/** The paragraph and index of a piece. */
export function locate(doc: Doc, id: number): [number, number] {
  for (let i = 0; i < doc.length; i++) {
    const j = doc[i]!.findIndex((p) => p.id === id);
    if (j >= 0) return [i, j];
  }
  throw new Error(`no piece ${id}`);
}

/** Replaces the text of a piece in place. */
export function setText(doc: Doc, id: number, text: string) {
  const [i, j] = locate(doc, id);
  doc[i]![j] = { id, text };
}

/** Removes pieces `first`..`last` (one paragraph). */
export function remove(doc: Doc, first: number, last: number) {
  const [i, j] = locate(doc, first);
  const [, k] = locate(doc, last);
  doc[i]!.splice(j, k - j + 1);
  if (doc[i]!.length === 0) doc.splice(i, 1);
}
