import { describe, expect, it } from 'vitest';
import { call } from './world';

describe('GET /health', () => {
  it('answers after touching D1', async () => {
    const res = await call('/health');
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ ok: true, db: 'ok' });
  });

  it('answers unknown paths with a JSON 404', async () => {
    const res = await call('/nope');
    expect(res.status).toBe(404);
    expect(res.data).toEqual({ error: { code: 'not_found', message: 'No such endpoint' } });
  });
});
