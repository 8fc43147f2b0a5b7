// Phone numbers as stored and compared: one form for every way people type the same number (full-width digits,
// spaces, dashes, brackets, a +86 or 0086 country prefix), so an import finds no change where there is none.

/** Area codes of 010 and 020–029 have three digits with the trunk 0; every other mainland area code has four. */
const areaCodeLength = (landline: string) => (/^0(10|2\d)/.test(landline) ? 3 : 4);

/**
 * The stored form of a phone number, or null if it is not one: a mainland mobile as its 11 digits, a mainland
 * landline as area code (with 0), hyphen, number; service numbers (400/800…) as digits; other countries as +digits.
 */
export function normalizePhone(input: string): string | null {
  const typed = input.normalize('NFKC').trim();
  if (!/^[0-9+\-–—−.() ]+$/.test(typed)) return null;
  const compact = typed.replace(/[\s\-–—−.()]/g, '');
  if (!/^\+?\d{5,20}$/.test(compact)) return null;
  const international = /^(\+|00)(\d+)$/.exec(compact)?.[2];
  if (international !== undefined && !international.startsWith('86')) return `+${international}`;
  // Within the mainland: a country prefix goes, and a landline written after it gets its trunk 0 back.
  const national = international !== undefined ? international.slice(2) : compact;
  if (/^1\d{10}$/.test(national)) return national;
  const landline = international !== undefined && !national.startsWith('0') ? `0${national}` : national;
  if (!/^0\d{9,11}$/.test(landline)) return national.length >= 5 ? national : null;
  const area = areaCodeLength(landline);
  return `${landline.slice(0, area)}-${landline.slice(area)}`;
}
