// Re-anchoring in a paged document (PDF): every page's places are weighed together on the whole selector, so
// a short quote that also appears on another page is found where its context is, not on the first page
// holding it. Pages are read nearest the recorded page first, and reading stops at a place proven by context.
import { choose } from './acceptance';
import { createAnchorer, toAnchor, type Anchor, type AnchorPlace, type QuoteTarget } from './anchor';
import { foldText } from './normalize';
import { pageRarity } from './rarity';
import { countCopies, withGap } from './score';

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
 * extracts it per page). First the cheap proof, page by page: the quote's words with their context standing
 * unchanged (nearer pages first, so a tie goes to the nearer). Failing that, every page's places are weighed
 * with rarity counted over the whole document (boilerplate recurs from page to page), the context joining up
 * on any page counting against the others. The position selector applies to the recorded page only;
 * closeness to the recorded page only breaks near-ties between pages.
 */
export async function anchorInPages(
  pageCount: number,
  pageText: (pageNumber: number) => Promise<string>,
  target: QuoteTarget & { pageNumber: number },
): Promise<PageAnchor | null> {
  const order = pagesNearest(target.pageNumber, pageCount);
  const texts = new Map<number, string>();
  const onPage = (pageNumber: number) => (pageNumber === target.pageNumber ? target : { ...target, start: undefined, end: undefined });
  for (const pageNumber of order) {
    const text = await pageText(pageNumber);
    texts.set(pageNumber, text);
    const proven = createAnchorer(text).proven(onPage(pageNumber));
    if (proven) return { ...toAnchor(proven, 'found', 1), pageNumber };
  }

  const rarity = pageRarity(foldText(order.map((n) => texts.get(n)!).join('\n')));
  const weighed: AnchorPlace[] = [];
  /** Per page, the best agreement of the context joining up there: evidence against places on other pages. */
  const joinsUp = new Map<number, number>();
  for (const pageNumber of order) {
    const { places, junctions } = createAnchorer(texts.get(pageNumber)!, { rarity }).places(onPage(pageNumber), { junctions: true });
    if (junctions.length > 0) joinsUp.set(pageNumber, Math.max(...junctions.map((j) => j.agreement)));
    const distance = Math.abs(pageNumber - target.pageNumber);
    for (const place of places) weighed.push({ ...place, page: pageNumber, closeness: (pageNumber === target.pageNumber ? place.closeness : 0.5) / (1 + distance) });
  }
  countCopies(weighed);
  for (const place of weighed) {
    const elsewhere = [...joinsUp].filter(([page]) => page !== place.page).map(([, agreement]) => agreement);
    if (elsewhere.length > 0) place.evidence = withGap(place.evidence, Math.max(...elsewhere));
  }
  const chosen = choose(weighed);
  return chosen && { ...toAnchor(chosen.place, chosen.verdict, chosen.confidence), pageNumber: chosen.place.page! };
}
