// Stops `npm test` at once, in one line, when a browser the end-to-end tests drive is not installed or is older than
// the tests were verified with; `--packages` prints every Debian package they need (for .ci/run's apt-get).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { missingBrowsers, requirements } from './lib/browser-requirements';

/** The installed version of a Debian package, or null when it is not installed. */
function packageVersion(name: string): string | null {
  try {
    return execFileSync('dpkg-query', ['--show', '--showformat=${Version}', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) || null;
  } catch {
    return null;
  }
}

if (process.argv.includes('--packages')) {
  console.log(requirements.flatMap((r) => r.packages).join(' '));
} else {
  const missing = missingBrowsers({ exists: existsSync, packageVersion }, process.getuid?.() === 0);
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
}
