// The console runs in the extension and on the web (ADR-013): its modules reach the extension's runtime only through
// the two ports, so a module added or merged later that imports WXT's i18n or storage directly is caught here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const sources = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
const importing = (files: string[], specifier: RegExp) => files.filter((file) => specifier.test(readFileSync(join(root, file), 'utf8')));

describe('the ports boundary', () => {
  it("leaves WXT's i18n to the extension's adapter: every other module words things through the messages port", () => {
    const direct = importing(sources('extension'), /from '#i18n'/);
    expect(direct.filter((file) => !file.startsWith('extension/lib/ports/'))).toEqual([]);
  });

  it("keeps the console's components off the extension's browser and storage", () => {
    expect(importing(sources('extension/components/console'), /from '(wxt\/browser|wxt\/utils\/storage|[./]+lib\/storage)'/)).toEqual([]);
  });
});
