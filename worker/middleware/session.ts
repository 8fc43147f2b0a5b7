// Resolves the caller's session into the actor: a bearer token (the extension) or the web console's cookie.
// No credential: anonymous. A bad or expired one: 401, so the client knows to ask the user to sign in again
// instead of silently acting as nobody. A cookie changes nothing unless the request comes from the app's own
// origin (cross-site request forgery), and a cookie beside a bearer token must name the same user.
import { createMiddleware } from 'hono/factory';
import { sha256Hex } from '../auth/crypto';
import { clearingCookieHeader, sameOriginWrite, sessionCookie } from '../auth/session-cookie';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Actor } from '../policy/actor';
import { liveSessionActor } from '../queries/sessions';

/** Query parameters that would carry a secret in the URL, where logs, history and Referer headers keep it. */
const CREDENTIAL_PARAM = /^(access[_-]?token|token|auth|authorization|bearer|session([_-]?(id|token))?|password|api[_-]?key)$/i;

/** What a session token looks like; anything else is refused before it reaches the database. */
const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

type Resolved = { actor: Actor; tokenHash: string };

/** The live session a token opens, or null (malformed, unknown, revoked, expired). */
export async function resolveSession(env: AppEnv['Bindings'], token: string | undefined): Promise<Resolved | null> {
  if (!token || !TOKEN.test(token)) return null;
  const tokenHash = await sha256Hex(token);
  const actor = await liveSessionActor(database(env.DB), tokenHash, new Date().toISOString());
  return actor ? { actor, tokenHash } : null;
}

/** Refuses a secret in the query string, on every route, the sign-ins included. */
export const noCredentialsInUrl = createMiddleware<AppEnv>(async (c, next) => {
  const credentialParam = Object.keys(c.req.queries()).find((name) => CREDENTIAL_PARAM.test(name));
  if (credentialParam) {
    throw new ApiError(400, 'credentials_in_url', `Send credentials in the Authorization header, never in the URL (${credentialParam})`);
  }
  return next();
});

export const sessionActor = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  const cookie = sessionCookie(c);
  c.set('actor', null);
  c.set('tokenHash', null);
  c.set('viaCookie', false);
  // Checked before the cookie is even looked up: a forged request learns nothing and changes nothing.
  if (cookie !== undefined && !sameOriginWrite(c.req.method, c.req.url, c.req.raw.headers)) {
    throw new ApiError(403, 'cross_site_request', 'A change sent with the session cookie must come from the console itself');
  }

  let bearer: Resolved | null = null;
  if (header) {
    const token = /^Bearer (\S+)$/.exec(header)?.[1];
    if (!token || !TOKEN.test(token)) throw new ApiError(401, 'unauthenticated', 'The Authorization header is not a bearer token');
    bearer = await resolveSession(c.env, token);
    if (!bearer) throw new ApiError(401, 'unauthenticated', 'Your session has ended; sign in again');
  }
  let fromCookie: Resolved | null = null;
  if (cookie !== undefined) {
    fromCookie = await resolveSession(c.env, cookie);
    // A forged, altered or ended cookie: 401, and the browser is told to drop it.
    if (!fromCookie) throw new ApiError(401, 'unauthenticated', 'Your session has ended; sign in again', undefined, clearingCookieHeader(c.req.url));
  }
  if (bearer && fromCookie && bearer.actor.userId !== fromCookie.actor.userId) {
    throw new ApiError(401, 'conflicting_credentials', 'The session cookie and the Authorization header belong to different users');
  }
  const session = bearer ?? fromCookie;
  if (session) {
    c.set('actor', session.actor);
    c.set('tokenHash', session.tokenHash);
    c.set('viaCookie', !bearer);
  }
  return next();
});
