// Stops `npm run deploy` early when wrangler.toml still names the placeholder database or turns on the
// benchmark's D1 meter (row counts in response headers are for local measurements only).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { root } from './lib/wrangler';

const config = await readFile(join(root, 'wrangler.toml'), 'utf8');
if (/database_id\s*=\s*"00000000-0000-4000-8000-000000000000"/.test(config)) {
  console.error('wrangler.toml still has the placeholder database_id.');
  console.error('Run `npx wrangler d1 create csr-clipper` and put the printed database_id in wrangler.toml.');
  process.exit(1);
}
if (/^\s*D1_METER\s*=\s*"true"/m.test(config)) {
  console.error('wrangler.toml sets D1_METER = "true": the D1 meter is for local benchmarks (wrangler dev --var D1_METER:true) only.');
  process.exit(1);
}
