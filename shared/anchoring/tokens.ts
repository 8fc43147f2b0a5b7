// The units quotes are compared and cut in, over folded text: a word of letters, a number, or one character
// of anything else (a Chinese character, a kana, a symbol; a surrogate pair counts as one). Folding drops
// spaces and punctuation, so where one word ends and the next begins is read from the original offsets.
import type { FoldedText } from './normalize';

/** What a folded code unit belongs to: a token on its own, part of a word, or part of a number. */
export const SINGLE = 0;
export const LETTER = 1;
export const DIGIT = 2;

export function charClass(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return LETTER;
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  // Latin with diacritics is ASCII once folded; Greek, Cyrillic and Latin letters folding keeps form words too.
  if ((code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x52f)) return LETTER;
  return SINGLE;
}

/** One token: an id equal for equal tokens, and where it lies in the folded text. */
export type Token = { id: number; start: number; end: number };

/** Ids at or above this are words and numbers (their hash); below, a single character's code point. */
export const RUN_IDS = 0x200000;

/** FNV-1a, one code unit at a time. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** A word hyphenated across a line break (or with a soft hyphen) is still one word. */
const HYPHENATED = /^(?:\u00ad+|[-\u2010]\s*\n\s*)$/;

/** Whether folded characters `at - 1` and `at` stood side by side in the original: nothing folded away between
 * them but a line-break hyphenation. */
export function adjacent(f: FoldedText, at: number): boolean {
  const previous = f.offsets[at - 1]!;
  const next = previous + (isHigh(f.source.charCodeAt(previous)) ? 2 : 1);
  if (f.offsets[at]! <= next) return true;
  const between = f.source.charCodeAt(next);
  return (between === 0x2d || between === 0xad || between === 0x2010) && HYPHENATED.test(f.source.slice(next, f.offsets[at]!));
}

/** Whether folded characters `at - 1` and `at` belong to one word or number. */
const sameRun = (f: FoldedText, at: number, kind: number) => charClass(f.text.charCodeAt(at)) === kind && adjacent(f, at);

/** The end of the token that starts at `at`. */
export function tokenEnd(f: FoldedText, at: number): number {
  const code = f.text.charCodeAt(at);
  const kind = charClass(code);
  if (kind === SINGLE) return isHigh(code) && at + 1 < f.text.length ? at + 2 : at + 1;
  let end = at + 1;
  while (end < f.text.length && sameRun(f, end, kind)) end++;
  return end;
}

/** The id of the token text[start, end): its code point, or for a word or number the hash of its characters. */
export function tokenId(text: string, start: number, end: number): number {
  if (charClass(text.charCodeAt(start)) === SINGLE) return text.codePointAt(start)!;
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return RUN_IDS + (hash >>> 0);
}

/** The tokens of folded text[from, to); a word cut by `from` or `to` counts as the part inside. */
export function tokenize(f: FoldedText, from = 0, to = f.text.length): Token[] {
  const tokens: Token[] = [];
  for (let at = Math.max(0, from); at < to; ) {
    const end = Math.min(to, tokenEnd(f, at));
    tokens.push({ id: tokenId(f.text, at, end), start: at, end });
    at = end;
  }
  return tokens;
}

/** Whether a boundary at `at` falls inside a word or number (or between the halves of a surrogate pair). */
export function insideToken(f: FoldedText, at: number): boolean {
  if (at <= 0 || at >= f.text.length) return false;
  const before = f.text.charCodeAt(at - 1);
  if (isHigh(before)) return true;
  const kind = charClass(before);
  return kind !== SINGLE && sameRun(f, at, kind);
}

/** The [start, end) of the word, number or surrogate pair a boundary falls inside. */
function tokenAround(f: FoldedText, at: number): [number, number] {
  if (isHigh(f.text.charCodeAt(at - 1))) return [at - 1, at + 1];
  const kind = charClass(f.text.charCodeAt(at));
  let start = at;
  let end = at;
  while (start > 0 && charClass(f.text.charCodeAt(start - 1)) === kind && adjacent(f, start)) start--;
  while (end < f.text.length && sameRun(f, end, kind)) end++;
  return [start, end];
}

/**
 * Moves the ends of a match in folded text to token boundaries, so a highlight never cuts a word or a
 * number: an end inside a token takes in the whole token when at least half of it is inside the match,
 * and leaves it out otherwise. `keep` names ends that stay (the quote itself began or ended inside a word).
 */
export function snapToTokens(f: FoldedText, start: number, end: number, keep: { start?: boolean; end?: boolean } = {}): [number, number] {
  let [from, to] = [start, end];
  if (!keep.start && insideToken(f, start)) {
    const [tokenStart, tokenStop] = tokenAround(f, start);
    from = Math.min(tokenStop, end) - start >= (tokenStop - tokenStart) / 2 ? tokenStart : tokenStop;
  }
  if (!keep.end && insideToken(f, end)) {
    const [tokenStart, tokenStop] = tokenAround(f, end);
    to = end - Math.max(tokenStart, start) >= (tokenStop - tokenStart) / 2 ? tokenStop : tokenStart;
  }
  return to > from ? [from, to] : [start, end];
}
