// A clip saved through the API as the extension saves it, for tests about what happens to evidence afterwards.
import { expect } from 'vitest';
import { creditCodes, type TestLogin } from '../support/test-world';
import { call, type World } from './world';

const indicatorIds = new WeakMap<World, Promise<Record<string, number>>>();

/** Indicator ids of the world's framework by code, fetched once per world. */
export function indicatorIdsOf(world: World) {
  if (!indicatorIds.has(world)) {
    const read = call(`/rounds/${world.roundId}/indicators`, { token: world.tokens.expert }).then((tree) =>
      Object.fromEntries(tree.data.items.map((n: { code: string; id: number }) => [n.code, n.id])),
    );
    indicatorIds.set(world, read);
  }
  return indicatorIds.get(world)!;
}

export async function saveClip(world: World, who: TestLogin = 'expert', quote = '公司劳动合同签订率达到100%。') {
  const res = await call('/evidence', {
    token: world.tokens[who],
    json: {
      roundId: world.roundId,
      enterpriseId: world.enterpriseId(creditCodes.huaxin),
      indicatorId: (await indicatorIdsOf(world))['STAFF.1.1'],
      url: 'https://www.huaxin-auto.cn/csr/2025.html',
      title: '华鑫2025社会责任报告',
      quote,
      capturedAt: '2026-11-20T08:00:00.000Z',
      idempotencyKey: crypto.randomUUID(),
    },
  });
  expect(res.status).toBe(201);
  return res.data as { id: number; version: number };
}
