// Builds a test world in this file's D1 and gives each user a live session token.
import { env, exports } from 'cloudflare:workers';
import { sha256Hex } from '../../worker/auth/crypto';
import { database } from '../../worker/db/client';
import { session } from '../../worker/db/schema';
import { seedWorld, type WorldSpec } from '../../worker/seed/world';
import { testWorldSpec, type TestLogin } from '../support/test-world';

/** Seeds `spec` (the small test world by default); passwords are hashed with few iterations to stay quick. */
export async function createWorld<Login extends string = TestLogin>(spec: WorldSpec = testWorldSpec) {
  const db = database(env.DB);
  const seeded = await seedWorld(db, spec, 1_000);
  const tokens = {} as Record<Login, string>;
  const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
  for (const [login, userId] of seeded.userIds) {
    const token = `test-session-${login.replace(/[^A-Za-z0-9_-]/g, '-')}-${crypto.randomUUID()}`;
    tokens[login as Login] = token;
    await db.insert(session).values({ tokenHash: await sha256Hex(token), userId, expiresAt });
  }
  return { ...seeded, db, tokens, enterpriseId: (code: string) => seeded.enterpriseIds.get(code)!, streetId: (name: string) => seeded.streetIds.get(name)! };
}
export type World<Login extends string = TestLogin> = Awaited<ReturnType<typeof createWorld<Login>>>;

/** `cookie`: a session token sent as the web console's cookie (the plain-http name), not as a bearer token. */
type CallInit = { method?: string; token?: string; cookie?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> };

/** Sends a request to the worker's real fetch handler, as a client over HTTP would. */
export async function call(path: string, init: CallInit = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (init.cookie) headers.set('cookie', `csr_session=${init.cookie}`);
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const response = await exports.default.fetch(
    new Request(`http://127.0.0.1/api/v1${path}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body }),
  );
  const text = await response.text();
  const data = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  return { status: response.status, headers: response.headers, data };
}
