// Signing in and out: bearer tokens that are stored only as hashes.
import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { LoginRequest, type Me } from '../../shared/schemas/auth';
import { auditStatement } from '../audit';
import { randomToken, sha256Hex } from '../auth/crypto';
import { hashPassword, verifyPassword, type PasswordHash } from '../auth/password';
import { runBatch } from '../db/batch';
import { database } from '../db/client';
import { session } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Actor } from '../policy/actor';
import { requireActor } from '../policy/authorize';
import { findUserByLogin, loadActor } from '../queries/sessions';
import { validate } from '../validate';

export const toMe = (actor: Actor): Me => ({
  id: actor.userId,
  login: actor.login,
  displayName: actor.displayName,
  isAdmin: actor.isAdmin,
  memberships: actor.memberships,
});

/** Verified against when the login is unknown, so both paths take the same time. */
let decoy: Promise<PasswordHash> | undefined;

export const sessionRoutes = new Hono<AppEnv>()
  .post('/sessions', validate('json', LoginRequest), async (c) => {
    const { login, password } = c.req.valid('json');
    const db = database(c.env.DB);
    const found = await findUserByLogin(db, login);
    const stored =
      found?.passwordHash && found.passwordSalt && found.passwordIterations
        ? { hash: found.passwordHash, salt: found.passwordSalt, iterations: found.passwordIterations }
        : null;
    const matches = await verifyPassword(password, stored ?? (await (decoy ??= hashPassword('decoy'))));
    const actor = found && stored && matches && !found.disabledAt ? await loadActor(db, found.id) : null;
    if (!actor) throw new ApiError(401, 'invalid_credentials', 'The login or the password is wrong');

    const token = randomToken();
    const days = Number(c.env.SESSION_DAYS ?? '30');
    const expiresAt = new Date(Date.now() + days * 86_400_000).toISOString();
    await runBatch(db, [
      db.insert(session).values({ tokenHash: await sha256Hex(token), userId: actor.userId, expiresAt }),
      auditStatement(actor, { action: 'session.create', resourceType: 'user', resourceId: actor.userId, after: { expiresAt } }),
    ]);
    return c.json({ token, expiresAt, user: toMe(actor) }, 201);
  })
  .delete('/sessions/current', async (c) => {
    const actor = requireActor(c);
    const tokenHash = c.get('tokenHash');
    const db = database(c.env.DB);
    if (tokenHash) {
      await runBatch(db, [
        db.update(session).set({ revokedAt: new Date().toISOString() }).where(eq(session.tokenHash, tokenHash)),
        auditStatement(actor, { action: 'session.revoke', resourceType: 'user', resourceId: actor.userId }),
      ]);
    }
    return c.body(null, 204);
  })
  .get('/me', (c) => c.json(toMe(requireActor(c))));
