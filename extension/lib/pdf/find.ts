// Find in a PDF: every occurrence of a query in the pages' text, Chinese or English, across pages. Text is
// compared folded (NFKC, lower case, no whitespace: a PDF's text layer breaks lines and spaces words and even
// Chinese characters apart), and each match is given back in the page's own text offsets, to highlight it.

/** A page's text folded, with where in the original text each folded character starts and ends. */
export type FoldedPage = { folded: string; starts: number[]; ends: number[] };
export type FindMatch = { pageNumber: number; start: number; end: number };

/** At most this many matches are listed: a query for "的" in a long report is not a search. */
export const MAX_MATCHES = 1_000;

export function foldPage(text: string): FoldedPage {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    const end = at + char.length;
    for (const part of char.normalize('NFKC').toLowerCase()) {
      if (/\s/u.test(part)) continue;
      folded += part;
      for (let i = 0; i < part.length; i++) {
        starts.push(at);
        ends.push(end);
      }
    }
    at = end;
  }
  return { folded, starts, ends };
}

export const foldQuery = (query: string) => foldPage(query).folded;

/** Matches of `query` in `pages` (index 0 is page 1), in reading order, at most MAX_MATCHES. */
export function findInPages(pages: readonly FoldedPage[], query: string): FindMatch[] {
  const needle = foldQuery(query);
  const matches: FindMatch[] = [];
  if (!needle) return matches;
  pages.forEach((page, index) => {
    for (let at = page.folded.indexOf(needle); at >= 0 && matches.length < MAX_MATCHES; at = page.folded.indexOf(needle, at + needle.length)) {
      matches.push({ pageNumber: index + 1, start: page.starts[at]!, end: page.ends[at + needle.length - 1]! });
    }
  });
  return matches;
}
