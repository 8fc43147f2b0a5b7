// The worker's figures, measured from a client over HTTP on 127.0.0.1 against `wrangler dev` (workerd with a
// local D1): each probe is warmed up, then timed sequentially and, where it makes sense, with a few
// requests in flight; one more request with the dev-only D1 meter reads D1's row counts.
import { demoUsers } from '../../scripts/demo/world';
import { queueProbes, type QueueWorld } from './queue-probes';
import type { Summary } from './stats';
import { timed } from './stats';

export type Login = 'admin' | 'reviewer' | 'expert.labour';

export type ProbeRequest = { method: 'GET' | 'POST'; path: string; body?: unknown; headers?: Record<string, string> };

export type Probe = {
  id: string;
  label: string;
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

export type Meter = { statements: number; rowsRead: number; rowsWritten: number; rowsReturned: number };
export type ProbeFigures = { id: string; label: string; runs: Summary[]; meter: Meter };

export type Session = { base: string; tokens: Record<Login, string> };

const password = (login: Login) => demoUsers.find((u) => u.login === login)!.password;

export async function signIn(base: string): Promise<Session> {
  const logins: Login[] = ['admin', 'reviewer', 'expert.labour'];
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

/** Sends one request as the probe's user; throws unless its status is one the probe expects. */
export async function send(session: Session, probe: Probe, i: number, extraHeaders: Record<string, string> = {}) {
  const { method, path, body, headers } = probe.request(i);
  const res = await fetch(`${session.base}/api/v1${path}`, {
    method,
    headers: { ...authorization(session, probe), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers, ...extraHeaders },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!probe.ok.includes(res.status)) throw new Error(`${probe.label}: ${method} ${path} answered ${res.status} ${text.slice(0, 300)}`);
  return res;
}

/** D1's row counts for one request of the probe, through the dev-only meter (x-d1-meter). */
async function meter(session: Session, probe: Probe, i: number): Promise<Meter> {
  const res = await send(session, probe, i, { 'x-d1-meter': '1' });
  const read = (name: string) => {
    const value = res.headers.get(`x-d1-${name}`);
    if (value === null) throw new Error(`${probe.label}: no x-d1-${name} header (is the worker running with D1_METER=true?)`);
    return Number(value);
  };
  return { statements: read('statements'), rowsRead: read('rows-read'), rowsWritten: read('rows-written'), rowsReturned: read('rows-returned') };
}

/** Warms the probe up, times it at each concurrency, then meters one more request. */
export async function measureProbe(session: Session, probe: Probe, counter: { next: number }, log: (line: string) => void): Promise<ProbeFigures> {
  const nextIndex = () => counter.next++;
  for (let w = 0; w < probe.warmup; w++) await send(session, probe, nextIndex());
  const runs: Summary[] = [];
  for (const concurrency of probe.concurrency) {
    const offset = counter.next;
    counter.next += probe.iterations;
    runs.push(await timed(async (i) => void (await send(session, probe, offset + i)), probe.iterations, concurrency));
    const last = runs.at(-1)!;
    log(`  ${probe.label}, ${concurrency} at once: p50 ${last.p50.toFixed(1)} ms, p95 ${last.p95.toFixed(1)} ms, ${last.throughput.toFixed(1)} req/s`);
  }
  return { id: probe.id, label: probe.label, runs, meter: await meter(session, probe, nextIndex()) };
}

export type ProbeWorld = {
  roundId: number;
  /** Enrolled enterprises the typical probes rotate over (the heavy one excluded). */
  sample: number[];
  heavyEnterpriseId: number;
  /** Leaf indicators, for clips. */
  indicatorIds: number[];
  /** Names and credit codes of the sample, for searches. */
  named: { name: string; creditCode: string }[];
  /** The heavy enterprise's panel ETag for the poll probe, read once the worker runs. */
  heavyEtag?: string;
  /** The queues' next-page cursors and streets. */
  queue: QueueWorld;
};

export type Iterations = { panel: number; heavy: number; clip: number; compute: number; ranking: number; progress: number; queue: number; search: number };

/** The four figures the issue asks for (a–d), with the heavy panel, the 304 poll and the ranking page beside them, and the queues (e). */
export function probes(world: ProbeWorld, n: Iterations, runId: string): Probe[] {
  const { roundId, sample, heavyEnterpriseId, indicatorIds } = world;
  const panelOf = (enterpriseId: number) => `/rounds/${roundId}/enterprises/${enterpriseId}/panel`;
  const warm = (iterations: number) => Math.max(2, Math.ceil(iterations / 10));
  return [
    {
      id: 'transport',
      label: 'baseline: HTTP to wrangler dev, no D1 (404)',
      login: null,
      request: () => ({ method: 'GET', path: '/no-such-route' }),
      ok: [404],
      iterations: n.panel,
      warmup: warm(n.panel),
      concurrency: [1],
      floor: false,
    },
    {
      id: 'a',
      label: '(a) side-panel state, typical enterprise',
      login: 'reviewer',
      request: (i) => ({ method: 'GET', path: panelOf(sample[i % sample.length]!) }),
      ok: [200],
      iterations: n.panel,
      warmup: sample.length,
      concurrency: [1, 4],
      floor: true,
    },
    {
      id: 'a-heavy',
      label: '(a) side-panel state, 300 evidence items',
      login: 'reviewer',
      request: () => ({ method: 'GET', path: panelOf(heavyEnterpriseId) }),
      ok: [200],
      iterations: n.heavy,
      warmup: warm(n.heavy),
      concurrency: [1],
      floor: true,
    },
    {
      id: 'a-poll',
      label: '(a) side-panel poll, unchanged (304)',
      login: 'reviewer',
      request: () => ({ method: 'GET', path: panelOf(heavyEnterpriseId), headers: { 'if-none-match': world.heavyEtag ?? '' } }),
      ok: [304],
      iterations: n.heavy,
      warmup: warm(n.heavy),
      concurrency: [1],
      floor: true,
    },
    {
      id: 'b',
      label: '(b) saving a clip',
      login: 'expert.labour',
      request: (i) => ({ method: 'POST', path: '/evidence', body: clip(world, runId, i) }),
      ok: [201],
      iterations: n.clip,
      warmup: warm(n.clip),
      concurrency: [1, 4],
      // A replay would repeat the same idempotency key: a different statement path, not the floor of this one.
      floor: false,
    },
    {
      id: 'c',
      label: '(c) whole-round aggregation and ranking',
      login: 'admin',
      request: () => ({ method: 'POST', path: `/rounds/${roundId}/results/compute` }),
      ok: [200],
      iterations: n.compute,
      warmup: 1,
      concurrency: [1],
      floor: true,
    },
    {
      id: 'c-page',
      label: '(c) ranking, first page of 50',
      login: 'admin',
      request: () => ({ method: 'GET', path: `/rounds/${roundId}/results?limit=50` }),
      ok: [200],
      iterations: n.ranking,
      warmup: warm(n.ranking),
      concurrency: [1],
      floor: true,
    },
    {
      id: 'search',
      label: 'search: the registry by name, credit code or fragment',
      login: 'admin',
      request: (i) => ({ method: 'GET', path: `/enterprises?limit=50&q=${encodeURIComponent(searchTerm(world, i))}` }),
      ok: [200],
      iterations: n.search,
      warmup: warm(n.search),
      concurrency: [1],
      floor: true,
    },
    {
      id: 'd',
      label: "(d) the round's progress",
      login: 'admin',
      request: () => ({ method: 'GET', path: `/rounds/${roundId}/progress` }),
      ok: [200],
      iterations: n.progress,
      warmup: warm(n.progress),
      concurrency: n.progress >= 8 ? [1, 4] : [1],
      floor: true,
    },
    ...queueProbes(roundId, world.queue, n.queue),
  ];
}

/** Widens ASCII letters and digits to their full-width forms, as an IME in full-width mode types them. */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/**
 * What people type into the registry's search, in turn: a whole registered name, a credit code in full-width
 * digits and letters, a fragment of a name, and 40 characters found nowhere (every row is looked at).
 */
function searchTerm(world: ProbeWorld, i: number): string {
  const { name, creditCode } = world.named[Math.floor(i / 4) % world.named.length]!;
  return [name, fullWidth(creditCode), name.slice(2, 6), '嘉定区不存在的民营企业有限公司'.repeat(3).slice(0, 40)][i % 4]!;
}

/** A clip as the extension saves it: a quote with its selectors, on a rotating enterprise and indicator. */
function clip(world: ProbeWorld, runId: string, i: number) {
  const quote = `公司依法与全体员工签订劳动合同,签订率达到100%,并为员工足额缴纳社会保险(第${i + 1}条)。`;
  return {
    roundId: world.roundId,
    enterpriseId: world.sample[i % world.sample.length],
    indicatorId: world.indicatorIds[i % world.indicatorIds.length],
    kind: 'clip',
    url: `https://www.example.com.cn/csr/2025.html?utm_source=bench#p${i}`,
    title: '2025年度社会责任报告',
    siteName: '企业官网',
    quote,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '第三章 员工权益保护。', suffix: '公司建立了工资集体协商机制。' },
      position: { type: 'TextPositionSelector', start: 1200 + i, end: 1200 + i + quote.length },
    },
    stance: 'supports',
    capturedAt: new Date().toISOString(),
    idempotencyKey: `bench-${runId}-${String(i).padStart(8, '0')}`,
    extensionVersion: '0.1.0',
  };
}
