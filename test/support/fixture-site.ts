// A local site whose pages a test rewrites between runs of the freshness job, served on two loopback
// addresses (two hosts for the job's per-site spacing). The test, inside workerd, sets pages and reads the
// log of requests through /__fixture/ endpoints. Started once for the worker tests by vitest (globalSetup).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TestProject } from 'vitest/node';

type Page = { status: number; type: string; body: string; location?: string };
export type FixtureOrigins = { primary: string; secondary: string };
declare module 'vitest' {
  export interface ProvidedContext {
    freshnessSites: FixtureOrigins;
  }
}

async function body(req: IncomingMessage) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text;
}

export async function startFixtureSite() {
  const pages = new Map<string, Page>();
  const log: { host: string; path: string; at: number }[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/__fixture/pages' && req.method === 'POST') {
      for (const [at, page] of Object.entries(JSON.parse(await body(req)) as Record<string, Partial<Page>>)) {
        pages.set(at, { status: 200, type: 'text/html; charset=utf-8', body: '', ...page });
      }
      return res.writeHead(204).end();
    }
    if (path === '/__fixture/log') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(log));
    log.push({ host: req.headers.host ?? '', path, at: Date.now() });
    const page = pages.get(path);
    if (!page) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(page.status, { 'content-type': page.type, 'cache-control': 'no-store', ...(page.location && { location: page.location }) }).end(page.body);
  };
  const listen = (address: string) =>
    new Promise<{ server: Server; origin: string }>((resolve) => {
      const server = createServer((req, res) => void handle(req, res));
      server.listen(0, address, () => {
        const port = (server.address() as { port: number }).port;
        resolve({ server, origin: `http://${address}:${port}` });
      });
    });
  const [primary, secondary] = await Promise.all([listen('127.0.0.1'), listen('127.0.0.2')]);
  return {
    origins: { primary: primary.origin, secondary: secondary.origin },
    stop: () => Promise.all([primary, secondary].map(({ server }) => new Promise((resolve) => server.close(resolve)))),
  };
}

export default async function setup(project: TestProject) {
  const site = await startFixtureSite();
  project.provide('freshnessSites', site.origins);
  return async () => {
    await site.stop();
  };
}
