// The freshness job's page fetch turns every failure into a reason, never an exception: one odd site must not
// end a run (and leave its lease held) for every other item.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPageText } from '../../worker/jobs/fetch-page';

const limits = { allowList: [], dev: false, timeoutMs: 1000, maxBytes: 10_000 };

afterEach(() => vi.unstubAllGlobals());

describe('fetchPageText', () => {
  it.each([
    ['http://[::1', 'invalid_url'],
    ['http://10.0.0.1/csr.html', 'refused_host'],
    ['file:///etc/passwd', 'not_http'],
    ['http://[2002:a00:1::]/csr.html', 'refused_host'],
    ['http://intranet.localhost/csr.html', 'refused_host'],
  ])('a redirect to %s is the reason %s, and is never fetched', async (location, reason) => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response(null, { status: 302, headers: { location } });
    });
    await expect(fetchPageText('https://example.cn/moved.html', limits)).resolves.toEqual({ ok: false, reason });
    expect(asked).toEqual(['https://example.cn/moved.html']);
  });
});
