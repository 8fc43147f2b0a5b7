// Running wrangler from Node scripts and tests: migrations, seeding and `wrangler dev`, all offline and local.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import type { D1Database } from '@cloudflare/workers-types';
import { database, type Database } from '../../worker/db/client';
import { isSeeded, seedWorld, type WorldSpec } from '../../worker/seed/world';

export const root = join(import.meta.dirname, '..', '..');
/** wrangler's package exports hide bin/, so it is run by path with this Node. */
const wranglerBin = join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');

/** No telemetry, no fetch of Cloudflare's request metadata: nothing leaves the machine. */
export const offlineEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: process.env.CI ?? '' };

/** Runs wrangler with `args`; resolves with what it printed on stdout. */
export function runWrangler(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wranglerBin, ...args], { cwd: root, env: offlineEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`wrangler ${args.join(' ')} failed (${code}):\n${output}`))));
  });
}

export const persistArgs = (persistTo?: string) => (persistTo ? ['--persist-to', persistTo] : []);

export const applyMigrations = async (persistTo?: string) => {
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persistArgs(persistTo)]);
};

/** Runs `use` on the local D1 (of `persistTo`, or .wrangler/state) through wrangler's platform proxy. */
export async function withLocalD1<T>(persistTo: string | undefined, use: (db: Database) => Promise<T>): Promise<T> {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({
    configPath: join(root, 'wrangler.toml'),
    persist: persistTo ? { path: join(persistTo, 'v3') } : true,
    remoteBindings: false,
  });
  try {
    return await use(database(proxy.env.DB));
  } finally {
    await proxy.dispose();
  }
}

/** Seeds `spec` into the local D1 unless it already holds a round. Returns whether it seeded. */
export const seedLocal = (spec: WorldSpec, persistTo?: string): Promise<boolean> =>
  withLocalD1(persistTo, async (db) => {
    if (await isSeeded(db)) return false;
    await seedWorld(db, spec);
    return true;
  });

/** Polls the health endpoint until it answers, for at most `timeoutMs`. */
export async function waitForHealth(baseUrl: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      lastError = new Error(`HTTP ${res.status}`);
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`The worker at ${baseUrl} did not become healthy in ${timeoutMs} ms: ${String(lastError)}`);
}

export type WorkerProcess = { url: string; child: ChildProcess; stop(): Promise<void> };

export type WranglerDevOptions = {
  port: number;
  persistTo?: string;
  inheritOutput?: boolean;
  /** More wrangler vars for this run (the benchmark's D1_METER, a browser test's FRESHNESS_ALLOW_HOSTS). */
  vars?: Record<string, string>;
  /** Hears what wrangler and the worker print (the benchmark reads its jobs' meter lines). */
  onOutput?: (chunk: string) => void;
};

export async function startWranglerDev(options: WranglerDevOptions): Promise<WorkerProcess> {
  const child = spawn(
    process.execPath,
    [
      wranglerBin,
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(options.port),
      '--show-interactive-dev-session=false',
      // Unpacked extensions get ids nobody configured: allow every extension origin while developing.
      '--var',
      'DEV:true',
      ...Object.entries(options.vars ?? {}).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
      ...persistArgs(options.persistTo),
    ],
    { cwd: root, env: offlineEnv, stdio: options.inheritOutput ? 'inherit' : ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => ((output += chunk), options.onOutput?.(String(chunk))));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`wrangler dev exited (${code}):\n${output}`))));
  // A cold start compiles the whole bundle (PDF.js included) on the first request: slow on a busy machine.
  exited.catch(() => undefined);
  try {
    await Promise.race([waitForHealth(url, 90_000), exited]);
  } catch (err) {
    // Never left running when it did not come up: it would hold its port and workerd until someone noticed.
    child.kill('SIGTERM');
    throw err;
  }
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
