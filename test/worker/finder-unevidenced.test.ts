// GET /rounds/:roundId/finder/unevidenced: the expert queue's "indicators with suggestions and no evidence" —
// only the acting expert's assignment, only indicators without live evidence, gone once a suggestion is
// confirmed; experts only.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FinderSuggestions, UnevidencedSuggestions } from '../../shared/schemas/finder';
import { creditCodes } from '../support/test-world';
import { indicatorIds } from './support/scenario';
import { attachReport, reindex, reportHtml, setPages, settledReports, sites } from './support/finder';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
let huaxin: number;
const path = (query = '') => `/rounds/${world.roundId}/finder/unevidenced${query}`;

async function unevidenced(token: string, query = '') {
  const res = await call(path(query), { token });
  expect(res.status, JSON.stringify(res.data)).toBe(200);
  return res.data as UnevidencedSuggestions;
}
const codesOf = (page: UnevidencedSuggestions, enterpriseId: number) => page.items.find((i) => i.enterpriseId === enterpriseId)?.indicators.map((i) => i.code) ?? [];

beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
  huaxin = world.enterpriseId(creditCodes.huaxin);
  await setPages({ '/unevidenced/csr.html': { body: reportHtml } });
  await attachReport(world, huaxin, `${sites.primary}/unevidenced/csr.html`, ids['STAFF.1.1']!);
  expect((await reindex(world, { enterpriseId: huaxin })).status).toBe(202);
  await settledReports(world, huaxin, 1);
}, 60_000);

describe('GET /rounds/:roundId/finder/unevidenced', () => {
  it('lists the indicators of the expert’s assignment with suggestions and no evidence, until one is confirmed', async () => {
    const suggested = await call(`/rounds/${world.roundId}/enterprises/${huaxin}/finder/suggestions`, { token: world.tokens.expert });
    const withSuggestions = (suggested.data as FinderSuggestions).indicators.filter((i) => i.items.length > 0);
    const codes = codesOf(await unevidenced(world.tokens.expert), huaxin);
    expect(codes.length).toBeGreaterThan(0);
    // STAFF.1.1 holds the report link itself: evidence already.
    expect(codes).not.toContain('STAFF.1.1');
    expect(codes.every((code) => withSuggestions.some((i) => i.indicatorId === ids[code]))).toBe(true);
    // expert2 covers the pollution group (ENV.1) only.
    expect(codesOf(await unevidenced(world.tokens.expert2), huaxin).every((code) => code.startsWith('ENV.1.'))).toBe(true);

    const first = codes[0]!;
    const top = withSuggestions.find((i) => i.indicatorId === ids[first])!.items[0]!;
    const confirmed = await call(`/rounds/${world.roundId}/enterprises/${huaxin}/finder/confirmations`, {
      token: world.tokens.expert,
      json: { indicatorId: ids[first], reportId: top.reportId, passageKey: top.passageKey, stance: 'supports', idempotencyKey: crypto.randomUUID().replaceAll('-', '') },
    });
    expect(confirmed.status).toBe(201);
    expect(codesOf(await unevidenced(world.tokens.expert), huaxin)).not.toContain(first);
  });

  it('pages by enterprise', async () => {
    const page = await unevidenced(world.tokens.expert, '?limit=1');
    expect(page.items.length).toBeLessThanOrEqual(1);
    if (page.nextCursor) expect(page.nextCursor).toBe(String(page.items[0]!.enterpriseId));
  });

  it('is for experts only; 401 without a session, 400 for a bad cursor, 404 for an unknown round', async () => {
    for (const login of ['reviewer', 'admin', 'huaxin', 'coordinator'] as const) expect((await call(path(), { token: world.tokens[login] })).status).toBe(403);
    expect((await call(path())).status).toBe(401);
    expect((await call(path('?cursor=x'), { token: world.tokens.expert })).status).toBe(400);
    expect((await call('/rounds/999999/finder/unevidenced', { token: world.tokens.expert })).status).toBe(404);
  });
});
