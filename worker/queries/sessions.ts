// Sessions and the actor behind a bearer token.
import { and, eq, gt, inArray, isNull, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Database } from '../db/client';
import { roundMember, session, user } from '../db/schema';
import type { Actor } from '../policy/actor';

/** The actor of the user `who` picks (an id, or the live session of a token): one batch, one round trip. */
async function actorOf(db: Database, who: number | SQLWrapper): Promise<Actor | null> {
  const of = (column: typeof user.id | typeof roundMember.userId) => (typeof who === 'number' ? eq(column, who) : inArray(column, who));
  const [person, memberships] = await db.batch([
    db.select().from(user).where(and(of(user.id), isNull(user.disabledAt))),
    db
      .select({
        roundId: roundMember.roundId,
        role: roundMember.role,
        streetId: roundMember.streetId,
        street: roundMember.street,
        bureau: roundMember.bureau,
        enterpriseId: roundMember.enterpriseId,
      })
      .from(roundMember)
      .where(of(roundMember.userId)),
  ]);
  const found = person[0];
  if (!found) return null;
  return { userId: found.id, login: found.login, displayName: found.displayName, isAdmin: found.isAdmin, memberships };
}

export const loadActor = (db: Database, userId: number) => actorOf(db, userId);

/**
 * The actor behind a live (unexpired, unrevoked) session, or null. Every signed-in request starts here,
 * so the session, the user and the memberships are read in one batch rather than two round trips.
 */
export const liveSessionActor = (db: Database, tokenHash: string, now: string) =>
  actorOf(db, db.select({ userId: session.userId }).from(session).where(and(eq(session.tokenHash, tokenHash), isNull(session.revokedAt), gt(session.expiresAt, now))));

export const findUserByLogin = (db: Database, login: string) => db.select().from(user).where(eq(user.login, login)).get();

/** Ends every live session of a user, except those `keep` matches. */
export const revokeSessions = (db: Database, userId: number, now: string, keep?: SQL) =>
  db
    .update(session)
    .set({ revokedAt: now })
    .where(and(eq(session.userId, userId), isNull(session.revokedAt), gt(session.expiresAt, now), keep));

/** The stored password of a user, in the shape verifyPassword takes, or null when none is set. */
export function storedPassword(row: { passwordHash: string | null; passwordSalt: string | null; passwordIterations: number | null } | undefined) {
  return row?.passwordHash && row.passwordSalt && row.passwordIterations
    ? { hash: row.passwordHash, salt: row.passwordSalt, iterations: row.passwordIterations }
    : null;
}

/** The columns that store a new password hash. */
export const passwordColumns = (hashed: { hash: string; salt: string; iterations: number }) => ({
  passwordHash: hashed.hash,
  passwordSalt: hashed.salt,
  passwordIterations: hashed.iterations,
});
