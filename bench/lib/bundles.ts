// What each entrypoint of the built Chrome extension loads, gzipped: its scripts and styles with every chunk
// they import (a chunk shared by two entrypoints counts in both), and the worker's bundle as wrangler builds it.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root, runWrangler } from '../../scripts/lib/wrangler';

export type BundleSize = { entrypoint: string; files: number; bytes: number; gzipBytes: number };

const extensionDir = join(root, '.output', 'chrome-mv3');
const gzipped = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

/** A file's static imports (`from"./x.js"`, `import"./x.js"`), as paths inside the extension. */
function importsOf(path: string, code: string): string[] {
  return [...code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((m) => posix.join(posix.dirname(path), m[1]!));
}

async function closure(entries: string[]): Promise<Map<string, Buffer>> {
  const seen = new Map<string, Buffer>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const bytes = await readFile(join(extensionDir, path));
    seen.set(path, bytes);
    if (path.endsWith('.js')) queue.push(...importsOf(path, bytes.toString('utf8')));
  }
  return seen;
}

const sizeOf = (entrypoint: string, files: Map<string, Buffer>): BundleSize => ({
  entrypoint,
  files: files.size,
  bytes: [...files.values()].reduce((sum, b) => sum + b.length, 0),
  gzipBytes: [...files.values()].reduce((sum, b) => sum + gzipped(b), 0),
});

export async function extensionBundles(): Promise<BundleSize[]> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const sizes: BundleSize[] = [];
  if (manifest.background?.service_worker) sizes.push(sizeOf('background', await closure([manifest.background.service_worker])));
  for (const script of manifest.content_scripts ?? []) sizes.push(sizeOf('content script', await closure([...(script.js ?? []), ...(script.css ?? [])])));
  for (const html of (await readdir(extensionDir)).filter((f) => f.endsWith('.html')).sort()) {
    const text = await readFile(join(extensionDir, html), 'utf8');
    const assets = [...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    sizes.push(sizeOf(html.replace(/\.html$/, ''), await closure(assets)));
  }
  return sizes;
}

/** The worker as `wrangler deploy --dry-run` bundles it. */
export async function workerBundle(): Promise<BundleSize> {
  const outdir = await mkdtemp(join(tmpdir(), 'csr-worker-bundle-'));
  try {
    await runWrangler(['deploy', '--dry-run', '--outdir', outdir]);
    const files = new Map<string, Buffer>();
    for (const name of (await readdir(outdir, { recursive: true })).filter((f) => f.endsWith('.js'))) files.set(name, await readFile(join(outdir, name)));
    return sizeOf('worker', files);
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}
