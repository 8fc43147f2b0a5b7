// Handoff codes in the database: a new one for a user (clearing the user's spent ones), and finding a live one.
import { and, eq, gt, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '../db/client';
import { session, sessionHandoff, user } from '../db/schema';

/** The statements that store a new code, the last being the insert (so an audit statement can follow it). The
 *  user's used and expired codes go, so the table holds at most the codes still in flight. */
export function handoffStatements(db: Database, issued: { codeHash: string; expiresAt: string }, userId: number, now: Date) {
  const at = now.toISOString();
  return [
    db.delete(sessionHandoff).where(and(eq(sessionHandoff.userId, userId), or(isNotNull(sessionHandoff.usedAt), lte(sessionHandoff.expiresAt, at)))),
    db.insert(sessionHandoff).values({ codeHash: issued.codeHash, userId, expiresAt: issued.expiresAt }),
  ];
}

/** The user of the unused, unexpired code with this hash (and whether the account is disabled), or null. */
export async function findLiveHandoff(db: Database, codeHash: string, now: Date) {
  return (
    (await db
      .select({ userId: sessionHandoff.userId, disabledAt: user.disabledAt })
      .from(sessionHandoff)
      .innerJoin(user, eq(user.id, sessionHandoff.userId))
      .where(and(eq(sessionHandoff.codeHash, codeHash), isNull(sessionHandoff.usedAt), gt(sessionHandoff.expiresAt, now.toISOString())))
      .get()) ?? null
  );
}

/** Claims the code: changes one row only while it is still unused and unexpired, so of two racing redeems one wins. */
export const claimHandoff = (db: Database, codeHash: string, now: Date) =>
  db
    .update(sessionHandoff)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(sessionHandoff.codeHash, codeHash), isNull(sessionHandoff.usedAt), gt(sessionHandoff.expiresAt, now.toISOString())));

/** When a session (by token hash) ends. */
export const sessionExpiry = async (db: Database, tokenHash: string) =>
  (await db.select({ expiresAt: session.expiresAt }).from(session).where(eq(session.tokenHash, tokenHash)).get())?.expiresAt ?? null;
