// Invites in the database: issuing one (replacing any the user still holds) and finding a live one by code.
import { and, eq, gt, isNull, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { invite, user } from '../db/schema';

type Purpose = 'activate' | 'reset';

/**
 * The statements that give `userId` a new invite, the last one being the insert (so an audit statement can
 * follow it). Earlier unused invites of the user stop working: only the newest code is live.
 */
export function inviteStatements(
  db: Database,
  issued: { codeHash: string; expiresAt: string },
  userId: number | SQL,
  purpose: Purpose,
  createdBy: number | null,
  now: Date,
) {
  const at = now.toISOString();
  return [
    db.update(invite).set({ expiresAt: at }).where(and(eq(invite.userId, userId), isNull(invite.usedAt), gt(invite.expiresAt, at))),
    db.insert(invite).values({ userId, codeHash: issued.codeHash, purpose, createdBy, expiresAt: issued.expiresAt }),
  ];
}

/** The unused, unexpired invite with this code hash, with its user, or null. */
export async function findLiveInvite(db: Database, codeHash: string, now: Date) {
  return (
    (await db
      .select({ id: invite.id, purpose: invite.purpose, userId: invite.userId, disabledAt: user.disabledAt })
      .from(invite)
      .innerJoin(user, eq(user.id, invite.userId))
      .where(and(eq(invite.codeHash, codeHash), isNull(invite.usedAt), gt(invite.expiresAt, now.toISOString())))
      .get()) ?? null
  );
}
