// Resolves the bearer token into the actor. No token: anonymous. A bad or expired token: 401, so the
// client knows to ask the user to sign in again instead of silently acting as nobody.
import { createMiddleware } from 'hono/factory';
import { sha256Hex } from '../auth/crypto';
import { database } from '../db/client';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { liveSessionActor } from '../queries/sessions';

/** Query parameters that would carry a secret in the URL, where logs, history and Referer headers keep it. */
const CREDENTIAL_PARAM = /^(access[_-]?token|token|auth|authorization|bearer|session([_-]?(id|token))?|password|api[_-]?key)$/i;

export const sessionActor = createMiddleware<AppEnv>(async (c, next) => {
  const credentialParam = Object.keys(c.req.queries()).find((name) => CREDENTIAL_PARAM.test(name));
  if (credentialParam) {
    throw new ApiError(400, 'credentials_in_url', `Send credentials in the Authorization header, never in the URL (${credentialParam})`);
  }
  const header = c.req.header('authorization');
  if (!header) {
    c.set('actor', null);
    c.set('tokenHash', null);
    return next();
  }
  const token = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header)?.[1];
  if (!token) throw new ApiError(401, 'unauthenticated', 'The Authorization header is not a bearer token');
  const db = database(c.env.DB);
  const tokenHash = await sha256Hex(token);
  const actor = await liveSessionActor(db, tokenHash, new Date().toISOString());
  if (!actor) throw new ApiError(401, 'unauthenticated', 'Your session has ended; sign in again');
  c.set('actor', actor);
  c.set('tokenHash', tokenHash);
  return next();
});
