// The whole product on this machine for a browser test: a fresh local D1 seeded with the demo world,
// `wrangler dev` on a free 127.0.0.1 port, the demo websites, and a browser with the built extension (Chromium
// unless the test launches Firefox).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoWorldSpec } from '../../scripts/demo/world';
import { startDemoSite } from '../../scripts/lib/demo-site';
import { applyMigrations, root, seedLocal, startWranglerDev, type WorkerProcess, type WranglerDevOptions } from '../../scripts/lib/wrangler';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { maxEvidenceId } from './local-d1';

export const artifactsDir = join(root, 'test', 'e2e', 'artifacts');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

/**
 * `wrangler dev` on a free port. The port is free when asked but not reserved: another process on the machine
 * may bind it before wrangler does, so a start that fails on an address in use tries a new port (three tries).
 */
export async function startWranglerDevOnFreePort(options: Omit<WranglerDevOptions, 'port'>): Promise<WorkerProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startWranglerDev({ ...options, port: await freePort() });
    } catch (err) {
      if (attempt >= 3 || !/EADDRINUSE|address already in use/i.test(String(err))) throw err;
    }
  }
}

/** What a stack needs of a browser: to close it, keeping its profile for a restart. */
export type BrowserUnderTest = { userDataDir: string; close(options?: { keepProfile?: boolean }): Promise<void> };
/** `workerUrl`: the worker the browser will talk to (a district's policy names it before the browser starts). */
export type LaunchBrowser<B extends BrowserUnderTest> = (options: { userDataDir?: string; workerUrl: string }) => Promise<B>;

export type Stack<B extends BrowserUnderTest = ExtensionBrowser> = {
  persistTo: string;
  /** Evidence ids up to this one were seeded with the demo world; a test's own evidence comes after. */
  seededEvidenceMaxId: number;
  worker: WorkerProcess;
  workerPort: number;
  siteUrl(site: string, path: string): string;
  browser: B;
  /** Closes the browser and starts it again on the same profile (storage.local survives, as after a real restart). */
  relaunchBrowser(): Promise<B>;
  restartWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
};

/** `workerVars`: more of the worker's vars for this test's worker (kept across restarts); `launch`: Chromium by default. */
export function startStack(options?: { workerVars?: Record<string, string> }): Promise<Stack>;
export function startStack<B extends BrowserUnderTest>(options: { workerVars?: Record<string, string>; launch: LaunchBrowser<B> }): Promise<Stack<B>>;
export async function startStack({ workerVars, launch = launchWithExtension }: { workerVars?: Record<string, string>; launch?: LaunchBrowser<BrowserUnderTest> } = {}): Promise<Stack<BrowserUnderTest>> {
  await mkdir(artifactsDir, { recursive: true });
  const persistTo = await mkdtemp(join(tmpdir(), 'csr-d1-'));
  await applyMigrations(persistTo);
  await seedLocal(demoWorldSpec, persistTo);
  const seededEvidenceMaxId = await maxEvidenceId(persistTo);
  const [worker, site] = await Promise.all([startWranglerDevOnFreePort({ persistTo, vars: workerVars }), startDemoSite(0)]);
  const browser = await launch({ workerUrl: worker.url });
  // Restarts keep the port: the extension's options name this address.
  const workerPort = Number(new URL(worker.url).port);
  const stack: Stack<BrowserUnderTest> = {
    persistTo,
    seededEvidenceMaxId,
    worker,
    workerPort,
    browser,
    siteUrl: (name, path) => `http://${name}.localhost:${site.port}${path}`,
    stopWorker: () => stack.worker.stop(),
    relaunchBrowser: async () => {
      await stack.browser.close({ keepProfile: true });
      stack.browser = await launch({ userDataDir: stack.browser.userDataDir, workerUrl: stack.worker.url });
      return stack.browser;
    },
    restartWorker: async () => {
      await stack.worker.stop();
      stack.worker = await startWranglerDev({ port: workerPort, persistTo, vars: workerVars });
    },
    close: async () => {
      await Promise.all([stack.browser.close(), stack.worker.stop(), site.stop()]);
      await rm(persistTo, { recursive: true, force: true });
    },
  };
  return stack;
}
