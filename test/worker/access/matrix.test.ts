// Runs the access matrix (routes.ts) as every actor (world.ts) in workerd against D1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { app } from '../../../worker/index';
import { creditCodes } from '../../support/test-world';
import { call } from '../world';
import { enterpriseOf, type RouteRow } from './row';
import { routes } from './routes';
import { companies } from './rounds';
import { actors, createAccessWorld, type AccessWorld, type Actor } from './world';

let w: AccessWorld;
// Four rounds in every state, with their derived figures settled: a minute on a busy machine.
beforeAll(async () => {
  w = await createAccessWorld();
}, 120_000);

/** What the row expects of this actor: success, an exception, or the default denial. */
export function expectedStatus(row: RouteRow, actor: Actor): number {
  const special = row.except?.[actor];
  if (special !== undefined) return special;
  // A dead token is refused everywhere, public routes included: the client must learn its session ended.
  if (actor === 'revoked' || actor === 'expired') return 401;
  const allowed = row.allow === 'everyone' || (row.allow === 'signed-in' ? actor !== 'anonymous' : row.allow.includes(actor));
  if (allowed) return row.ok;
  return actor === 'anonymous' ? 401 : 403;
}

const fillParams = (route: string, params: Record<string, string | number> = {}) =>
  route.replace(/:(\w+)/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`${route}: no value for :${name}`);
    return String(params[name]);
  });

const lastAuditId = async () => (await w.db.get<{ id: number | null }>(sql`SELECT max(id) AS id FROM audit_log`)).id ?? 0;

const tally = { cases: 0, cookieCases: 0, unexpectedAllows: [] as string[] };
const isSuccess = (status: number) => status >= 200 && status < 300;

/** How the credential travels: a bearer token (the extension), or the web console's session cookie sent from the
 *  console's own page or from another site's (a forged request, which changes nothing). */
