// Runs inside a Chromium page (bundled by esbuild, see ../lib/anchoring.ts): builds a report page's DOM from
// its text and re-anchors quotes in it, with ours (the content script's page-text index and shared/anchoring,
// ending in a DOM Range) and with the dom-anchor-text-quote package (which also ends in a Range).
import { toRange } from 'dom-anchor-text-quote';
import { createAnchorer, type QuoteTarget } from '../../shared/anchoring/anchor';
import { buildTextIndex, rangeAt, textOffset } from '../../extension/lib/page-text';

export type Found = { start: number; end: number } | null;
export type Run = { ms: number; attempted: number; found: Found[] };

/** The text as the page's DOM: one paragraph per line, so there are many text nodes, as on a report page. */
function load(text: string): HTMLElement {
  const main = document.createElement('main');
  for (const line of text.split(/(?<=\n)/)) {
    const p = document.createElement('p');
    p.textContent = line;
    main.append(p);
  }
  document.body.replaceChildren(main);
  return main;
}

const root = () => document.querySelector('main')!;

function ours(targets: QuoteTarget[]): Run {
  const began = performance.now();
  const index = buildTextIndex(root());
  const anchorer = createAnchorer(index.text);
  const found = targets.map((t): Found => {
    const anchor = anchorer.anchor(t);
    return anchor && rangeAt(index, anchor.start, anchor.end) ? { start: anchor.start, end: anchor.end } : null;
  });
  return { ms: performance.now() - began, attempted: targets.length, found };
}

/** dom-anchor-text-quote with the old position as its hint; stops starting new quotes once `budgetMs` is spent. */
function theirs(targets: QuoteTarget[], budgetMs: number): Run {
  const index = buildTextIndex(root());
  const found: Found[] = [];
  const began = performance.now();
  for (const t of targets) {
    if (performance.now() - began > budgetMs) break;
    const range = toRange(root(), { exact: t.exact, prefix: t.prefix, suffix: t.suffix }, { hint: t.start });
    found.push(range ? { start: textOffset(index, range.startContainer, range.startOffset), end: textOffset(index, range.endContainer, range.endOffset) } : null);
  }
  return { ms: performance.now() - began, attempted: found.length, found };
}

Object.assign(globalThis, { anchoringBench: { load: (text: string) => void load(text), ours, theirs } });
