// The one client of the worker: typed by the worker's own routes (hono/client), with the session's credential as
// the session port carries it (a bearer token in the extension; in the web console, the cookie the browser sends).
import { hc, type ClientResponse } from 'hono/client';
import type { ErrorBody } from '../../shared/schemas/common';
import type { PanelStateBody } from '../../shared/schemas/panel';
import type { IndicatorNode } from '../../shared/schemas/round';
import type { AppType } from '../../worker/index';
import type { Failure, Result } from './result';
import { sessionPort } from './ports/session';

/** A request that takes longer is treated like a network failure (and a clip is kept to retry). */
const TIMEOUT_MS = 15_000;

/** `anonymous`: send no token, for signing in, where a stale token would only get in the way. `signal`: the
 *  caller's own end to the request instead of the timeout (a download that keeps receiving may take minutes).
 *  `client`: one made beforehand, so that the request leaves at once (a page asking for its first data as it loads). */
export type RequestOptions = { anonymous?: boolean; signal?: AbortSignal; client?: ApiClient };

export async function apiClient({ anonymous = false, signal }: RequestOptions = {}) {
  const port = sessionPort();
  const [base, session] = await Promise.all([port.server(), anonymous ? null : port.session.getValue()]);
  // The extension's credential is its bearer token alone: the web console's cookie, which the same browser holds for the
  // same server once the console is open, must not ride along (the worker refuses a cookie sent from another origin).
  const credentials: RequestCredentials = port.transport === 'bearer' ? 'omit' : 'same-origin';
  return hc<AppType>(base, {
    headers: (): Record<string, string> => (session?.token ? { authorization: `Bearer ${session.token}` } : {}),
    fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, credentials, signal: signal ?? AbortSignal.timeout(TIMEOUT_MS) }),
  });
}

export type ApiClient = Awaited<ReturnType<typeof apiClient>>;

const reachableListeners = new Set<() => void>();
/** Called after every answer from the worker: a sign that queued clips can go now. */
export function onWorkerReachable(listener: () => void) {
  reachableListeners.add(listener);
}

/**
 * Runs one typed call and folds every outcome into a Result. A 401 on a signed-in call marks the
 * session as expired, which every page shows as "sign in again" without dropping the user's work.
 */
export async function request<T>(call: (client: ApiClient) => Promise<ClientResponse<T>>, options: RequestOptions = {}): Promise<Result<T>> {
  let res: ClientResponse<T>;
  try {
    res = await call(options.client ?? (await apiClient(options)));
  } catch (err) {
    return { ok: false, error: { code: 'network', message: err instanceof Error ? err.message : String(err), status: 0 } };
  }
  if (res.status < 500) for (const listener of reachableListeners) listener();
  // 304: the state asked for with its version (If-None-Match) has not changed.
  if (res.ok || res.status === 304) return { ok: true, value: (res.status === 204 || res.status === 304 ? null : await res.json()) as T };
  return failureOf(res, options);
}

/** The API's error body as a failed Result; a 401 on a signed-in call marks the session as expired. */
async function failureOf(res: Response | ClientResponse<unknown>, options: RequestOptions): Promise<{ ok: false; error: Failure }> {
  const body = (await res.json().catch(() => null)) as ErrorBody | null;
  if (res.status === 401 && !options.anonymous) await sessionPort().expired.setValue(true);
  return {
    ok: false,
    error: {
      code: (body?.error.code ?? 'internal') as Failure['code'],
      message: body?.error.message ?? `HTTP ${res.status}`,
      status: res.status,
      details: body?.error.details,
    },
  };
}

/** An enterprise's side-panel state, asked with the version on screen: null while it has not changed. */
export const fetchPanel = (roundId: number, enterpriseId: number, version: string | null, client?: ApiClient) =>
  request(
    (api) =>
      api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].panel.$get(
        { param: { roundId: String(roundId), enterpriseId: String(enterpriseId) } },
        { headers: version ? { 'if-none-match': version } : {} },
      ),
    { client },
  ) as Promise<Result<PanelStateBody | null>>;

/** Every node of the framework a round pins (the side panel asks once per framework: a published one never changes). */
export async function fetchIndicatorTree(roundId: number): Promise<Result<IndicatorNode[]>> {
  const answer = await request((api) => api.api.v1.rounds[':roundId'].indicators.$get({ param: { roundId: String(roundId) } }));
  return answer.ok ? { ok: true, value: answer.value.items } : answer;
}

/**
 * A file the worker answers with (an export), with the name its Content-Disposition gives, read as it streams
 * in: `onProgress` hears the bytes received so far. It gives up only when nothing arrives for IDLE_MS.
 */
export async function requestFile(
  call: (client: ApiClient) => Promise<Response | ClientResponse<unknown>>,
  onProgress: (bytes: number) => void = () => {},
): Promise<Result<{ blob: Blob; fileName: string }>> {
  const idle = new AbortController();
  let timer = setTimeout(() => idle.abort(), IDLE_MS);
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => idle.abort(), IDLE_MS);
  };
  try {
    const res = await call(await apiClient({ signal: idle.signal }));
    if (!res.ok) return failureOf(res, {});
    const fileName = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    const reader = res.body!.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      chunks.push(part.value);
      bytes += part.value.length;
      alive();
      onProgress(bytes);
    }
    return { ok: true, value: { blob: new Blob(chunks as BlobPart[], { type: res.headers.get('content-type') ?? undefined }), fileName } };
  } catch (err) {
    return { ok: false, error: { code: 'network', message: err instanceof Error ? err.message : String(err), status: 0 } };
  } finally {
    clearTimeout(timer);
  }
}

/** A download that receives nothing for this long has stalled. */
const IDLE_MS = 60_000;

/** A screenshot (PNG or JPEG data URL) as the raw body of its upload: never through JSON or messages. */
export function uploadScreenshot(evidenceId: number, dataUrl: string) {
  const [meta, base64 = ''] = dataUrl.split(',', 2);
  const type = meta?.includes('image/jpeg') ? 'image/jpeg' : 'image/png';
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return request((api) =>
    api.api.v1.evidence[':id'].screenshot.$put({ param: { id: String(evidenceId) }, header: { 'content-type': type } }, { init: { body: bytes } }),
  );
}

/** A screenshot as an object URL to show, or null when it cannot be fetched. */
export async function screenshotUrl(evidenceId: number): Promise<string | null> {
  try {
    const api = await apiClient();
    const res = await api.api.v1.evidence[':id'].screenshot.$get({ param: { id: String(evidenceId) } });
    return res.ok ? URL.createObjectURL(await res.blob()) : null;
  } catch {
    return null;
  }
}
