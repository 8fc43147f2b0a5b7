// Fuzz: every route of the access matrix (access/routes.ts, so routes added later are fuzzed too) gets its
// valid request and generated near-valid and hostile variants (support/hostile.ts), as the admin and as a
// role the row allows. Whatever comes in: never a 500, an error always in the API's shape, a refused request
// changes no row of any table (support/fingerprint.ts) and so writes no audit row (a refused sign-in writes only
// its throttle counter and its session.failed row), a change that succeeds always writes its audit row in the
// same batch, and nothing reaches Object.prototype. Background jobs that earlier successful cases started
// (ranks, statistics, agreement, rebuilds on the queue) finish before each fingerprint is taken, so they never
// pass for a write of the refused request; a refused request starts none.
import fc from 'fast-check';
import { exports } from 'cloudflare:workers';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_TEXT_MAX } from '../../shared/schemas/values';
import { call } from './world';
import type { RouteRow } from './access/row';
import { routes } from './access/routes';
import { freshCase } from './access/rows/continuity';
import { createAccessWorld, type AccessWorld, type Actor } from './access/world';
import { changedTables, fingerprint } from './support/fingerprint';
import { derivedIdle } from './support/derived';
import { mutate, mutation, searchQuery, type Mutation } from './support/hostile';

/** Cases per route and caller: mutations (the routes that write) get more than reads. */
const RUNS = { write: 12, read: 4 };
/** Ceilings per route and caller and for the whole suite, so it stays within its time whatever the machine's load. */
const TIME_LIMIT_MS = 4_000;
const SUITE_BUDGET_MS = 60_000;
/** At least this long per route and caller once the budget is spent: every route still gets its first cases. */
const FLOOR_MS = 250;
/** Vitest's timeout per test only catches a hang: the limits above bound the work, and a loaded machine (CI runs the
 * suite beside the browsers' builds) must not turn a slow case into a failure, as the default 5 s once did. */
const HANG_MS = 30_000;
/** Fixed, so CI runs the same cases; change it to explore others (fast-check prints the seed of a failure). */
const SEED = 20261124;

let w: AccessWorld;
let deadline: number;
beforeAll(async () => {
  w = await createAccessWorld();
  deadline = Date.now() + SUITE_BUDGET_MS;
}, 300_000);

const tally = { cases: 0, byStatus: new Map<number, number>(), searches: 0, searchStatuses: new Map<number, number>() };

/** The admin, and one role the row allows besides (the expert where everyone signed in may call). */
function callers(row: RouteRow): Actor[] {
  const allowed = row.allow === 'everyone' || row.allow === 'signed-in' ? ['expert' as const] : row.allow.filter((a) => a !== 'admin');
  return ['admin', ...allowed.slice(0, 1)];
}

const fill = (route: string, params: Record<string, string | number>) =>
  route.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '1')));

