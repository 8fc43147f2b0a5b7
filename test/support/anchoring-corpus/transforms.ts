// How a page's text changes without its words changing (reflow, spacing, full-width forms) and how a typo
// changes one of them: applied to a piece's text by the case generators.
import type { Source } from './documents';

const isHan = (c: string) => /\p{Script=Han}/u.test(c);

/** Line breaks where a re-laid-out page or a PDF's text layer puts them: between Chinese characters, for a
 * space, or hyphenating an English word. */
export function reflow(text: string, src: Source): string {
  const chars = [...text];
  for (let n = 1 + src.int(2); n > 0; n--) {
    const at = 1 + src.int(Math.max(1, chars.length - 2));
    if (chars[at] === ' ') chars[at] = '\n';
    else if (/[a-z]/i.test(chars[at - 1]!) && /[a-z]/i.test(chars[at]!)) chars.splice(at, 0, '-\n');
    else chars.splice(at, 0, src.rand() < 0.5 ? '\n' : ' \n');
  }
  return chars.join('');
}

/** A PDF text layer's way with Chinese: a space between characters of a line. */
export const spaced = (text: string) => [...text].map((c, i, all) => (i > 0 && isHan(c) && isHan(all[i - 1]!) ? ` ${c}` : c)).join('');

const toFull = (c: string) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c === ' ' ? '\u3000' : c);
const halfPunctuation: Record<string, string> = { '，': ',', '。': '.', '：': ':', '；': ';', '（': '(', '）': ')', '％': '%' };

/** Letters, digits and punctuation in their other width; spaces doubled or made no-break. */
export function rewidth(text: string, src: Source): string {
  const full = src.rand() < 0.5;
  return [...text]
    .map((c) => (full ? toFull(c) : (halfPunctuation[c] ?? (c === ' ' ? (src.rand() < 0.5 ? '  ' : '\u00a0') : c))))
    .join('');
}

const lookAlikeHan = '己已巳末未土士日曰人入八儿';

/** One typo inside `text` (never at its first or last character): a character swapped for another in
 * Chinese, two letters transposed or one dropped in English. Null when there is no room for one. */
export function typo(text: string, src: Source): string | null {
  const chars = [...text];
  const inner = chars.map((c, i) => i).filter((i) => i > 0 && i < chars.length - 1 && (isHan(chars[i]!) || /[a-z]/.test(chars[i]!)));
  if (inner.length === 0) return null;
  const at = src.pick(inner);
  if (isHan(chars[at]!)) chars[at] = lookAlikeHan[src.int(lookAlikeHan.length)]!;
  else if (/[a-z]/.test(chars[at + 1] ?? '') && src.rand() < 0.5) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
  else chars.splice(at, 1);
  const result = chars.join('');
  return result === text ? null : result;
}
