// The extension hands its signed-in user to the web console: it asks for a one-time code (bearer callers only) and
// opens the console with the code in the URL's fragment; the console's page redeems it for the session cookie.
import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { HandoffRedeem } from '../../shared/schemas/auth';
import type { CookieSessionCreated, HandoffCreated } from '../../shared/schemas/auth';
import { auditStatement } from '../audit';
import { handoffCodeHash, issueHandoff } from '../auth/handoff';
import { sameOriginWrite, sessionCookie, setSessionCookie } from '../auth/session-cookie';
import { issueSession } from '../auth/sessions';
import { previousStatementChanged, runBatch } from '../db/batch';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { resolveSession } from '../middleware/session';
import { toMe } from '../policy/actor';
import { requireActor } from '../policy/authorize';
import { claimHandoff, findLiveHandoff, handoffStatements, sessionExpiry } from '../queries/handoffs';
import { loadActor } from '../queries/sessions';
import { validate } from '../validate';

/** One answer for malformed, unknown, used and expired codes: the caller learns nothing about which codes exist. */
const invalid = () => new ApiError(410, 'handoff_invalid', 'This sign-in link from the extension is wrong, used or expired');

export const handoffRoutes = new Hono<AppEnv>().post('/sessions/handoff', async (c) => {
  const actor = requireActor(c);
  // The cookie already signs the console in; a code minted from it would only let a page's script carry it elsewhere.
  if (c.get('viaCookie')) throw new ApiError(403, 'forbidden', 'Only the extension hands its session to the web console');
  const db = database(c.env.DB);
  const now = new Date();
  const issued = await issueHandoff(now);
  await runBatch(db, [
    ...handoffStatements(db, issued, actor.userId, now),
    auditStatement(actor, { action: 'session.handoff', resourceType: 'user', resourceId: actor.userId, after: { expiresAt: issued.expiresAt } }),
  ]);
  return c.json({ code: issued.code, expiresAt: issued.expiresAt } satisfies HandoffCreated, 201);
});

/**
 * The web console's page redeems the code, mounted beside the cookie sign-in (before the session middleware): a cookie
 * of another user, or a stale one, is replaced. Same-origin only, so another site cannot sign a visitor in.
 */
export const consoleHandoffRoutes = new Hono<AppEnv>().post('/sessions/handoff/redeem', validate('json', HandoffRedeem), async (c) => {
  if (!sameOriginWrite(c.req.method, c.req.url, c.req.raw.headers)) {
    throw new ApiError(403, 'cross_site_request', 'Open the console from the extension');
  }
  const db = database(c.env.DB);
  const now = new Date();
  const codeHash = await handoffCodeHash(c.req.valid('json').code);
  const found = await findLiveHandoff(db, codeHash, now);
  const actor = found && !found.disabledAt ? await loadActor(db, found.userId) : null;
  if (!found || !actor) throw invalid();

  // The browser already signed in as the same user keeps its session; anyone else's is replaced by a new one.
  const cookie = sessionCookie(c);
  const current = cookie === undefined ? null : await resolveSession(c.env, cookie);
  const kept = current?.actor.userId === actor.userId ? await sessionExpiry(db, current.tokenHash) : null;
  const issued = kept ? null : await issueSession(c.env, now);
  const expiresAt = kept ?? issued!.expiresAt;
  // One transaction, each step only if the claim changed a row: of two racing redeems, the second writes nothing.
  const results = await runBatch(db, [
    claimHandoff(db, codeHash, now),
    ...(issued ? [sql`INSERT INTO session (token_hash, user_id, expires_at) SELECT ${issued.tokenHash}, ${actor.userId}, ${issued.expiresAt} WHERE ${previousStatementChanged}`] : []),
    auditStatement(actor, { action: 'session.redeemHandoff', resourceType: 'user', resourceId: actor.userId, after: { expiresAt, newSession: issued !== null } }),
  ]);
  if (results[0]!.meta.changes !== 1) throw invalid();
  if (issued) setSessionCookie(c, issued.token, issued.expiresAt);
  return c.json({ expiresAt, user: toMe(actor) } satisfies CookieSessionCreated, 201);
});
