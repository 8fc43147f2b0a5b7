// W3C TextQuote selectors from a page's text: the exact words plus the context that tells repeats apart.

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

export type QuoteAt = { exact: string; prefix: string; suffix: string; start: number; end: number };

/**
 * The quote between `start` and `end` of `text`, trimmed of surrounding whitespace (offsets follow the trim),
 * with up to CONTEXT_LENGTH characters of prefix and suffix. Null when only whitespace is selected.
 */
export function quoteAt(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): QuoteAt | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (from === to) return null;
  return {
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - contextLength), from),
    suffix: text.slice(to, to + contextLength),
    start: from,
    end: to,
  };
}
