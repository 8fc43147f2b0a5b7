// The page's text as one string, mapped back to its DOM text nodes: the coordinate system of every selector.
import { quoteAt } from '../../shared/anchoring/text-quote';
import type { TextSelection } from '../../shared/schemas/clip';

/** Elements whose text is not part of what a reader sees. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG']);

export type TextIndex = { text: string; nodes: Text[]; starts: number[] };

export function buildTextIndex(root: Node = document.body): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? SKIPPED.has((node as Element).tagName.toUpperCase()) || (node as Element).hasAttribute('data-csr-clipper')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = (node as Text).data;
    if (value.length === 0) continue;
    nodes.push(node as Text);
    starts.push(text.length);
    text += value;
  }
  return { text, nodes, starts };
}

/** Index of the first text node that starts at or after a boundary point (binary search in document order). */
function firstNodeFrom(index: TextIndex, container: Node, offset: number): number {
  const boundary = document.createRange();
  boundary.setStart(container, offset);
  let low = 0;
  let high = index.nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (boundary.comparePoint(index.nodes[mid]!, 0) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The text offset of a DOM boundary point (container, offset). */
export function textOffset(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const i = index.nodes.indexOf(container as Text);
    if (i >= 0) return index.starts[i]! + offset;
  }
  const i = firstNodeFrom(index, container, offset);
  return i < index.nodes.length ? index.starts[i]! : index.text.length;
}

/** A DOM Range covering text offsets [start, end). */
export function rangeAt(index: TextIndex, start: number, end: number): Range | null {
  const locate = (offset: number, preferEnd: boolean) => {
    let low = 0;
    let high = index.nodes.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (index.starts[mid]! < offset || (!preferEnd && index.starts[mid] === offset)) low = mid;
      else high = mid - 1;
    }
    const node = index.nodes[low];
    return node ? { node, offset: Math.min(offset - index.starts[low]!, node.data.length) } : null;
  };
  const from = locate(start, false);
  const to = locate(end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The selection in `root`'s text (the page's body, or a PDF page's text layer), or null when there is none. */
export function selectionIn(root: Node = document.body): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const index = buildTextIndex(root);
  const start = root.contains(range.startContainer) ? textOffset(index, range.startContainer, range.startOffset) : 0;
  const end = root.contains(range.endContainer) ? textOffset(index, range.endContainer, range.endOffset) : index.text.length;
  const quote = quoteAt(index.text, start, end);
  return quote && { quote: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: quote.start, end: quote.end };
}
