// Text folded for matching (width, case, accents, whitespace, punctuation), with a map back to the original.

/** Folded text and, for each of its characters, the offset of the original character it came from. */
export type FoldedText = { source: string; text: string; offsets: Int32Array };

const cache = new Map<number, string>();

/** What a non-ASCII code point folds to: NFKD (full-width → half-width, ① → 1), no marks, lower case; '' drops it. */
function foldCodePoint(code: number, char: string): string {
  let folded = cache.get(code);
  if (folded === undefined) {
    folded = char
      .normalize('NFKD')
      .replace(/[\p{M}\p{P}\p{Z}\p{Cc}\p{Cf}\s]/gu, '')
      .toLowerCase();
    cache.set(code, folded);
  }
  return folded;
}

const utf16 = new TextDecoder('utf-16le');

/** Folds `text` so that width, case, accents, whitespace and punctuation no longer matter. */
export function foldText(text: string): FoldedText {
  // Code units and offsets go into typed arrays: a 1 MB page folds in a few milliseconds.
  let units = new Uint16Array(text.length + 16);
  let offsets = new Int32Array(text.length + 16);
  let length = 0;
  const push = (unit: number, from: number) => {
    if (length === units.length) {
      // Rare: compatibility characters that fold to several (㍻ → 平成).
      const grownUnits = new Uint16Array(units.length * 2);
      const grownOffsets = new Int32Array(units.length * 2);
      grownUnits.set(units);
      grownOffsets.set(offsets);
      [units, offsets] = [grownUnits, grownOffsets];
    }
    units[length] = unit;
    offsets[length++] = from;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) push(code, i);
    else if (code >= 0x41 && code <= 0x5a) push(code + 32, i);
    else if (code >= 0x80) {
      const point = text.codePointAt(i)!;
      const wide = point > 0xffff;
      const folded = foldCodePoint(point, wide ? text.slice(i, i + 2) : text[i]!);
      for (let j = 0; j < folded.length; j++) push(folded.charCodeAt(j), i);
      if (wide) i++;
    }
  }
  return { source: text, text: utf16.decode(units.subarray(0, length)), offsets: offsets.subarray(0, length) };
}

/** Original [start, end) covered by folded [start, end); null when the folded range is empty. */
export function originalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } | null {
  if (end <= start || start < 0 || end > folded.text.length) return null;
  const last = folded.offsets[end - 1]!;
  const code = folded.source.charCodeAt(last);
  // A folded character may come from a surrogate pair: end after both halves.
  return { start: folded.offsets[start]!, end: last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1) };
}

/** The first folded index whose original offset is at or after `offset` (binary search). */
export function foldedIndexOf(folded: FoldedText, offset: number): number {
  let low = 0;
  let high = folded.offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (folded.offsets[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
