// Helpers of the evidence finder's worker tests: pages on the fixture site (test/support/fixture-site.ts),
// report links as evidence, reading them through the admin's re-index route, and waiting (bounded, by
// polling D1) until the queue has moved every report to a final state.
import { expect, inject } from 'vitest';
import type { MadeBody } from '../../support/fixture-site';
import { evidence } from '../../../worker/db/schema';
import { call, type World } from '../world';

export const sites = inject('freshnessSites');

type FixturePage = { body?: string; status?: number; type?: string; location?: string; made?: MadeBody };

export async function setPages(pages: Record<string, FixturePage>, origin = sites.primary) {
  const res = await fetch(`${origin}/__fixture/pages`, { method: 'POST', body: JSON.stringify(pages) });
  expect(res.status).toBe(204);
}

/** How often the fixture site was asked for `path`. */
export async function requestsFor(path: string) {
  const log = (await (await fetch(`${sites.primary}/__fixture/log`)).json()) as { path: string }[];
  return log.filter((entry) => entry.path === path).length;
}

/** A report link of the enterprise as its staff would attach it (kind report). */
export async function attachReport(world: World, enterpriseId: number, url: string, indicatorId: number, roundId = world.roundId) {
  await world.db.insert(evidence).values({
    roundId,
    enterpriseId,
    indicatorId,
    kind: 'report',
    url,
    normalizedUrl: url,
    title: '社会责任报告',
    capturedBy: world.userIds.get('huaxin')!,
    capturedAt: new Date().toISOString(),
    idempotencyKey: crypto.randomUUID(),
  });
}

export const reindex = (world: World, body: { enterpriseId?: number; reportId?: number }, roundId = world.roundId) =>
  call(`/rounds/${roundId}/finder/reindex`, { token: world.tokens.admin, json: body });

/** Polls until every report of the enterprise is indexed or failed (and none is missing), 20 s at most. */
export async function settledReports(world: World, enterpriseId: number, expected: number, roundId = world.roundId) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const rows = await world.db.query.finderReport.findMany({ where: (r, { and, eq }) => and(eq(r.roundId, roundId), eq(r.enterpriseId, enterpriseId)) });
    if (rows.length >= expected && rows.every((r) => r.status === 'indexed' || r.status === 'failed')) return rows;
    if (Date.now() > deadline) throw new Error(`reports still moving: ${JSON.stringify(rows.map((r) => [r.url, r.status, r.reason]))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
