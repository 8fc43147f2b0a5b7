// Turns the user's selection into a quote with its selectors and the page's metadata.
import { quoteAt } from '../../../shared/anchoring/text-quote';
import type { CapturedSelection } from '../../../shared/schemas/clip';
import { readPage } from '../../lib/page-meta';
import { buildTextIndex, textOffset } from '../../lib/page-text';

export function captureSelection(): CapturedSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const index = buildTextIndex();
  const quote = quoteAt(
    index.text,
    textOffset(index, range.startContainer, range.startOffset),
    textOffset(index, range.endContainer, range.endOffset),
  );
  if (!quote) return null;
  return { ...readPage(), quote: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: quote.start, end: quote.end };
}
