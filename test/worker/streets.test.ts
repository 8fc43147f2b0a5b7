// The registry's streets with their enterprise counts, for administrators.
import { beforeAll, describe, expect, it } from 'vitest';
import { streets } from '../support/test-world';
import { call, createWorld, type World } from './world';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('GET /streets', () => {
  it('lists each street once with its enterprise count', async () => {
    const res = await call('/streets', { token: world.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.data.items).toEqual(
      [
        { street: streets.nanxiang, enterprises: 2 },
        { street: streets.anting, enterprises: 1 },
      ].sort((a, b) => (a.street < b.street ? -1 : 1)),
    );
  });

  it('is 401 anonymous and 403 for everyone but administrators', async () => {
    expect((await call('/streets')).status).toBe(401);
    expect((await call('/streets', { token: world.tokens.coordinator })).status).toBe(403);
  });
});
