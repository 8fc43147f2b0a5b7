// Which enterprises a text names: unified social credit codes (check character verified) and candidates for
// a registered name (every tail of the words before a company suffix), so the worker can match them exactly.
import { creditCodeProblem } from './credit-code';

export type Mentions = { creditCodes: string[]; names: string[] };

export const MAX_CODES = 20;
export const MAX_NAMES = 300;
/** Registered names run to about 50 characters. */
const MAX_NAME = 50;
/** A name has at least two characters of its own before its legal form (华鑫公司, not 有限公司). */
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|分公司|总公司|公司|集团|厂|合作社|事务所)$/;
const named = (name: string) => name.replace(LEGAL_FORM, '').length >= 2;

const CODE = /(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])/g;
/** Where a registered name ends: 有限公司 and 分公司 end in 公司 too. */
const SUFFIX = /公司|集团|厂|合作社|事务所/g;
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9()（）·&]/u;
/** PDFs and wrapped lines put spaces and breaks inside Chinese words. */
const HAN_GAP = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

const toFullWidth = (name: string) => name.replace(/\(/g, '（').replace(/\)/g, '）');
const toHalfWidth = (name: string) => name.replace(/（/g, '(').replace(/）/g, ')');

export const noMentions = (): Mentions => ({ creditCodes: [], names: [] });

/**
 * Credit codes and name candidates in `text`, in order of first appearance, at most MAX_CODES and
 * MAX_NAMES. A name candidate is each tail of the run of name characters that ends with a suffix, with at
 * least two characters before its legal form: "根据上海华鑫汽车零部件有限公司" gives "上海华鑫…有限公司", "海华鑫…有限公司", ….
 * Names are offered with brackets both full- and half-width, since registries and pages differ.
 */
export function findMentions(text: string, limits = { codes: MAX_CODES, names: MAX_NAMES }): Mentions {
  const creditCodes = new Set<string>();
  for (const [match] of text.matchAll(CODE)) {
    if (creditCodes.size >= limits.codes) break;
    const code = match.toUpperCase();
    if (creditCodeProblem(code) === null) creditCodes.add(code);
  }
  const names = new Set<string>();
  const joined = text.replace(HAN_GAP, '');
  for (const match of joined.matchAll(SUFFIX)) {
    const end = match.index + match[0].length;
    let start = match.index;
    while (start > 0 && end - start < MAX_NAME && NAME_CHAR.test(joined[start - 1]!)) start--;
    for (let from = start; from < match.index; from++) {
      const name = joined.slice(from, end);
      if (!named(name)) break;
      for (const variant of new Set([name, toFullWidth(name), toHalfWidth(name)])) {
        if (names.size >= limits.names) return { creditCodes: [...creditCodes], names: [...names] };
        names.add(variant);
      }
    }
  }
  return { creditCodes: [...creditCodes], names: [...names] };
}

/** `first`'s mentions, then what `rest` adds, within the limits (the quote before the page). */
export function mergeMentions(first: Mentions, ...rest: Mentions[]): Mentions {
  const all = [first, ...rest];
  return {
    creditCodes: [...new Set(all.flatMap((m) => m.creditCodes))].slice(0, MAX_CODES),
    names: [...new Set(all.flatMap((m) => m.names))].slice(0, MAX_NAMES),
  };
}
