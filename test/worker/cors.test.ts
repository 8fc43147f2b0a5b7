import { describe, expect, it } from 'vitest';
import { env } from 'cloudflare:workers';
import { app } from '../../worker/index';

const console = 'https://console.csr.example.gov.cn';
const chrome = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** Calls the app with chosen vars, as a browser page at `origin` would. */
async function fromOrigin(origin: string, vars: { ALLOWED_ORIGINS?: string; DEV?: string }, init: RequestInit = {}) {
  const request = new Request('http://127.0.0.1/api/v1/health', { ...init, headers: { origin, ...init.headers } });
  return app.fetch(request, { ...env, ALLOWED_ORIGINS: '', DEV: 'false', ...vars });
}

describe('CORS', () => {
  it('answers configured origins, with no credentials', async () => {
    const res = await fromOrigin(console, { ALLOWED_ORIGINS: `${chrome}, ${console}/` });
    expect(res.headers.get('access-control-allow-origin')).toBe(console);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('does not answer other origins, nor extensions outside development', async () => {
    for (const origin of ['https://evil.example', chrome]) {
      expect((await fromOrigin(origin, { ALLOWED_ORIGINS: console })).headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('answers any extension origin under DEV, and still no web page', async () => {
    expect((await fromOrigin(chrome, { DEV: 'true' })).headers.get('access-control-allow-origin')).toBe(chrome);
    expect((await fromOrigin('moz-extension://0f4c2a1e-93b4-4c8e-a0d1-7c2f0d3b9e11', { DEV: 'true' })).headers.get('access-control-allow-origin')).toBeTruthy();
    expect((await fromOrigin('https://evil.example', { DEV: 'true' })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the preflight of an authorised JSON request', async () => {
    const res = await fromOrigin(
      console,
      { ALLOWED_ORIGINS: console },
      { method: 'OPTIONS', headers: { 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization, content-type' } },
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type,if-none-match');
  });

  it('keeps the header on error answers, so the console can read a 401 or 429', async () => {
    const request = new Request('http://127.0.0.1/api/v1/me', { headers: { origin: console } });
    const res = await app.fetch(request, { ...env, ALLOWED_ORIGINS: console });
    expect(res.status).toBe(401);
    expect(res.headers.get('access-control-allow-origin')).toBe(console);
    expect(res.headers.get('access-control-expose-headers')).toBe('retry-after,etag');
  });
});
