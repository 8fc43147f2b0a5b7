// The product's own module graph as its sources spell it: what each file imports by a relative path, and which
// packages it names. Read from the text (no bundler), so a test can walk it without building anything.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type ModuleImports = { files: string[]; packages: string[] };

/**
 * What a module imports or re-exports. `values`: only what runs when it loads (static imports of values and bare
 * imports); `import type` and `export type` are left out, as are dynamic imports, which load later if at all.
 * Without it, types count too.
 */
export function importsOf(file: string, { values = false } = {}): ModuleImports {
  const text = readFileSync(file, 'utf8');
  const statements = [...text.matchAll(/^\s*(import|export)\b(\s+type\b)?[^'"]*?from\s+'([^']+)'/gm), ...text.matchAll(/^\s*(import)()\s+'([^']+)'/gm)];
  const specifiers = statements.filter((m) => !(values && m[2])).map((m) => m[3]!);
  const files = specifiers.filter((s) => s.startsWith('.')).flatMap((specifier) => {
    const base = resolve(dirname(file), specifier);
    const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ending) => base + ending).find((path) => existsSync(path) && /\.tsx?$/.test(path));
    return found ? [found] : [];
  });
  return { files, packages: specifiers.filter((s) => !s.startsWith('.')) };
}

/** Every module a page loads before it runs (from its entry, by `importsOf(…, { values: true })`), with the packages each names. */
export function loadedAtStart(entry: string): Map<string, string[]> {
  const loaded = new Map<string, string[]>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    const { files, packages } = importsOf(file, { values: true });
    loaded.set(file, packages);
    files.forEach(visit);
  };
  visit(entry);
  return loaded;
}
