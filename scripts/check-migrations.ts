// Fails when worker/db/schema.ts has changes that no migration in worker/migrations covers.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { root } from './lib/wrangler';

const migrations = join(root, 'worker', 'migrations');
const scratch = await mkdtemp(join(tmpdir(), 'csr-migrations-'));
try {
  await cp(migrations, scratch, { recursive: true });
  const before = new Set(await readdir(scratch));
  // drizzle-kit refuses an absolute --out.
  const out = relative(root, scratch);
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'drizzle-kit', 'bin.cjs'), 'generate', '--dialect=sqlite', '--schema=./worker/db/schema.ts', `--out=${out}`],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`drizzle-kit generate failed:\n${result.stdout}\n${result.stderr}`);
  const added = (await readdir(scratch)).filter((name) => !before.has(name));
  if (added.length > 0) {
    console.error(`The schema changed without a migration (would generate ${added.join(', ')}). Run: npm run db:generate -- --name <why>`);
    process.exit(1);
  }
  console.log('Migrations cover the schema.');
} finally {
  await rm(scratch, { recursive: true, force: true });
}
