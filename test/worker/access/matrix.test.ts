// Runs the access matrix (routes.ts) as every actor (world.ts) in workerd against D1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { call } from '../world';
import { routes, type RouteRow } from './routes';
import { actors, createAccessWorld, type AccessWorld, type Actor } from './world';

let w: AccessWorld;
beforeAll(async () => {
  w = await createAccessWorld();
});

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

const tally = { cases: 0, unexpectedAllows: [] as string[] };
const isSuccess = (status: number) => status >= 200 && status < 300;

for (const row of routes) {
  if (row.method !== 'GET' && !row.audit) throw new Error(`${row.method} ${row.route}: a mutation names the audit action it writes`);
  describe(`${row.method} ${row.route}${row.target ? ` (${row.target})` : ''}`, () => {
    it.each(actors.map((actor) => [actor, expectedStatus(row, actor)] as const))('%s → %i', async (actor, expected) => {
      const setup = (await row.call?.(w, actor)) ?? {};
      const token = 'token' in setup ? setup.token : w.actorTokens[actor];
      const query = setup.query ? `?${new URLSearchParams(setup.query)}` : '';
      const auditBefore = await lastAuditId();
      const res = await call(fillParams(row.route, setup.params) + query, { method: row.method, token: token ?? undefined, json: setup.body });

      tally.cases += 1;
      if (isSuccess(res.status) && !isSuccess(expected)) tally.unexpectedAllows.push(`${row.method} ${row.route} as ${actor}: ${res.status}`);
      expect(res.status, JSON.stringify(res.data)).toBe(expected);

      const body = typeof res.data === 'string' ? res.data : JSON.stringify(res.data);
      for (const text of w.forbiddenFor(actor)) expect(body, `${actor} received "${text}"`).not.toContain(text);

      const written = await w.db.query.auditLog.findMany({ where: (a, { gt }) => gt(a.id, auditBefore) });
      expect(written.map((a) => a.action)).toEqual(isSuccess(res.status) && row.audit ? [row.audit] : []);
    });
  });
}

describe('the matrix as a whole', () => {
  it('covers every route and actor with no unexpected allow', () => {
    expect(tally.cases).toBe(routes.length * actors.length);
    expect(tally.unexpectedAllows).toEqual([]);
  });
});

afterAll(() => {
  console.log(`access matrix: ${routes.length} route rows × ${actors.length} actors = ${tally.cases} cases, ${tally.unexpectedAllows.length} unexpected allows`);
});