type Transport = 'bearer' | 'cookie, same-origin' | 'cookie, cross-site';
const transportHeaders: Record<Transport, Record<string, string>> = {
  bearer: {},
  'cookie, same-origin': { 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1' },
  'cookie, cross-site': { 'sec-fetch-site': 'cross-site', origin: 'https://elsewhere.example' },
};

async function runCase(row: RouteRow, actor: Actor, transport: Transport, expected: number) {
  const setup = (await row.call?.(w, actor)) ?? {};
  const token = ('token' in setup ? setup.token : w.actorTokens[actor]) ?? undefined;
  const query = setup.query ? `?${new URLSearchParams(setup.query)}` : '';
  const auditBefore = await lastAuditId();
  const res = await call(fillParams(row.route, setup.params) + query, {
    method: row.method,
    ...(transport === 'bearer' ? { token } : { cookie: token }),
    json: setup.body,
    body: setup.upload?.bytes,
    headers: { ...setup.headers, ...(setup.upload && { 'content-type': setup.upload.type }), ...transportHeaders[transport] },
  });

  if (isSuccess(res.status) && !isSuccess(expected)) tally.unexpectedAllows.push(`${row.method} ${row.route} as ${actor} (${transport}): ${res.status}`);
  expect(res.status, JSON.stringify(res.data)).toBe(expected);
  if (transport === 'cookie, cross-site') expect(res.data.error.code).toBe('cross_site_request');

  const body = typeof res.data === 'string' ? res.data : JSON.stringify(res.data);
  for (const text of w.forbiddenFor(actor)) expect(body, `${actor} received "${text}"`).not.toContain(text);

  const written = await w.db.query.auditLog.findMany({ where: (a, { gt }) => gt(a.id, auditBefore) });
  expect(written.map((a) => a.action)).toEqual(isSuccess(res.status) && row.audit ? [row.audit] : []);
}

/** Live signed-in actors: the ones a cookie can belong to that the bearer rows do not already cover as dead. */
const liveActors: Actor[] = actors.filter((a) => a !== 'anonymous' && a !== 'revoked' && a !== 'expired');

/**
 * The cookie caller, per row: one actor the row allows and one it refuses (when it has them) and a dead session, each
 * expected to fare exactly as with a bearer token from the console's own origin; and on every mutation, the allowed
 * actor's cookie sent from another site: 403 before the session is even looked up, nothing written (a row that succeeds
 * once per actor expects its conflict the second time: the cookie's caller got past authorisation; a bearer-only row
 * expects 403 for the allowed actor's cookie). A sample per row
 * rather than every actor: the cookie only changes how the session is found, which the bearer rows cover in full.
 */
function cookieCases(row: RouteRow): [Transport, Actor, number][] {
  const allowed = liveActors.find((a) => isSuccess(expectedStatus(row, a)));
  const refused = liveActors.find((a) => !isSuccess(expectedStatus(row, a)));
  const sameOrigin = [allowed, refused, 'revoked' as const].filter((a) => a !== undefined);
  const cases: [Transport, Actor, number][] = sameOrigin.map((a) => ['cookie, same-origin', a, a === allowed ? (row.bearerOnly ? 403 : (row.again ?? expectedStatus(row, a))) : expectedStatus(row, a)]);
  if (row.method !== 'GET') cases.push(['cookie, cross-site', allowed ?? 'admin', 403]);
  return cases;
}

for (const row of routes) {
  if (row.method !== 'GET' && !row.audit && !row.read) throw new Error(`${row.method} ${row.route}: a mutation names the audit action it writes`);
  describe(`${row.method} ${row.route}${row.target ? ` (${row.target})` : ''}`, () => {
    it.each(actors.map((actor) => [actor, expectedStatus(row, actor)] as const))('%s → %i', async (actor, expected) => {
      tally.cases += 1;
      await runCase(row, actor, 'bearer', expected);
    });
    it.each(cookieCases(row))('%s as %s → %i', async (transport, actor, expected) => {
      tally.cookieCases += 1;
      await runCase(row, actor, transport, expected);
    });
  });
}

describe('the matrix as a whole', () => {
  // The public pages (/public) are anonymous by design; test/worker/public*.test.ts prove they show only published data.
  it('has a row for every API route the worker mounts', () => {
    const api = app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/v1'));
    const mounted = api.map((r) => `${r.method} ${r.path.replace(/^\/api\/v1/, '')}`);
    const covered = new Set(routes.map((r) => `${r.method} ${r.route}`));
    expect(mounted.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !mounted.includes(route))).toEqual([]);
  });

  it('would see a leak: every forbidden text is in a body of someone who may read it', async () => {
    const perEnterprise = companies.flatMap((c) => [
      `/rounds/${w.reviewingRoundId}/enterprises/${enterpriseOf(w, c)}/scores`,
      `/rounds/${w.roundId}/enterprises/${enterpriseOf(w, c)}/evidence`,
      `/rounds/${w.roundId}/enterprises?q=${creditCodes[c]}`,
    ]);
    const reads = await Promise.all([...perEnterprise, '/frameworks'].map((path) => call(path, { token: w.tokens.admin })));
    const bodies = reads.map((res) => JSON.stringify(res.data)).join('\n');
    const forbiddenToSomeone = [...new Set(actors.flatMap((actor) => w.forbiddenFor(actor)))];
    expect(forbiddenToSomeone.filter((text) => !bodies.includes(text))).toEqual([]);
  });

  it('covers every route and actor with no unexpected allow', () => {
    expect(tally.cases).toBe(routes.length * actors.length);
    expect(tally.unexpectedAllows).toEqual([]);
  });
});

afterAll(() => {
  const distinct = new Set(routes.map((r) => `${r.method} ${r.route}`)).size;
  console.log(
    `access matrix: ${distinct} routes in ${routes.length} rows × ${actors.length} actors = ${tally.cases} cases, ` +
      `${tally.cookieCases} with the session cookie, ${tally.unexpectedAllows.length} unexpected allows`,
  );
});
