// Calls to the running worker from a browser test, as an admin would make them from the console.
import type { Stack } from './stack';

/** What these calls need of a stack: its worker (any browser, with the extension or without). */
type WithWorker = Pick<Stack, 'worker'>;

/** A session token for a demo login, as another device of that user would hold it (the admin by default). */
export async function adminToken(stack: WithWorker, login = 'admin', password = 'demo-admin-2026'): Promise<string> {
  const res = await fetch(`${stack.worker.url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (res.status !== 201) throw new Error(`admin sign-in failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** Ends every session of `login` on the server, as an admin does for a lost device. */
export async function revokeSessionsOf(stack: WithWorker, login: string): Promise<number> {
  const headers = { authorization: `Bearer ${await adminToken(stack)}` };
  const users = (await (await fetch(`${stack.worker.url}/api/v1/users?q=${encodeURIComponent(login)}`, { headers })).json()) as { items: { id: number; login: string }[] };
  const target = users.items.find((u) => u.login === login);
  if (!target) throw new Error(`no user ${login}`);
  const res = await fetch(`${stack.worker.url}/api/v1/users/${target.id}/sessions`, { method: 'DELETE', headers });
  return ((await res.json()) as { revoked: number }).revoked;
}

/** Calls the worker as the holder of `token`; answers with the status and the parsed body. */
export async function callAs(stack: Stack, token: string, path: string, init: { method?: string; json?: unknown } = {}) {
  const res = await fetch(`${stack.worker.url}/api/v1${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${token}`, ...(init.json === undefined ? {} : { 'content-type': 'application/json' }) },
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  const text = await res.text();
  return { status: res.status, data: text ? JSON.parse(text) : null };
}

/** A JSON call to the running worker with a bearer token; throws unless the status is the expected one. */
export async function apiCall<T = unknown>(stack: WithWorker, token: string, method: string, path: string, body?: unknown, expected = [200, 201, 204]): Promise<T> {
  const res = await fetch(`${stack.worker.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!expected.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}
