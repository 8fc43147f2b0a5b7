// Whether a quote still stands in a source's current text: found as it was (or differing only in spacing,
// width, case or punctuation) it stands; found only approximately it changed, and the nearest text says to
// what; not found at all it is gone. A page that could not be read never gets here (it stays unchecked).
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
  if (found.method !== 'fuzzy') return { status: 'stands', nearestText: null };
  return { status: 'changed', nearestText: page.text.slice(found.start, Math.min(found.end, found.start + MAX_NEAREST_TEXT)) };
}
