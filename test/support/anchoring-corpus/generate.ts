// The generated part of the corpus: every generator in both languages, each case from its own seed, so the
// file is the same on every run. `npx tsx test/support/anchoring-corpus/generate.ts` rewrites
// test/fixtures/anchoring/generated.json; the corpus test fails when the file and the generators disagree.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HTML_GENERATORS, type Generator } from './cases-html';
import { PDF_GENERATORS } from './cases-pdf';
import type { CorpusCase } from './corpus';
import { source } from './documents';
import { resetIds } from './model';

/** Cases per generator and language. */
const COUNTS: Record<string, number> = {
  'term-changed': 12,
  'deleted-look-alikes-left': 12,
  'same-words-other-context': 12,
  duplicate: 8,
  moved: 8,
  reflow: 8,
  width: 8,
  typo: 10,
  'long-gone': 9,
  'token-ends': 8,
  edited: 6,
  'pages-inserted': 8,
  'pages-removed': 6,
  'page-gone': 6,
  'deleted-on-page': 6,
  'edited-after-insert': 6,
  'reflowed-page': 6,
};

export const GENERATED_PATH = fileURLToPath(new URL('../../fixtures/anchoring/generated.json', import.meta.url));

export function generateCorpus(): CorpusCase[] {
  resetIds();
  const generators: Record<string, Generator> = { ...HTML_GENERATORS, ...PDF_GENERATORS };
  const cases: CorpusCase[] = [];
  Object.entries(generators).forEach(([name, generate], g) => {
    for (const [l, lang] of (['zh', 'en'] as const).entries()) {
      for (let n = 0; n < COUNTS[name]!; n++) cases.push(generate(lang, source(20261207 + g * 1_000 + l * 100 + n), n));
    }
  });
  return cases;
}

/** One case per line: a diff shows which cases changed. */
export const serialise = (cases: CorpusCase[]) => `[\n${cases.map((c) => JSON.stringify(c)).join(',\n')}\n]\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cases = generateCorpus();
  writeFileSync(GENERATED_PATH, serialise(cases));
  console.log(`${cases.length} cases written to ${GENERATED_PATH}`);
}
