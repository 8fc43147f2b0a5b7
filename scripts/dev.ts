// `npm run dev`: local D1 migrated and seeded, the extension built, the demo sites and the worker running.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { attachDemoReports } from './demo/reports';
import { DEMO_SITE_PORT, demoEnterprises, demoUsers, demoWorldSpec } from './demo/world';
import { startDemoSite } from './lib/demo-site';
import { applyMigrations, root, seedLocal, startWranglerDev } from './lib/wrangler';

const WORKER_PORT = 8787;

function buildExtension(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`extension build failed (${code})`))));
  });
}

const step = (text: string) => console.log(`\n▶ ${text}`);

step('Applying D1 migrations to the local database');
await applyMigrations();
step('Seeding the demo world');
console.log((await seedLocal(demoWorldSpec)) ? '  seeded' : '  already seeded (delete .wrangler/state to start over)');
step('Building the extension for Chrome and Firefox');
await buildExtension();
step('Starting the demo enterprise websites and the worker');
const site = await startDemoSite(DEMO_SITE_PORT);
// The evidence finder may read the demo sites (on 127.0.0.1, which public-only fetching refuses otherwise), and
// nothing else: the demo enterprises' made-up domains (in the seeded evidence) are names on the real internet.
const worker = await startWranglerDev({ port: WORKER_PORT, inheritOutput: true, vars: { FINDER_ALLOW_HOSTS: '127.0.0.1', FETCH_ONLY_HOSTS: '127.0.0.1' } });
step('Attaching the demo reports for the evidence finder to read');
try {
  console.log(`  ${await attachDemoReports(worker.url, site.port)} new report links (read in the background; suggestions in the side panel)`);
} catch (err) {
  // The demo runs without suggestions rather than not at all.
  console.warn(`  could not attach the demo reports: ${err instanceof Error ? err.message : String(err)}`);
}

console.log(`
CSR Clipper is running.

  Worker API     ${worker.url}/api/v1/health
  Extension      load unpacked from ${join(root, '.output', 'chrome-mv3')}
                 (Firefox: ${join(root, '.output', 'firefox-mv3')}; watch mode: npm run dev:extension)
  Demo websites  ${demoEnterprises.map((e) => `http://${e.domains!.find((d) => d.endsWith('.localhost'))}:${site.port}/`).join('\n                 ')}

  Demo logins (server ${worker.url}, set in the extension's options):
${demoUsers.map((u) => `    ${u.login.padEnd(20)} ${u.password.padEnd(24)} ${u.displayName}`).join('\n')}

Press Ctrl+C to stop.`);

const shutdown = async () => {
  await Promise.all([worker.stop(), site.stop()]);
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
