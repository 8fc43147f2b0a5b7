// No module imports itself back through others (ADR-013): a cycle ties modules that should stand apart (a page and
// the app that renders it), and makes load order matter. Relative imports of the product's own code, types included.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../support/module-graph';

const root = join(import.meta.dirname, '..', '..');
const sources = ['extension', 'worker', 'shared', 'web'].flatMap((dir) =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.parentPath.includes('node_modules') && !entry.parentPath.includes('.output'))
    .map((entry) => join(entry.parentPath, entry.name)),
);

/** Every cycle found by a depth-first walk, each as the chain of files that closes it. */
function importCycles(files: string[], edges: (file: string) => string[]): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const walk = (file: string, path: string[]) => {
    state.set(file, 'open');
    for (const next of edges(file)) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), file, next]);
      else if (!state.has(next)) walk(next, [...path, file]);
    }
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) walk(file, []);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle of three and none in a chain', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['e'], e: [] };
    expect(importCycles(Object.keys(graph), (f) => graph[f]!)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has none in the extension, the web console, the worker or shared', () => {
    const cache = new Map<string, string[]>();
    const edges = (file: string) => cache.get(file) ?? (cache.set(file, importsOf(file).files), cache.get(file)!);
    expect(importCycles(sources, edges).map((cycle) => cycle.map((file) => relative(root, file)).join(' → '))).toEqual([]);
  });
});
