// Whether a quote still stands in a source's current text, by the one acceptance rule of re-anchoring
// (shared/anchoring/acceptance.ts): found (its words, up to spacing, width, case or punctuation) it stands;
// its place found with the words edited it changed, and the text there now says to what; otherwise it is
// gone. A page that could not be read never gets here (it stays unchecked).
import type { Anchorer } from '../../shared/anchoring/anchor';
import type { EvidenceSelectors } from '../../shared/schemas/evidence';

export type Verdict = { status: 'stands' | 'changed' | 'gone'; nearestText: string | null };

/** The nearest text is shown beside the quote; a page's worth of it would help nobody. */
export const MAX_NEAREST_TEXT = 2_000;

export function quoteVerdict(page: Anchorer, quote: string, selectors: EvidenceSelectors | null): Verdict {
  const found = page.anchor({
    exact: quote,
    prefix: selectors?.quote?.prefix,
    suffix: selectors?.quote?.suffix,
    start: selectors?.position?.start,
    end: selectors?.position?.end,
  });
  if (!found) return { status: 'gone', nearestText: null };
  if (found.verdict === 'found') return { status: 'stands', nearestText: null };
  return { status: 'changed', nearestText: page.text.slice(found.start, Math.min(found.end, found.start + MAX_NEAREST_TEXT)) };
}
