// Correctness of re-anchoring at scale: 100 quotes on a generated 1 MB page, unchanged and changed.
// Timings are logged for the record (the benchmark, npm run bench, compares them in Chromium).
import { describe, expect, it } from 'vitest';
import { createAnchorer } from '../../shared/anchoring/anchor';
import { anchoredCorrectly, reportPages } from '../support/report-pages';

const { page, targets, changed } = reportPages();

describe('anchoring 100 quotes on a 1 MB page', () => {
  it('anchors every quote on the unchanged page at its captured offsets', () => {
    const began = performance.now();
    const anchorer = createAnchorer(page);
    const found = targets.map((t) => anchorer.anchor(t));
    const elapsed = performance.now() - began;
    console.info(`[anchoring] unchanged 1 MB page: ${found.filter(Boolean).length}/100 anchored in ${elapsed.toFixed(1)} ms`);
    found.forEach((anchor, i) => expect(anchor, `quote ${i}`).toMatchObject({ start: targets[i]!.start, end: targets[i]!.end }));
  });

  it('re-anchors edited and reformatted quotes on a changed page and orphans the removed ones', () => {
    const { text, expected } = changed();
    const began = performance.now();
    const anchorer = createAnchorer(text);
    const found = targets.map((t) => anchorer.anchor(t));
    const elapsed = performance.now() - began;
    const correct = found.filter((anchor, i) => anchoredCorrectly(anchor, expected[i]!)).length;
    const methods = Object.entries(Object.groupBy(found, (a) => a?.method ?? 'orphan')).map(([m, list]) => `${m} ${list!.length}`);
    console.info(`[anchoring] changed 1 MB page: ${correct}/100 correct (${methods.join(', ')}) in ${elapsed.toFixed(1)} ms`);
    expect(correct).toBe(100);
  });
});