/** A GET carries no body: its mutated "body" becomes its query, each value as text. */
function asQuery(body: string | undefined): string {
  let parsed: unknown;
  try {
    parsed = body === undefined ? undefined : JSON.parse(body);
  } catch {
    return '';
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return '';
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  return `?${new URLSearchParams(Object.entries(parsed).map(([k, v]) => [k, text(v)]))}`;
}

async function attempt(row: RouteRow, actor: Actor, m: Mutation) {
  const setup = (await row.call?.(w, actor)) ?? {};
  const reading = row.method === 'GET';
  // Raw uploads (screenshots) are not JSON: their own tests cover them; their params are still fuzzed.
  const valid = { params: setup.params, body: reading ? setup.query : setup.upload ? undefined : setup.body };
  const request = mutate(valid, m);
  const token = 'token' in setup ? setup.token : w.actorTokens[actor];
  const query = reading ? asQuery(request.body) : setup.query ? `?${new URLSearchParams(setup.query)}` : '';
  const body = reading ? undefined : request.body;

  await derivedIdle(w.db);
  const before = await fingerprint(w.db);
  const auditBefore = (await w.db.get<{ id: number | null }>(sql`SELECT max(id) AS id FROM audit_log`)).id ?? 0;
  const res = await call(fill(row.route, request.params) + query, {
    method: row.method,
    token: token ?? undefined,
    body: body ?? (setup.upload?.bytes as BodyInit | undefined),
    headers: { ...setup.headers, ...(body !== undefined ? { 'content-type': 'application/json' } : setup.upload && { 'content-type': setup.upload.type }) },
  });
  const changed = changedTables(before, await fingerprint(w.db));
  tally.cases += 1;
  tally.byStatus.set(res.status, (tally.byStatus.get(res.status) ?? 0) + 1);

  const what = `${row.method} ${row.route} as ${actor} with ${JSON.stringify(m).slice(0, 200)} → ${res.status} ${JSON.stringify(res.data).slice(0, 300)}`;
  expect(res.status, what).toBeLessThan(500);
  expect(({} as Record<string, unknown>).polluted, `Object.prototype polluted by ${what}`).toBeUndefined();
  if (res.status >= 400) {
    expect(res.data?.error?.code, what).toEqual(expect.any(String));
    // A refused sign-in counts the failure against the login (throttling) and audits the attempt
    // (session.failed) by design; nothing else refused writes, and a refused sign-in writes nothing else.
    const countsFailure = (row.route === '/sessions' || row.route === '/sessions/cookie') && row.method === 'POST' && (res.status === 401 || res.status === 429);
    expect(changed, `a refused request wrote: ${what}`).toEqual(countsFailure ? changed.filter((t) => t === 'login_throttle' || t === 'audit_log') : []);
    if (countsFailure && changed.includes('audit_log')) {
      const written = await w.db.query.auditLog.findMany({ where: (a, { gt }) => gt(a.id, auditBefore) });
      expect(written.map((a) => a.action), `a refused sign-in audited: ${what}`).toEqual(['session.failed']);
    }
  } else if (row.method !== 'GET' && changed.length > 0) {
    // Reads may nudge derived state; a change someone asked for is always audited in its batch.
    expect(changed, `a change without its audit row: ${what}`).toContain('audit_log');
  }
}

/**
 * The case that ran last, settled. fast-check's time limit races a running case and leaves it running unawaited: the next
 * case (of the same route or the next) waits for it, or that case's request would change the rows under the next one's
 * fingerprint (a settlement deleted by the interrupted case, then the next case's delete finding nothing to delete).
 */
let previous: Promise<unknown> = Promise.resolve();
function attemptAfterPrevious(row: RouteRow, actor: Actor, m: Mutation) {
  const run = previous.then(() => attempt(row, actor, m));
  // An interrupted case's outcome is not the next one's: fast-check already let it go.
  previous = run.catch(() => undefined);
  return run;
}

describe('fuzzing every route of the access matrix', () => {
  it('sees a change and none where there is none (the measure itself is quiet)', async () => {
    const before = await fingerprint(w.db);
    expect(changedTables(before, await fingerprint(w.db))).toEqual([]);
    await call('/me', { token: w.tokens.admin });
    expect(changedTables(before, await fingerprint(w.db))).toEqual([]);
    await w.db.run(sql`UPDATE enterprise SET name = name || '.' WHERE id = (SELECT min(id) FROM enterprise)`);
    expect(changedTables(before, await fingerprint(w.db))).toEqual(['enterprise']);
  });

  for (const row of routes) {
    for (const actor of callers(row)) {
      it(`${row.method} ${row.route}${row.target ? ` (${row.target})` : ''} as ${actor}`, async () => {
        const before = tally.cases;
        const timeLimit = Math.max(FLOOR_MS, Math.min(TIME_LIMIT_MS, deadline - Date.now()));
        const details = await fc.check(fc.asyncProperty(mutation, (m) => attemptAfterPrevious(row, actor, m)), {
          numRuns: row.method === 'GET' ? RUNS.read : RUNS.write,
          seed: SEED,
          interruptAfterTimeLimit: timeLimit,
          markInterruptAsFailure: false,
          // The failed expectation itself (which table a refused request wrote, the 500's body), not only the case.
          includeErrorInReport: true,
        });
        // fast-check counts a run interrupted before its first case as failed: on a busy machine the floor can pass
        // before one case ends. That first case then runs on its own, unbounded, so every route still gets one.
        const noneInTime = details.failed && details.interrupted && details.counterexamplePath === null && details.numRuns === 0;
        if (noneInTime) await attemptAfterPrevious(row, actor, fc.sample(mutation, { seed: SEED, numRuns: 1 })[0]!);
        else if (details.failed) throw new Error(fc.defaultReportMessage(details));
        expect(tally.cases, 'not one case ran in the time left').toBeGreaterThan(before);
      }, HANG_MS);
    }
  }
});

/** Every search parameter (`?q=`): the API's lists and the public pages, each as someone who may search it. */
const searches: { route: string; url: (w: AccessWorld) => string; caller: Actor | null; mayBeEmpty: boolean }[] = [
  { route: 'GET /api/v1/enterprises', url: () => '/api/v1/enterprises', caller: 'admin', mayBeEmpty: false },
  { route: 'GET /api/v1/rounds/:roundId/enterprises', url: (w) => `/api/v1/rounds/${w.roundId}/enterprises`, caller: 'coordinator', mayBeEmpty: false },
  { route: 'GET /api/v1/users', url: () => '/api/v1/users', caller: 'admin', mayBeEmpty: false },
  { route: 'GET /public/rounds/:roundId', url: (w) => `/public/rounds/${w.publishedRoundId}`, caller: null, mayBeEmpty: true },
  { route: 'GET /public/cases', url: () => '/public/cases', caller: null, mayBeEmpty: true },
];
const SEARCH_RUNS = 40;

describe('fuzzing every search parameter with real names: long, full-width, mixed scripts', () => {
  // A published case to search through: a search over no rows would never evaluate its condition.
  beforeAll(() => freshCase(w, 'huaxin', { consent: true, published: true }));

  for (const search of searches) {
    it(`${search.route}?q=`, async () => {
      await fc.assert(
        fc.asyncProperty(searchQuery, async (text) => {
          // A URL carries no lone surrogate: the browser sends U+FFFD, so this does too.
          const sent = text.toWellFormed();
          const headers = search.caller ? { authorization: `Bearer ${w.actorTokens[search.caller]}` } : undefined;
          const res = await exports.default.fetch(new Request(`http://127.0.0.1${search.url(w)}?q=${encodeURIComponent(sent)}`, { headers }));
          const body = await res.text();
          tally.searches += 1;
          tally.searchStatuses.set(res.status, (tally.searchStatuses.get(res.status) ?? 0) + 1);
          const length = sent.trim().length;
          const acceptable = length <= SEARCH_TEXT_MAX && (search.mayBeEmpty || length > 0);
          const what = `${search.route}?q=${JSON.stringify(sent).slice(0, 120)} (${length} characters) → ${res.status} ${body.slice(0, 200)}`;
          expect(res.status, what).toBe(acceptable ? 200 : 400);
        }),
        { numRuns: SEARCH_RUNS, seed: SEED },
      );
    }, HANG_MS);
  }
});

afterAll(() => {
  const statuses = [...tally.byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
  console.log(`fuzz: ${tally.cases} cases over ${routes.length} matrix rows (${statuses.join(', ')})`);
  const searched = [...tally.searchStatuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
  console.log(`fuzz: ${tally.searches} search queries over ${searches.length} search parameters (${searched.join(', ')})`);
});
