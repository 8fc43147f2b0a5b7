// The adversarial re-anchoring corpus (test/fixtures/anchoring/, issue 15): formulaic look-alikes, context that
// contradicts, PDF pages moved, long quotes gone, ends inside words, and the changes that must not break
// anchoring. Prints the figures; requires no false anchor and at least 98 % correct anchors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FailureClass } from '../support/anchoring-corpus/corpus';
import { GENERATED_PATH, generateCorpus, serialise } from '../support/anchoring-corpus/generate';
import { describeFigures, loadCorpus, ourMatcher, runCorpus } from '../support/anchoring-corpus/run';

const cases = loadCorpus();

// A few seconds of matching over 355 cases: correctness is checked here, speed by the benchmark (bench/).

describe('the re-anchoring corpus', () => {
  it('holds the generator\'s cases as they are generated, and enough of them', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8'), 'regenerate: npx tsx test/support/anchoring-corpus/generate.ts').toBe(serialise(generateCorpus()));
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['zh', 'en']));
    expect(cases.filter((c) => c.pages).length).toBeGreaterThan(50);
  }, 60_000);

  it('anchors no quote where it is not, and at least 98 % where it is', async () => {
    const figures = await runCorpus(cases, ourMatcher);
    const byClass = new Map<FailureClass, number>();
    for (const c of cases) byClass.set(c.class, (byClass.get(c.class) ?? 0) + 1);
    console.info(`[anchoring corpus] ${describeFigures(figures, byClass)}`);
    const falseAnchors = figures.wrong.filter((w) => w.judgement === 'false-anchor');
    expect(falseAnchors, 'false anchors').toEqual([]);
    expect(figures.correct / figures.cases, JSON.stringify(figures.wrong)).toBeGreaterThanOrEqual(0.98);
    expect(figures.notFoundCorrectly).toBe(figures.notFoundExpected);
  }, 120_000);
});
