// CORS: which browser origins may read the API's answers. The extension's own pages and its service worker
// reach the worker through their host permission and need no CORS; the console and other extension
// contexts do. Credentials are never allowed: the extension sends bearer tokens, and the web console's cookie
// (worker/auth/session-cookie.ts) is same-origin, where CORS does not apply.
import { cors } from 'hono/cors';
import type { Env } from '../env';

/** Chrome extension ids and Firefox's per-install UUIDs: letters, digits, dashes. */
const EXTENSION_ORIGIN = /^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i;

/** Whether a page at `origin` may read answers: a configured origin, or any extension while developing. */
export function originAllowed(origin: string, env: Pick<Env, 'ALLOWED_ORIGINS' | 'DEV'>): boolean {
  const configured = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((entry) => entry.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  if (configured.includes(origin)) return true;
  return env.DEV === 'true' && EXTENSION_ORIGIN.test(origin);
}

export const apiCors = cors({
  origin: (origin, c) => (originAllowed(origin, c.env as Env) ? origin : null),
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  allowHeaders: ['authorization', 'content-type', 'if-none-match'],
  // etag: the side panel's state version, which polls send back (If-None-Match).
  exposeHeaders: ['retry-after', 'etag'],
  maxAge: 600,
  credentials: false,
});
