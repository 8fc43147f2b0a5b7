// One-time invite codes people can read out or type: Crockford base32 in groups, forgiving on input.

/** Crockford's alphabet: no I, L, O or U, so nothing is mistaken for 1, 0 or V. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 5;

/** 20 symbols of 5 bits: 100 bits, beyond guessing even without throttling. */
export function newInviteCode(random: Uint8Array = crypto.getRandomValues(new Uint8Array(GROUPS * GROUP_LENGTH))): string {
  // 256 is a multiple of 32, so the low five bits of a random byte are uniform.
  const symbols = Array.from(random.slice(0, GROUPS * GROUP_LENGTH), (byte) => ALPHABET[byte & 31]).join('');
  return symbols.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-');
}

/** The canonical form that is hashed: case, spaces and dashes ignored, look-alike letters read as digits. */
export function normalizeInviteCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** The link that hands a code over: the web console's "set your password" page. The code rides in the fragment, which
 *  the browser never sends, so it reaches no server log or proxy on the way. */
export const inviteLink = (origin: string, code: string) => `${origin}/invite#${code}`;
