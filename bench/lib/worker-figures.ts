// The worker's figures, measured from a client over HTTP on 127.0.0.1 against `wrangler dev` (workerd with a
// local D1): each probe (probes.ts) is warmed up, then timed sequentially and, where it makes sense, with a few
// requests in flight, from a thread of its own (http-lane.ts); one more request with the dev-only D1 meter reads
// D1's row counts and longest statement.
import { demoUsers } from '../../scripts/demo/world';
import { timedRequests, type PreparedRequest } from './http-lane';
import type { Summary } from './stats';

export type Login = 'admin' | 'reviewer' | 'expert.labour' | 'coordinator.anting';

export type ProbeRequest = { method: 'GET' | 'POST' | 'PUT'; path: string; body?: unknown; headers?: Record<string, string> };

export type Probe = {
  id: string;
  label: string;
  /** What the targets judge it as: a read the console or side panel makes, a write, or neither (the transport). */
  kind: 'read' | 'write' | 'other';
  /** Who asks; null: nobody signed in. */
  login: Login | null;
  /** The request of iteration i (a probe may rotate over enterprises or need fresh idempotency keys). */
  request(i: number): ProbeRequest;
  /** Statuses that count as success; anything else fails the bench. */
  ok: number[];
  iterations: number;
  warmup: number;
  /** Requests in flight at once, one timed run each. */
  concurrency: number[];
  /** Whether the raw-SQLite floor is measured for it (read requests whose SQL can be replayed as is). */
  floor: boolean;
};

export type Meter = { statements: number; rowsRead: number; rowsWritten: number; rowsReturned: number; longestMs: number };
export type ProbeFigures = { id: string; label: string; runs: Summary[]; meter: Meter };

export type Session = { base: string; tokens: Record<Login, string> };

const password = (login: Login) => demoUsers.find((u) => u.login === login)!.password;

export async function signIn(base: string): Promise<Session> {
  const logins: Login[] = ['admin', 'reviewer', 'expert.labour', 'coordinator.anting'];
  const tokens = {} as Record<Login, string>;
  for (const login of logins) {
    const res = await fetch(`${base}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login, password: password(login) }),
    });
    if (res.status !== 201) throw new Error(`sign-in of ${login}: ${res.status} ${await res.text()}`);
    tokens[login] = ((await res.json()) as { token: string }).token;
  }
  return { base, tokens };
}

export const authorization = (session: Session, probe: Probe): Record<string, string> =>
  probe.login ? { authorization: `Bearer ${session.tokens[probe.login]}` } : {};

/** The probe's request of iteration i, as sent by its user. */
function prepare(session: Session, probe: Probe, i: number, extraHeaders: Record<string, string> = {}): PreparedRequest {
  const { method, path, body, headers } = probe.request(i);
  return {
    method,
    url: `${session.base}/api/v1${path}`,
    headers: { ...authorization(session, probe), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers, ...extraHeaders },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

/** Sends one request as the probe's user; throws unless its status is one the probe expects. The body is read (to time the whole answer) and returned. */
export async function send(session: Session, probe: Probe, i: number, extraHeaders: Record<string, string> = {}) {
  const { method, url, headers, body } = prepare(session, probe, i, extraHeaders);
  const res = await fetch(url, { method, headers, body });
  const text = await res.text();
  if (!probe.ok.includes(res.status)) throw new Error(`${probe.label}: ${method} ${url} answered ${res.status} ${text.slice(0, 300)}`);
  return { headers: res.headers, text };
}

/** D1's row counts for one request of the probe, through the dev-only meter (x-d1-meter). */
async function meter(session: Session, probe: Probe, i: number): Promise<Meter> {
  const res = await send(session, probe, i, { 'x-d1-meter': '1' });
  const read = (name: string) => {
    const value = res.headers.get(`x-d1-${name}`);
    if (value === null) throw new Error(`${probe.label}: no x-d1-${name} header (is the worker running with D1_METER=true?)`);
    return Number(value);
  };
  return { statements: read('statements'), rowsRead: read('rows-read'), rowsWritten: read('rows-written'), rowsReturned: read('rows-returned'), longestMs: read('longest-ms') };
}

/** Times the probe at each concurrency, each run after its own warm-up, then meters one more request. */
export async function measureProbe(session: Session, probe: Probe, counter: { next: number }, log: (line: string) => void): Promise<ProbeFigures> {
  const nextIndex = () => counter.next++;
  const prepared = (n: number) => Array.from({ length: n }, () => prepare(session, probe, nextIndex()));
  const runs: Summary[] = [];
  for (const concurrency of probe.concurrency) {
    const warmups = prepared(probe.warmup);
    runs.push(await timedRequests({ warmups, requests: prepared(probe.iterations), concurrency, ok: probe.ok }, probe.label));
    const last = runs.at(-1)!;
    log(`  ${probe.label}, ${concurrency} at once: p50 ${last.p50.toFixed(1)} ms, p95 ${last.p95.toFixed(1)} ms, ${last.throughput.toFixed(1)} req/s`);
  }
  return { id: probe.id, label: probe.label, runs, meter: await meter(session, probe, nextIndex()) };
}

export type Iterations = { panel: number; heavy: number; reads: number; writes: number };
