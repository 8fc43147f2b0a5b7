// A new session's secret: the bearer token goes to the client once; the database keeps only its hash.
import type { Env } from '../env';
import { randomToken, sha256Hex } from './crypto';

export type IssuedSession = { token: string; tokenHash: string; expiresAt: string };

export async function issueSession(env: Env, now = new Date()): Promise<IssuedSession> {
  const token = randomToken();
  const days = Number(env.SESSION_DAYS ?? '30');
  return { token, tokenHash: await sha256Hex(token), expiresAt: new Date(now.getTime() + days * 86_400_000).toISOString() };
}
