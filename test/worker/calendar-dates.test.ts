// Every date a route accepts is a real calendar date: 2026-02-31 and 0000-00-00 are a 400 naming the field,
// and nothing is written.
import { beforeAll, describe, expect, it } from 'vitest';
import { creditCodes } from '../support/test-world';
import { changedTables, fingerprint } from './support/fingerprint';
import { indicatorIds } from './support/scenario';
import { call, createWorld, type World } from './world';

let world: World;
let ids: Record<string, number>;
beforeAll(async () => {
  world = await createWorld();
  ids = await indicatorIds(world);
});

const clip = (fields: Record<string, unknown>) => ({
  roundId: world.roundId,
  enterpriseId: world.enterpriseId(creditCodes.huaxin),
  indicatorId: ids['STAFF.1.1'],
  kind: 'link',
  url: 'https://huaxin-auto.cn/csr/2025.html',
  title: '2025年度社会责任报告',
  capturedAt: new Date().toISOString(),
  idempotencyKey: crypto.randomUUID(),
  ...fields,
});

describe('dates that are not on the calendar', () => {
  it.each([
    ['a documentation request due on 2026-02-31', () => `/rounds/${world.roundId}/enterprises/${world.enterpriseId(creditCodes.huaxin)}/documentation-requests`, () => ({ indicatorId: ids['STAFF.1.1'], question: '台账', dueOn: '2026-02-31' }), 'dueOn'],
    ['evidence published on 0000-00-00', () => '/evidence', () => clip({ publishedOn: '0000-00-00' }), 'publishedOn'],
    ['a certificate expiring on 2027-02-29', () => '/evidence', () => clip({ expiresOn: '2027-02-29' }), 'expiresOn'],
  ])('refuses %s with a field message, writing nothing', async (_name, path, body, field) => {
    const before = await fingerprint(world.db);
    const res = await call(path(), { token: world.tokens.expert, json: body() });
    expect(res.status, JSON.stringify(res.data)).toBe(400);
    expect(res.data.error.code).toBe('validation_failed');
    expect(res.data.error.details.fields).toEqual([{ path: field, message: 'Expected a real calendar date as YYYY-MM-DD' }]);
    expect(changedTables(before, await fingerprint(world.db))).toEqual([]);
  });

  it('still takes a real date, 29 February of a leap year included', async () => {
    const res = await call('/evidence', { token: world.tokens.expert, json: clip({ publishedOn: '2024-02-29' }) });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    expect(res.data.publishedOn).toBe('2024-02-29');
  });
});
