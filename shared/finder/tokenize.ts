// Turning text into index terms for Chinese and English alike: Han runs into overlapping character bigrams
// (a lone character stays a unigram), Latin words lower-cased and lightly stemmed, numbers kept whole.
// Bigrams measured better than word segmentation on the labelled set (docs/adr-010-evidence-finder.md).

export type Tokenizer = (text: string) => string[];

const HAN = /\p{Script=Han}/u;
/** Runs of Han characters, of Latin letters and digits, or of other letters (kept as words). */
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** Words too common in English reports to say anything about an indicator. */
const STOP = new Set(
  'a an and are as at be been but by for from has have in is it its of on or our that the their this to was were which with we all any not no per into other such more than also been both each'.split(' '),
);

/** A light English stemmer: plurals and the commonest verb endings, enough for "employees" ~ "employee". */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** NFKC (full-width → half-width), lower case. */
export const foldForIndex = (text: string) => text.normalize('NFKC').toLowerCase();

/** Character bigrams over Han runs, stemmed words elsewhere. */
export const bigramTokens: Tokenizer = (text) => {
  const terms: string[] = [];
  for (const [run] of foldForIndex(text).matchAll(RUNS)) {
    if (HAN.test(run[0]!)) {
      const chars = Array.from(run);
      if (chars.length === 1) terms.push(run);
      for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
    } else if (!STOP.has(run)) terms.push(stem(run));
  }
  return terms;
};

/** Words from Intl.Segmenter (ICU's dictionary for Chinese), the same folding and stemming for the rest. */
export function segmenterTokens(locale = 'zh'): Tokenizer {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return (text) => {
    const terms: string[] = [];
    for (const { segment, isWordLike } of segmenter.segment(foldForIndex(text))) {
      if (!isWordLike) continue;
      if (HAN.test(segment[0]!)) terms.push(segment);
      else if (!STOP.has(segment)) terms.push(stem(segment));
    }
    return terms;
  };
}
