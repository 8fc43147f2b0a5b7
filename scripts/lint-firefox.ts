// `web-ext lint` on the Firefox build (.output/firefox-mv3), as addons.mozilla.org runs it: fails on any error or
// notice, and on any warning that scripts/lib/firefox-lint.ts (ADR-009) does not explain.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, judge, type LintInputs, type LintReport } from './lib/firefox-lint';
import { root } from './lib/wrangler';

const build = join(root, '.output', 'firefox-mv3');

function runLint(): Promise<LintReport> {
  return new Promise((resolve, reject) => {
    const bin = join(root, 'node_modules', 'web-ext', 'bin', 'web-ext.js');
    const child = spawn(process.execPath, [bin, 'lint', '--source-dir', build, '--output', 'json', '--no-config-discovery'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    // web-ext exits 1 when it finds errors: the JSON report says which.
    child.on('exit', (code) => {
      try {
        resolve(JSON.parse(stdout) as LintReport);
      } catch {
        reject(new Error(`web-ext lint failed (${code}):\n${stdout}\n${stderr}`));
      }
    });
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const inputs: LintInputs = {
  builtTextAt(file, line, column) {
    const lines = readFileSync(join(build, file), 'utf8').split('\n');
    const at = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column;
    // The flagged code may run over the next lines (a template literal after `import(`).
    return lines.join('\n').slice(Math.max(0, at - 300), at + 300);
  },
  sourcesMatching(pattern) {
    return [join(root, 'extension'), join(root, 'shared')].flatMap(sourceFiles).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((text, i) => (pattern.test(text) ? [`${relative(root, file)}:${i + 1}`] : [])),
    );
  },
  manifest: JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Record<string, unknown>,
};

const report = await runLint();
const verdict = judge(report, inputs);
for (const { finding, why } of verdict.explained) console.log(`explained  ${describe(finding)}\n           ${why}`);
for (const finding of verdict.unexplained) console.error(`UNEXPLAINED ${describe(finding)}`);
for (const stale of verdict.stale) console.error(`STALE      ${stale}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${verdict.explained.length} explained in docs/adr-009-firefox-and-shipping.md), ${report.notices.length} notices`,
);
if (verdict.unexplained.length > 0 || verdict.stale.length > 0) process.exit(1);
