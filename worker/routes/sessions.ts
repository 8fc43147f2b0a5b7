// Signing in and out: bearer tokens (the extension) or an HttpOnly cookie (the web console), stored only as hashes;
// failed sign-ins are throttled and audited.
import { Hono, type Context } from 'hono';
import { eq } from 'drizzle-orm';
import { LoginRequest } from '../../shared/schemas/auth';
import type { CookieSessionCreated, SessionCreated } from '../../shared/schemas/auth';
import { auditStatement } from '../audit';
import { failedSignInAudit, type SignInFailure } from '../auth/failed-sign-ins';
import { clearSessionCookie, sameOriginWrite, setSessionCookie } from '../auth/session-cookie';
import { issueSession } from '../auth/sessions';
import { hashPassword, verifyPassword, type PasswordHash } from '../auth/password';
import { runBatch } from '../db/batch';
import { database } from '../db/client';
import { session } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { toMe } from '../policy/actor';
import { requireActor } from '../policy/authorize';
import { findUserByLogin, loadActor, storedPassword } from '../queries/sessions';
import { confirmFailure, refuseLocked, releaseAttempt, reserveAttempt, throttleKeys } from '../queries/throttle';
import { validate } from '../validate';

/** Verified against when the login is unknown, so both paths take the same time. */
let decoy: Promise<PasswordHash> | undefined;

/** Checks the password (throttled, audited when refused) and opens a session, audited as today's sign-in. */
async function openSession(c: Context<AppEnv>, { login, password }: LoginRequest) {
  const db = database(c.env.DB);
  const now = new Date();
  const clientIp = c.req.header('cf-connecting-ip');
  const keys = throttleKeys(login, clientIp);
  // Looked up first, so a refused attempt's audit row can name the user the login belongs to.
  const found = await findUserByLogin(db, login);
  const failed = (reason: SignInFailure, lockedUntil?: string) => failedSignInAudit(login, found, clientIp, reason, lockedUntil);
  // The attempt takes its place before the password is tried, so a locked account stays locked even for
  // the right password, and parallel guesses cannot all be tried before one of them counts.
  const reservation = await reserveAttempt(db, keys, now);
  if (!reservation) return refuseLocked(db, keys, now, (until) => failed('throttled', until));
  const stored = storedPassword(found);
  const matches = await verifyPassword(password, stored ?? (await (decoy ??= hashPassword('decoy'))));
  const actor = found && stored && matches && !found.disabledAt ? await loadActor(db, found.id) : null;
  if (!actor) {
    // Unknown and wrong take the same path and the same 401; only the audit row tells them apart.
    await confirmFailure(db, reservation, failed(!found ? 'unknown_login' : stored && matches ? 'disabled' : 'wrong_password'));
    throw new ApiError(401, 'invalid_credentials', 'The login or the password is wrong');
  }

  const issued = await issueSession(c.env, now);
  await runBatch(db, [
    ...releaseAttempt(db, reservation, { clearAccount: true }),
    db.insert(session).values({ tokenHash: issued.tokenHash, userId: actor.userId, expiresAt: issued.expiresAt }),
    auditStatement(actor, { action: 'session.create', resourceType: 'user', resourceId: actor.userId, after: { expiresAt: issued.expiresAt } }),
  ]);
  return { actor, issued };
}

export const sessionRoutes = new Hono<AppEnv>()
  // The extension: the token goes back in the body and the extension keeps it.
  .post('/sessions', validate('json', LoginRequest), async (c) => {
    const { actor, issued } = await openSession(c, c.req.valid('json'));
    return c.json({ token: issued.token, expiresAt: issued.expiresAt, user: toMe(actor) } satisfies SessionCreated, 201);
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
    if (c.get('viaCookie')) clearSessionCookie(c);
    return c.body(null, 204);
  });

/**
 * The web console's sign-in, mounted before the session middleware (worker/index.ts): whatever cookie the browser still
 * holds, stale or another user's, must not stop anyone signing in again; the new cookie replaces it.
 */
export const consoleSignInRoutes = new Hono<AppEnv>()
  // The web console: the token goes only into an HttpOnly cookie no script can read. Same-origin only, so another
  // site cannot sign a visitor into an account of its choosing.
  .post('/sessions/cookie', validate('json', LoginRequest), async (c) => {
    if (!sameOriginWrite(c.req.method, c.req.url, c.req.raw.headers)) {
      throw new ApiError(403, 'cross_site_request', 'Sign in to the console from the console itself');
    }
    const { actor, issued } = await openSession(c, c.req.valid('json'));
    setSessionCookie(c, issued.token, issued.expiresAt);
    return c.json({ expiresAt: issued.expiresAt, user: toMe(actor) } satisfies CookieSessionCreated, 201);
  });
