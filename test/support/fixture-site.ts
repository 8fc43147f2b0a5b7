// A local site whose pages a test rewrites between runs of the freshness job or the evidence finder, served on
// two loopback addresses (two hosts for the freshness job's per-site spacing). The test, inside workerd, sets
// pages and reads the log of requests through /__fixture/ endpoints; bodies that need Node (a Chinese report
// PDF, hostile PDFs, a huge file) are made here from a description. Started once for the worker tests by vitest
// (globalSetup).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TestProject } from 'vitest/node';
import { reportPdf } from '../../scripts/lib/report-pdf';
import { bombPdf, brokenPdf, encryptedPdf } from './fixture-pdfs';

/** What a body is made from, besides plain text: a report PDF (one page per text), a hand-made odd PDF, base64, or `mb` MiB of filler. */
export type MadeBody =
  | { pdf: string[]; title?: string; imageOnly?: boolean }
  | { special: 'encrypted' | 'broken' | 'bomb' }
  | { base64: string }
  | { mb: number; declareLength: boolean };
type Page = { status: number; type: string; body: string | Buffer; location?: string; declareLength?: boolean; mb?: number };

async function make(made: MadeBody): Promise<Partial<Page>> {
  if ('pdf' in made) return { body: Buffer.from(await reportPdf(made.pdf, made)), type: 'application/pdf' };
  if ('special' in made) {
    const body = made.special === 'encrypted' ? encryptedPdf() : made.special === 'broken' ? brokenPdf() : await bombPdf(1024);
    return { body, type: 'application/pdf' };
  }
  if ('base64' in made) return { body: Buffer.from(made.base64, 'base64') };
  return { body: '', mb: made.mb, declareLength: made.declareLength };
}
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

/** `mb` MiB of filler, streamed (never held whole); stops early when the client hangs up. */
function sendFiller(res: ServerResponse, status: number, headers: Record<string, string>, mb: number, declareLength: boolean) {
  res.writeHead(status, { ...headers, ...(declareLength && { 'content-length': String(mb * 1024 * 1024) }) });
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  const pump = () => {
    while (sent < mb) {
      sent++;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => (sent = mb));
  pump();
}

export async function startFixtureSite() {
  const pages = new Map<string, Page>();
  const log: { host: string; path: string; at: number }[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/__fixture/pages' && req.method === 'POST') {
      for (const [at, page] of Object.entries(JSON.parse(await body(req)) as Record<string, Partial<Page> & { made?: MadeBody }>)) {
        const { made: description, ...rest } = page;
        pages.set(at, { status: 200, type: 'text/html; charset=utf-8', body: '', ...(description && (await make(description))), ...rest });
      }
      return res.writeHead(204).end();
    }
    if (path === '/__fixture/log') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(log));
    log.push({ host: req.headers.host ?? '', path, at: Date.now() });
    const page = pages.get(path);
    if (!page) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const headers = { 'content-type': page.type, 'cache-control': 'no-store', ...(page.location && { location: page.location }) };
    if (page.mb) return sendFiller(res, page.status, headers, page.mb, page.declareLength ?? true);
    res.writeHead(page.status, headers).end(page.body);
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
