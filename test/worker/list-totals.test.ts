// Every paged list tells how many items its filters match in all, whatever the page: read page by page with
// a page of one, the items add up to that total on each list, for each reader's scope. The audit trail counts
// up to COUNT_CAP + 1 and no further.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNT_CAP } from '../../shared/schemas/common';
import { oneDisagreementWorld } from './support/scenario';
import { call, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await oneDisagreementWorld();
});

type Page = { items: unknown[]; enterprises?: unknown[]; nextCursor: string | null; total: number };

/** Reads `path` a page of one item at a time (at most 50 pages) and returns the totals each page gave and the items seen. */
async function readAll(path: string, token: string) {
  const totals: number[] = [];
  let seen = 0;
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res = await call(`${path}${path.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, { token });
    expect(res.status, JSON.stringify(res.data)).toBe(200);
    const body = res.data as Page;
    totals.push(body.total);
    seen += (body.items ?? body.enterprises)!.length;
    cursor = body.nextCursor;
    if (cursor === null) break;
  }
  return { totals, seen };
}

describe('list totals', () => {
  const lists = () => [
    { path: '/enterprises', token: world.tokens.admin },
    { path: '/enterprises?industry=manufacturing', token: world.tokens.admin },
    { path: `/rounds/${world.roundId}/results`, token: world.tokens.reviewer },
    { path: `/rounds/${world.roundId}/results?by=street`, token: world.tokens['coordinator-anting'] },
    { path: `/rounds/${world.roundId}/progress/enterprises`, token: world.tokens.admin },
    { path: `/rounds/${world.roundId}/progress/enterprises`, token: world.tokens.coordinator },
    { path: `/rounds/${world.roundId}/queues/disagreements`, token: world.tokens.reviewer },
    { path: `/rounds/${world.roundId}/finder/summary`, token: world.tokens.admin },
    { path: `/rounds/${world.roundId}/documentation-requests`, token: world.tokens.admin },
    { path: `/rounds/${world.roundId}/evidence/expiring?withinDays=730`, token: world.tokens.admin },
    { path: '/users', token: world.tokens.admin },
    { path: '/users?role=expert', token: world.tokens.admin },
    { path: '/audit', token: world.tokens.admin },
    { path: '/audit?action=score.put', token: world.tokens.admin },
  ];

  it('gives every page the same total, and the pages hold that many items', async () => {
    const failures: string[] = [];
    for (const { path, token } of lists()) {
      const { totals, seen } = await readAll(path, token);
      if (new Set(totals).size !== 1 || totals[0] !== seen) failures.push(`${path}: totals ${totals.join(',')} but ${seen} items`);
    }
    expect(failures).toEqual([]);
  });

  it('counts within the reader’s scope and the filters', async () => {
    const total = async (path: string, token: string) => (await call(path, { token })).data.total as number;
    expect(await total(`/rounds/${world.roundId}/results`, world.tokens.reviewer)).toBe(3);
    expect(await total(`/rounds/${world.roundId}/results`, world.tokens['coordinator-anting'])).toBe(1);
    expect(await total(`/rounds/${world.roundId}/progress/enterprises`, world.tokens.coordinator)).toBe(2);
    expect(await total(`/rounds/${world.roundId}/queues/disagreements`, world.tokens.reviewer)).toBe(1);
    expect(await total('/users?role=expert', world.tokens.admin)).toBe(2);
  });

  it('counts the audit trail up to the cap and no further', async () => {
    // Rows written straight to the table: thousands of real requests would only slow the test.
    await world.db.run(sql`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT_CAP + 5})
      INSERT INTO audit_log (action, resource_type, resource_id) SELECT 'test.bulk', 'queue', 'bulk-' || i FROM n`);
    const all = await call('/audit?limit=1', { token: world.tokens.admin });
    expect(all.data.total).toBe(COUNT_CAP + 1);
    const some = await call('/audit?limit=1&resourceType=queue&resourceId=bulk-7', { token: world.tokens.admin });
    expect(some.data.total).toBe(1);
  });
});
