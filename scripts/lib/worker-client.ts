// A small JSON client of a running worker for scripts, signed in as one user.
export type WorkerClient = {
  /** The signed-in user's authorization header, for requests sent some other way. */
  headers: Record<string, string>;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }>;
  get<T>(path: string): Promise<T>;
};

export async function signedIn(server: string, login: string, password: string): Promise<WorkerClient> {
  const created = await fetch(`${server}/api/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
  if (created.status !== 201) throw new Error(`${login} cannot sign in at ${server}: ${created.status} ${await created.text()}`);
  const { token } = (await created.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}` };
  const call = async <T>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server}/api/v1${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, data: (text ? JSON.parse(text) : null) as T };
  };
  return {
    headers,
    call,
    get: async <T>(path: string) => {
      const res = await call<T>('GET', path);
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.data)}`);
      return res.data;
    },
  };
}

/** Runs `work` over `items`, `width` at a time. */
export async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}
