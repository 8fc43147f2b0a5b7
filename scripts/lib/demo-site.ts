// Serves the demo enterprise websites: http://<name>.localhost:<port>/ is test/fixtures/site/<name>/.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { root } from './wrangler';

const siteRoot = join(root, 'test', 'fixtures', 'site');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf', '.css': 'text/css', '.png': 'image/png' };

/** Listens on 127.0.0.1 only; `port` 0 picks a free one. */
export async function startDemoSite(port: number): Promise<{ server: Server; port: number; stop(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const site = (req.headers.host ?? '').split(':')[0]!.split('.')[0]!.replace(/[^a-z0-9-]/g, '');
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(siteRoot, site, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(join(siteRoot, site))) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    server,
    port: typeof address === 'object' && address ? address.port : port,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
