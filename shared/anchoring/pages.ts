// Re-anchoring in a paged document (PDF): the recorded page first, then pages ever further from it.
import { createAnchorer, type Anchor, type QuoteTarget } from './anchor';

export type PageAnchor = Anchor & { pageNumber: number };

/** Page numbers 1..count ordered by distance from `hint` (the nearer later page first on a tie). */
export function pagesNearest(hint: number, count: number): number[] {
  const order: number[] = [];
  const start = Math.min(Math.max(1, hint), count);
  for (let distance = 0; order.length < count; distance++) {
    if (start + distance <= count) order.push(start + distance);
    if (distance > 0 && start - distance >= 1) order.push(start - distance);
  }
  return order;
}

/**
 * Finds the quote in a document whose pages' text is fetched on demand (`pageText` may be slow: pdf.js
 * extracts it per page). An exact or folded match ends the search; an approximate one is kept only if no
 * page holds a better one. The position selector applies to the recorded page only.
 */
export async function anchorInPages(
  pageCount: number,
  pageText: (pageNumber: number) => Promise<string>,
  target: QuoteTarget & { pageNumber: number },
): Promise<PageAnchor | null> {
  let best: PageAnchor | null = null;
  for (const pageNumber of pagesNearest(target.pageNumber, pageCount)) {
    const onRecordedPage = pageNumber === target.pageNumber;
    const found = createAnchorer(await pageText(pageNumber)).anchor(onRecordedPage ? target : { ...target, start: undefined, end: undefined });
    if (!found) continue;
    if (found.method !== 'fuzzy') return { ...found, pageNumber };
    if (!best || found.score > best.score) best = { ...found, pageNumber };
  }
  return best;
}
