// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check character.

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of position i is 3^i mod 31. */
const weights = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);
const shape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

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

export type CreditCodeProblem = 'length' | 'characters' | 'check_digit';

/** Upper-cases and trims; reports what is wrong, or null when the code is valid. */
export function creditCodeProblem(input: string): CreditCodeProblem | null {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return 'length';
  if (!shape.test(code)) return 'characters';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check_digit';
}
