// Stops `npm test` at once, in one line, when a browser the end-to-end tests drive is not installed;
// `--packages` prints every Debian package they need (for .ci/run's apt-get).
import { existsSync } from 'node:fs';
import { missingBrowsers, requirements } from './lib/browser-requirements';

if (process.argv.includes('--packages')) {
  console.log(requirements.flatMap((r) => r.packages).join(' '));
} else {
  const missing = missingBrowsers(existsSync, process.getuid?.() === 0);
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
}
