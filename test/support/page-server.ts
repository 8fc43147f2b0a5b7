// Pages a test writes and rewrites (a report that changes after it was clipped, a PDF it generated),
// served on 127.0.0.1 under any host name: http://huaxin-auto.localhost:<port>/x is detected as Huaxin's.
import { createServer } from 'node:http';

export type PageServer = {
  port: number;
  /** Serves `body` at `path` from now on (replacing what was there). */
  set(path: string, body: string | Uint8Array, type?: string): void;
  url(host: string, path: string): string;
  stop(): Promise<void>;
};

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, { body: string | Uint8Array; type: string }>();
  const server = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!page) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    set: (path, body, type = 'text/html; charset=utf-8') => void pages.set(path, { body, type }),
    url: (host, path) => `http://${host}:${port}${path}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
