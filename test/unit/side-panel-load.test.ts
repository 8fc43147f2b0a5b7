// What the side panel runs before it can start (ADR-007): no zod and no schema built with it. Its first load evaluated
// zod and a dozen schema modules (~110 KB of its ~215) only to name enumerated values; they come from
// shared/schemas/values.ts now, and a district policy's schema loads only when a policy is there.
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedAtStart } from '../support/module-graph';

const root = join(import.meta.dirname, '..', '..');

describe("the side panel's first load", () => {
  const loaded = loadedAtStart(join(root, 'extension', 'entrypoints', 'sidepanel', 'main.tsx'));

  it('walks the panel itself', () => {
    const files = [...loaded.keys()].map((file) => relative(root, file));
    expect(files).toEqual(expect.arrayContaining(['extension/components/SidePanel.tsx', 'extension/components/IndicatorTree.tsx', 'shared/schemas/values.ts']));
  });

  it('loads no module that imports zod', () => {
    const withZod = [...loaded].filter(([, packages]) => packages.some((name) => name === 'zod' || name.startsWith('zod/'))).map(([file]) => relative(root, file));
    expect(withZod).toEqual([]);
  });
});
