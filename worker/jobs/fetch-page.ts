// Fetches one source document carefully, for the freshness job (a page's text) and the evidence finder (a
// report's bytes, HTML or PDF): every URL (redirects too) checked before it is asked for, a timeout, only the
// content types asked for, a cap on the body's size, the page's charset honoured. Every failure is a reason,
// never an exception: the caller records it against its item.
import { checkFetchUrl, type FetchAccess } from '../domain/public-url';
import { htmlToText } from '../domain/html-text';

export type FetchLimits = FetchAccess & { timeoutMs: number; maxBytes: number };
export type PageText = { ok: true; text: string; url: string } | { ok: false; reason: string };
export type FetchedBytes = { ok: true; bytes: Uint8Array<ArrayBuffer>; contentType: string; url: string } | { ok: false; reason: string };

/** What a caller accepts: the content types it reads, the reason it gives for any other, and its request headers. */
export type Wanted = { types: RegExp; refusal: string; headers: Record<string, string> };

const MAX_REDIRECTS = 3;
const HTML: Wanted = {
  types: /text\/html|application\/xhtml\+xml/i,
  refusal: 'not_html',
  headers: { accept: 'text/html,application/xhtml+xml;q=0.9', 'user-agent': 'CSR-Clipper-freshness/1 (evidence check; one request per site at a time)' },
};

/** The body's bytes, or null once they pass `maxBytes` (the rest is never read). */
async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The charset from the Content-Type header, else from a <meta> near the top, else UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType: string): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const failure = (err: unknown) => (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError') ? 'timeout' : 'network');

/** The document at `input` as bytes, within `limits`, if its type is one `wanted` reads. */
export async function fetchBytes(input: string, limits: FetchLimits, wanted: Wanted): Promise<FetchedBytes> {
  let target = input;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const checked = checkFetchUrl(target, limits);
    if (!checked.ok) return { ok: false, reason: checked.reason };
    let res: Response;
    try {
      res = await fetch(checked.url.href, { redirect: 'manual', headers: wanted.headers, signal: AbortSignal.timeout(limits.timeoutMs) });
    } catch (err) {
      return { ok: false, reason: failure(err) };
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      // A Location that is no URL at all is the page's failure, not the run's.
      try {
        target = new URL(location, checked.url).href;
      } catch {
        return { ok: false, reason: 'invalid_url' };
      }
      continue;
    }
    const type = res.headers.get('content-type') ?? '';
    const refusal = !res.ok ? `http_${res.status}` : !wanted.types.test(type) ? wanted.refusal : Number(res.headers.get('content-length')) > limits.maxBytes ? 'too_large' : null;
    if (refusal || !res.body) {
      await res.body?.cancel();
      return { ok: false, reason: refusal ?? 'empty' };
    }
    try {
      const bytes = await readCapped(res.body, limits.maxBytes);
      return bytes ? { ok: true, bytes, contentType: type, url: checked.url.href } : { ok: false, reason: 'too_large' };
    } catch (err) {
      return { ok: false, reason: failure(err) };
    }
  }
  return { ok: false, reason: 'too_many_redirects' };
}

export async function fetchPageText(input: string, limits: FetchLimits): Promise<PageText> {
  const fetched = await fetchBytes(input, limits, HTML);
  return fetched.ok ? { ok: true, text: htmlToText(decodeHtml(fetched.bytes, fetched.contentType)), url: fetched.url } : fetched;
}
