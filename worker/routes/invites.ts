// Accepting an invite: the one-time code sets the user's password and signs them in, with a bearer token (the
// extension) or, from the web console's "set your password" page, with the HttpOnly session cookie.
import { Hono, type Context } from 'hono';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { InviteAccept } from '../../shared/schemas/users';
import type { CookieSessionCreated, SessionCreated } from '../../shared/schemas/auth';
import type { InviteAccept as InviteAcceptBody } from '../../shared/schemas/users';
import { auditStatement } from '../audit';
import { inviteCodeHash } from '../auth/invites';
import { hashPassword } from '../auth/password';
import { sameOriginWrite, setSessionCookie } from '../auth/session-cookie';
import { issueSession } from '../auth/sessions';
import { previousStatementChanged, runBatch } from '../db/batch';
import { database } from '../db/client';
import { invite, session, user } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { toMe } from '../policy/actor';
import { findLiveInvite } from '../queries/invites';
import { loadActor, passwordColumns, revokeSessions } from '../queries/sessions';
import { validate } from '../validate';

/** One answer for unknown, used and expired codes: the caller learns nothing about which codes exist. */
const invalid = () => new ApiError(410, 'invite_invalid', 'This invitation code is wrong, used or expired');

/** Claims the code, sets the password and opens a session, all or nothing; the caller hands the session out. */
async function acceptInvite(c: Context<AppEnv>, { code, password }: InviteAcceptBody) {
  const db = database(c.env.DB);
  const now = new Date();
  const found = await findLiveInvite(db, await inviteCodeHash(code), now);
  const actor = found && !found.disabledAt ? await loadActor(db, found.userId) : null;
  if (!found || !actor) throw invalid();

  const hashed = await hashPassword(password);
  const issued = await issueSession(c.env, now);
  const at = now.toISOString();
  // One transaction, each step only if the one before changed a row: when two requests race with the
  // same code, the first claims it and the second changes nothing at all.
  const results = await runBatch(db, [
    db.update(invite).set({ usedAt: at }).where(and(eq(invite.id, found.id), isNull(invite.usedAt), gt(invite.expiresAt, at))),
    db
      .update(user)
      .set({ ...passwordColumns(hashed), version: sql`${user.version} + 1` })
      .where(and(eq(user.id, found.userId), isNull(user.disabledAt), previousStatementChanged)),
    auditStatement(actor, { action: 'invite.accept', resourceType: 'user', resourceId: found.userId, after: { purpose: found.purpose } }),
    sql`INSERT INTO session (token_hash, user_id, expires_at) SELECT ${issued.tokenHash}, ${found.userId}, ${issued.expiresAt} WHERE ${previousStatementChanged}`,
    // A reset signs out every earlier session: whoever had the old password is out.
    revokeSessions(db, found.userId, at, and(ne(session.tokenHash, issued.tokenHash), previousStatementChanged)),
  ]);
  if (results[3]!.meta.changes !== 1) throw invalid();
  return { issued, actor };
}

export const inviteRoutes = new Hono<AppEnv>().post('/invites/accept', validate('json', InviteAccept), async (c) => {
  const { issued, actor } = await acceptInvite(c, c.req.valid('json'));
  return c.json({ token: issued.token, expiresAt: issued.expiresAt, user: toMe(actor) } satisfies SessionCreated, 201);
});

/** The web console's "set your password" page, mounted beside its sign-in (before the session middleware): a cookie
 *  the browser still holds must not stop the new user, whose session cookie replaces it. Same-origin only. */
export const consoleInviteRoutes = new Hono<AppEnv>().post('/invites/accept/cookie', validate('json', InviteAccept), async (c) => {
  if (!sameOriginWrite(c.req.method, c.req.url, c.req.raw.headers)) {
    throw new ApiError(403, 'cross_site_request', 'Set your password in the console itself');
  }
  const { issued, actor } = await acceptInvite(c, c.req.valid('json'));
  setSessionCookie(c, issued.token, issued.expiresAt);
  return c.json({ expiresAt: issued.expiresAt, user: toMe(actor) } satisfies CookieSessionCreated, 201);
});
