// A report's passages and their inverted index in the compact form stored in D1 (JSON text): the text of
// each page (the quote's context comes from it), each passage's place in it, then each term's passage list as base-36 gaps ("3.a:2.1" = passages 3 (tf 1),
// 13 (tf 2), 14 (tf 1)). Decoding reads only the terms a query asks for; bm25.ts scores it like the index
// built from the texts, which is the reference it is tested against.
import { termCounts, type PassageIndex, type Postings } from './bm25';
import type { PageText, Passage } from './passages';
import type { Tokenizer } from './tokenize';

export const INDEX_FORMAT = 1;

export type StoredIndex = {
  v: typeof INDEX_FORMAT;
  /** The tokenizer the terms came from: an index is rebuilt when it changes. */
  tokenizer: string;
  /** Page numbers and texts of the pages that hold passages. */
  pageNumbers: number[];
  pages: string[];
  /** Per passage: the index of its page in `pages`, start, end (offsets in that page's text). */
  places: number[];
  lengths: number[];
  /** Terms joined by spaces (a term never holds whitespace). */
  terms: string;
  postings: string[];
};

export type StoredPassage = Passage & { key: string; /** The whole text of its page. */ pageText: string };

/** A passage's identity across re-indexing: the same words on a changed report keep their key (FNV-1a, two seeds). */
export function passageKey(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export function encodeIndex(pages: readonly PageText[], passages: readonly Passage[], tokenize: Tokenizer, tokenizer: string): StoredIndex {
  const lists = new Map<string, { last: number; parts: string[] }>();
  const lengths: number[] = [];
  passages.forEach((passage, id) => {
    const terms = tokenize(passage.text);
    lengths.push(terms.length);
    for (const [term, tf] of termCounts(terms)) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { last: 0, parts: [] }));
      const gap = (id - list.last).toString(36);
      list.parts.push(tf > 1 ? `${gap}:${tf.toString(36)}` : gap);
      list.last = id;
    }
  });
  const terms = [...lists.keys()];
  const used = pages.filter((page) => passages.some((p) => p.page === page.page));
  const slot = new Map(used.map((page, i) => [page.page, i]));
  return {
    v: INDEX_FORMAT,
    tokenizer,
    pageNumbers: used.map((page) => page.page),
    pages: used.map((page) => page.text),
    places: passages.flatMap((p) => [slot.get(p.page)!, p.start, p.end]),
    lengths,
    terms: terms.join(' '),
    postings: terms.map((term) => lists.get(term)!.parts.join('.')),
  };
}

function decodePostings(encoded: string): Postings {
  const ids: number[] = [];
  const tfs: number[] = [];
  let id = 0;
  for (const part of encoded.split('.')) {
    const colon = part.indexOf(':');
    id += parseInt(colon < 0 ? part : part.slice(0, colon), 36);
    ids.push(id);
    tfs.push(colon < 0 ? 1 : parseInt(part.slice(colon + 1), 36));
  }
  return { ids, tfs };
}

export type DecodedIndex = { index: PassageIndex; passages: StoredPassage[] };

export function decodeIndex(stored: StoredIndex): DecodedIndex {
  const slot = new Map<string, number>();
  stored.terms.split(' ').forEach((term, i) => term && slot.set(term, i));
  const decoded = new Map<number, Postings>();
  const total = stored.lengths.reduce((sum, n) => sum + n, 0);
  const count = stored.lengths.length;
  return {
    index: {
      count,
      lengths: stored.lengths,
      averageLength: count ? total / count : 0,
      postings(term) {
        const i = slot.get(term);
        if (i === undefined) return undefined;
        let list = decoded.get(i);
        if (!list) decoded.set(i, (list = decodePostings(stored.postings[i]!)));
        return list;
      },
    },
    passages: stored.lengths.map((_, i) => {
      const pageText = stored.pages[stored.places[3 * i]!]!;
      const start = stored.places[3 * i + 1]!;
      const end = stored.places[3 * i + 2]!;
      const text = pageText.slice(start, end);
      return { page: stored.pageNumbers[stored.places[3 * i]!]!, start, end, text, key: passageKey(text), pageText };
    }),
  };
}
