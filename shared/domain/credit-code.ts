// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check character,
// read as people type it (full-width characters, spaces and hyphens between groups).

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of position i is 3^i mod 31. */
const weights = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);
/** Characters 3–8 are the administrative division code: digits only. */
const areaDigits = /^.{2}\d{6}/;

/** The check character for the first 17 characters, or null if one of them is not in the code's alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * weights[i]!;
  }
  return alphabet[(31 - (sum % 31)) % 31]!;
}

/**
 * The code as stored: NFKC first (full-width digits and letters become half-width), upper case, and the spaces
 * and hyphens people put between groups removed; `cleaned` says whether any were (an import notes it).
 */
export function normalizeCreditCode(input: string): { code: string; cleaned: boolean } {
  const text = input.normalize('NFKC').trim().toUpperCase();
  const code = text.replace(/[\s\-‐‑‒–—−]/g, '');
  return { code, cleaned: code !== text };
}

export const creditCodeProblems = ['length', 'characters', 'area', 'zero', 'check_digit'] as const;
export type CreditCodeProblem = (typeof creditCodeProblems)[number];

/** The characters of a normalised code that no credit code has (I, O, S, V, Z, other scripts, punctuation). */
export const foreignCharacters = (code: string) => [...new Set([...code].filter((ch) => !alphabet.includes(ch)))];

/** What a message about the problem names: the foreign characters, or how long the code is. */
export function creditCodeProblemParams(code: string, problem: CreditCodeProblem): { characters: string[] } | { length: number } | Record<string, never> {
  if (problem === 'characters') return { characters: foreignCharacters(code) };
  return problem === 'length' ? { length: [...code].length } : {};
}

/** What is wrong with a code once normalised, or null when it is valid. */
export function creditCodeProblem(input: string): CreditCodeProblem | null {
  const { code } = normalizeCreditCode(input);
  if ([...code].length !== 18) return 'length';
  if (foreignCharacters(code).length > 0) return 'characters';
  if (!areaDigits.test(code)) return 'area';
  // Eighteen zeros carry a fitting check character, yet name no organisation: a placeholder, not a code.
  if (/^0+$/.test(code)) return 'zero';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check_digit';
}
