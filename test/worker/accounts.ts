// Worker-test helpers for accounts: users made on the fly, sessions in any state, invites with known codes.
import { sha256Hex } from '../../worker/auth/crypto';
import { issueHandoff } from '../../worker/auth/handoff';
import { inviteCodeHash } from '../../worker/auth/invites';
import { hashPassword } from '../../worker/auth/password';
import type { Database } from '../../worker/db/client';
import { invite, roundMember, session, sessionHandoff, user } from '../../worker/db/schema';
import { userSearchKey } from '../../worker/queries/users';
import { newInviteCode } from '../../shared/domain/invite-code';
import type { Membership } from '../../shared/schemas/auth';

export const TEST_PASSWORD = 'test-password-1';
/** Test users' hashes are cheap; the routes under test still hash at the full iteration count. */
const TEST_ITERATIONS = 1_000;

let made = 0;
export const uniqueLogin = (prefix: string) => `${prefix}-${++made}-${crypto.randomUUID().slice(0, 8)}`;

export type MadeUser = { id: number; login: string; password: string };

/** A user with a password, optionally an admin or holding one role in one round. */
export async function makeUser(
  db: Database,
  options: { prefix?: string; isAdmin?: boolean; membership?: Omit<Membership, 'streetId' | 'street' | 'bureau' | 'enterpriseId'> & Partial<Membership> } = {},
): Promise<MadeUser> {
  const login = uniqueLogin(options.prefix ?? 'user');
  const hashed = await hashPassword(TEST_PASSWORD, TEST_ITERATIONS);
  const [created] = await db
    .insert(user)
    .values({ login, displayName: login, searchKey: userSearchKey({ login, displayName: login }), isAdmin: options.isAdmin ?? false, passwordHash: hashed.hash, passwordSalt: hashed.salt, passwordIterations: hashed.iterations })
    .returning({ id: user.id });
  const m = options.membership;
  if (m) {
    await db.insert(roundMember).values({ roundId: m.roundId, userId: created!.id, role: m.role, street: m.street ?? null, streetId: m.streetId ?? null, bureau: m.bureau ?? null, enterpriseId: m.enterpriseId ?? null });
  }
  return { id: created!.id, login, password: TEST_PASSWORD };
}

export type SessionState = 'live' | 'revoked' | 'expired';

/** A bearer token for the user, in the given state. */
export async function makeSession(db: Database, userId: number, state: SessionState = 'live'): Promise<string> {
  const token = `test-${state}-${crypto.randomUUID()}`;
  const day = 86_400_000;
  await db.insert(session).values({
    tokenHash: await sha256Hex(token),
    userId,
    expiresAt: new Date(Date.now() + (state === 'expired' ? -day : day)).toISOString(),
    revokedAt: state === 'revoked' ? new Date().toISOString() : null,
  });
  return token;
}

/** An invite for the user with a known code; `expired` or `used` to make a dead one. */
export async function makeInvite(db: Database, userId: number, state: 'live' | 'expired' | 'used' = 'live'): Promise<string> {
  const code = newInviteCode();
  const hour = 3_600_000;
  await db.insert(invite).values({
    userId,
    codeHash: await inviteCodeHash(code),
    purpose: 'activate',
    expiresAt: new Date(Date.now() + (state === 'expired' ? -hour : hour)).toISOString(),
    usedAt: state === 'used' ? new Date().toISOString() : null,
  });
  return code;
}

/** A handoff code for the user, as the extension would get it; `expired` or `used` to make a dead one. */
export async function makeHandoff(db: Database, userId: number, state: 'live' | 'expired' | 'used' = 'live'): Promise<string> {
  const issued = await issueHandoff(state === 'expired' ? new Date(Date.now() - 120_000) : new Date());
  await db.insert(sessionHandoff).values({ codeHash: issued.codeHash, userId, expiresAt: issued.expiresAt, usedAt: state === 'used' ? new Date().toISOString() : null });
  return issued.code;
}
