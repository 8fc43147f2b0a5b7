// Serves the demo enterprise websites: http://<name>.localhost:<port>/ is test/fixtures/site/<name>/, and so is
// http://127.0.0.1:<port>/<name>/ (the worker's fetcher cannot resolve *.localhost; the evidence finder reads the
// demo reports there). 华鑫's "报告全文 (PDF版)" is a real Chinese PDF made at start (scripts/lib/report-pdf.ts).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { huaxinReportPages } from '../demo/report-pages';
import { reportPdf } from './report-pdf';
import { root } from './wrangler';

const siteRoot = join(root, 'test', 'fixtures', 'site');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf', '.css': 'text/css', '.png': 'image/png' };

/** Listens on 127.0.0.1 only; `port` 0 picks a free one. */
export async function startDemoSite(port: number): Promise<{ server: Server; port: number; stop(): Promise<void> }> {
  const generated = new Map([['huaxin-auto/csr-2025-full.pdf', Buffer.from(await reportPdf(huaxinReportPages, { title: '上海华鑫汽车零部件有限公司2025年度社会责任报告' }))]]);
  const server = createServer(async (req, res) => {
    const hostname = (req.headers.host ?? '').split(':')[0]!;
    let pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let site = hostname.split('.')[0]!;
    if (hostname === '127.0.0.1') [, site = '', pathname = '/'] = /^\/([^/]*)(\/.*)?$/.exec(pathname) ?? [];
    site = site.replace(/[^a-z0-9-]/g, '');
    const path = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
    const made = generated.get(`${site}${path}`);
    if (made) return res.writeHead(200, { 'content-type': 'application/pdf', 'cache-control': 'no-store' }).end(made);
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
