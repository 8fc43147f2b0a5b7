// An HTML report's text exactly as the extension's content script sees it (extension/lib/page-text.ts: the
// body's text nodes in document order, hidden elements left out), with the blocks (paragraphs, items, cells)
// that passages must not cross, parsed by linkedom since a worker has no DOM.
import { parseHTML } from 'linkedom';
import type { PageText, Range } from '../../shared/finder/passages';

/** Elements whose text is not part of what a reader sees: the content script's list. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG']);
/** Elements that start a new block of text. */
const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(' '),
);

type DomNode = { nodeType: number; nodeName: string; childNodes: ArrayLike<DomNode>; data?: string };

export type HtmlText = { title: string; page: PageText };

export function htmlReportText(html: string): HtmlText {
  // Browsers turn CR LF into LF before anything else sees the text.
  const { document } = parseHTML(html.replace(/\r\n?/g, '\n'));
  let text = '';
  const blocks: Range[] = [];
  let blockStart = 0;
  const closeBlock = () => {
    if (text.length > blockStart) blocks.push({ start: blockStart, end: text.length });
    blockStart = text.length;
  };
  const walk = (node: DomNode) => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      if (child.nodeType === 3) text += child.data ?? '';
      else if (child.nodeType === 1) {
        const name = child.nodeName.toUpperCase();
        if (SKIPPED.has(name)) continue;
        const isBlock = BLOCK.has(name);
        if (isBlock) closeBlock();
        walk(child);
        if (isBlock) closeBlock();
      }
    }
  };
  const body = document.body as unknown as DomNode | null;
  if (body) walk(body);
  closeBlock();
  const heading = (document.querySelector('h1')?.textContent ?? '').trim();
  const title = (document.title || heading).replace(/\s+/g, ' ').trim().slice(0, 500);
  return { title, page: { page: 1, text, blocks } };
}
