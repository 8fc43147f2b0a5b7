// A new invite's secret: the code is shown once to the admin; the database keeps only its hash.
import { newInviteCode, normalizeInviteCode } from '../../shared/domain/invite-code';
import { sha256Hex } from './crypto';

/** A week: time for the code to reach the person through whatever channel the district uses. */
export const INVITE_DAYS = 7;

export const inviteCodeHash = (code: string) => sha256Hex(normalizeInviteCode(code));

export async function issueInvite(now = new Date()) {
  const code = newInviteCode();
  return { code, codeHash: await inviteCodeHash(code), expiresAt: new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString() };
}
