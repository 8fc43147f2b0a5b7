// The web console's session cookie: its name and attributes by transport, and the same-origin rule that lets a
// cookie authorise a change. Bearer tokens (the extension) need neither: a page elsewhere cannot attach them.
import type { Context } from 'hono';
import { generateCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';

/** The cookie's name before any prefix; `__Host-` is added on https. */
const NAME = 'csr_session';

/** Plain http only on the machine itself (`npm run dev`): anywhere else the cookie is Secure with the `__Host-` prefix. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a request arrives over local plain http, where a Secure cookie would never come back. */
export function isLocalHttp(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && LOOPBACK.has(hostname);
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), path / for the API and the app. */
const attributes = (url: string, maxAgeSeconds: number): CookieOptions => ({
  path: '/',
  httpOnly: true,
  sameSite: 'Strict',
  maxAge: maxAgeSeconds,
  ...(isLocalHttp(url) ? {} : { secure: true, prefix: 'host' as const }),
});

/** The session token the request's cookie carries, if any: read under the one name valid for its transport. */
export function sessionCookie(c: Context): string | undefined {
  return isLocalHttp(c.req.url) ? getCookie(c, NAME) : getCookie(c, NAME, 'host');
}

export function setSessionCookie(c: Context, token: string, expiresAt: string): void {
  const seconds = Math.max(0, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  setCookie(c, NAME, token, attributes(c.req.url, seconds));
}

export function clearSessionCookie(c: Context): void {
  setCookie(c, NAME, '', attributes(c.req.url, 0));
}

/** The Set-Cookie header that clears the cookie, for an error answer (which builds its own response). */
export function clearingCookieHeader(url: string): Record<string, string> {
  return { 'set-cookie': generateCookie(NAME, '', attributes(url, 0)) };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request the browser sent from the app's own pages may change something with the cookie: the fetch
 * metadata says same-origin, or, from a browser that sends none, the Origin is the worker's own. Neither header
 * at all is refused: every browser that keeps cookies sends Origin on a POST, PUT, PATCH or DELETE.
 */
export function sameOriginWrite(method: string, url: string, headers: { get(name: string): string | null | undefined }): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const site = headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = headers.get('origin');
  return origin !== null && origin !== undefined && origin === new URL(url).origin;
}
