// The signed-in user: who they are, and changing their own password.
import { Hono } from 'hono';
import { eq, ne, sql } from 'drizzle-orm';
import { PasswordChange } from '../../shared/schemas/users';
import { auditStatement } from '../audit';
import { failedPasswordChangeAudit, type PasswordChangeFailure } from '../auth/failed-sign-ins';
import { hashPassword, verifyPassword } from '../auth/password';
import { runBatch } from '../db/batch';
import { database } from '../db/client';
import { session, user } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { toMe } from '../policy/actor';
import { authorize, requireActor } from '../policy/authorize';
import { findUserByLogin, passwordColumns, revokeSessions, storedPassword } from '../queries/sessions';
import { confirmFailure, refuseLocked, releaseAttempt, reserveAttempt, throttleKeys } from '../queries/throttle';
import { validate } from '../validate';

export const meRoutes = new Hono<AppEnv>()
  .get('/me', (c) => c.json(toMe(requireActor(c))))
  .put('/me/password', validate('json', PasswordChange), async (c) => {
    const actor = requireActor(c);
    authorize(c, 'user.changePassword', { user: { id: actor.userId } });
    const { currentPassword, newPassword } = c.req.valid('json');
    const db = database(c.env.DB);
    const now = new Date();
    // The current password is a secret to guess like any other: the sign-in throttle guards it too.
    // Audited like a refused sign-in (one row per failure, one per lock while throttled), under its own action.
    const clientIp = c.req.header('cf-connecting-ip');
    const keys = throttleKeys(actor.login, clientIp);
    const failed = (reason: PasswordChangeFailure, lockedUntil?: string) => failedPasswordChangeAudit(actor, clientIp, reason, lockedUntil);
    const reservation = await reserveAttempt(db, keys, now);
    if (!reservation) return refuseLocked(db, keys, now, (until) => failed('throttled', until));
    const stored = storedPassword(await findUserByLogin(db, actor.login));
    if (!stored || !(await verifyPassword(currentPassword, stored))) {
      await confirmFailure(db, reservation, failed('wrong_password'));
      throw new ApiError(400, 'wrong_password', 'The current password is wrong');
    }
    const hashed = await hashPassword(newPassword);
    // Every other session ends: whoever knew the old password is signed out; this device stays in.
    await runBatch(db, [
      ...releaseAttempt(db, reservation, { clearAccount: false }),
      db.update(user).set({ ...passwordColumns(hashed), version: sql`${user.version} + 1` }).where(eq(user.id, actor.userId)),
      auditStatement(actor, { action: 'user.changePassword', resourceType: 'user', resourceId: actor.userId }),
      revokeSessions(db, actor.userId, now.toISOString(), ne(session.tokenHash, c.get('tokenHash') ?? '')),
    ]);
    return c.body(null, 204);
  });
