// How rare each token is in a page. In a CSR report the boilerplate of a formulaic sentence ("报告期内未发生",
// "覆盖率达到", "during the reporting period") recurs everywhere, while what makes one sentence that sentence
// — a figure, a year, the kind of incident, a site's name — is rare: rare tokens weigh more in every comparison.
import type { FoldedText } from './normalize';
import { adjacent, charClass, HASH_SEED, hashStep, RUN_IDS, SINGLE } from './tokens';

export type Rarity = {
  /** The information in one occurrence of a token: ln(1 + N / (1 + occurrences)), N tokens in the page
   * (`more`: occurrences to count besides the page's, e.g. the quote's own in the page it came from). */
  weight(id: number, more?: number): number;
  /** The weight of a token the page does not hold. */
  max: number;
};

/** Words, numbers and characters beyond the BMP share a hashed table (collisions only blur rarity). */
const slot = (id: number, mask: number) => (id >= RUN_IDS ? id - RUN_IDS : Math.imul(id, 0x9e3779b1) >>> 0) & mask;

/** Counts every token of a folded page in one pass, without allocating per token. */
export function pageRarity(page: FoldedText): Rarity {
  const folded = page.text;
  const length = folded.length;
  const singles = new Uint32Array(0x10000);
  const bits = Math.min(16, Math.max(8, Math.ceil(Math.log2(length + 1))));
  const mask = (1 << bits) - 1;
  const others = new Uint32Array(mask + 1);
  let tokens = 0;
  for (let i = 0; i < length; tokens++) {
    const code = folded.charCodeAt(i);
    // Chinese text is nearly all single characters of the BMP: counted straight away.
    if (code >= 0x3000 && (code < 0xd800 || code > 0xdbff)) {
      singles[code]!++;
      i++;
      continue;
    }
    const kind = charClass(code);
    if (kind === SINGLE) {
      const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < length;
      if (wide) others[slot(folded.codePointAt(i)!, mask)]!++;
      else singles[code]!++;
      i += wide ? 2 : 1;
      continue;
    }
    let hash = hashStep(HASH_SEED, code);
    for (i++; i < length && charClass(folded.charCodeAt(i)) === kind && adjacent(page, i); i++) hash = hashStep(hash, folded.charCodeAt(i));
    others[slot(RUN_IDS + (hash >>> 0), mask)]!++;
  }
  const count = (id: number) => (id < 0x10000 ? singles[id]! : others[slot(id, mask)]!);
  return { weight: (id, more = 0) => Math.log1p(tokens / (1 + more + count(id))), max: Math.log1p(tokens) };
}
