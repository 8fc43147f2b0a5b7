// A one-time code that hands the extension's signed-in user to the web console: the code goes to the extension once,
// the database keeps only its hash, and it lives only as long as opening a tab takes.
import { randomToken, sha256Hex } from './crypto';

/** A minute: the extension opens the tab at once; a code that waits longer has likely leaked or been forgotten. */
export const HANDOFF_SECONDS = 60;

export const handoffCodeHash = (code: string) => sha256Hex(code);

/** 256 random bits, URL-safe, so the code fits a URL fragment as it is. */
export async function issueHandoff(now = new Date()) {
  const code = randomToken(32);
  return { code, codeHash: await handoffCodeHash(code), expiresAt: new Date(now.getTime() + HANDOFF_SECONDS * 1000).toISOString() };
}
