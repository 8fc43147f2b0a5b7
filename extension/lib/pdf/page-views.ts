// The viewer's pages: a sized placeholder for each, drawn (canvas + pdf.js text layer for selection) when
// it scrolls near the viewport or is asked for. The text layer's text is a page's selector coordinates.
import { TextLayer, type PDFDocumentProxy } from 'pdfjs-dist';
import type { LoadedPdf } from './document';

export type PageViews = {
  count: number;
  /** Draws the page if needed; resolves with its text layer. */
  rendered(pageNumber: number): Promise<HTMLElement>;
  /** The page's text exactly as its text layer holds it (pdf.js text items, joined). */
  text(pageNumber: number): Promise<string>;
  /** The page number a DOM node is on, or null. */
  pageOf(node: Node | null): number | null;
  scrollTo(pageNumber: number): void;
  /** The page mostly in view. */
  current(): number;
};

/** A loaded PDF with its pages on screen. */
export type OpenPdf = LoadedPdf & { pages: PageViews };

/** Pages are laid out to this CSS width at most (and to the window's width when narrower). */
const MAX_WIDTH = 900;

export async function createPageViews(pdf: PDFDocumentProxy, container: HTMLElement): Promise<PageViews> {
  const first = await pdf.getPage(1);
  const scale = Math.min(MAX_WIDTH, container.clientWidth - 32) / first.getViewport({ scale: 1 }).width;
  const views: HTMLElement[] = [];
  const drawing = new Map<number, Promise<HTMLElement>>();
  const texts = new Map<number, Promise<string>>();

  for (let n = 1; n <= pdf.numPages; n++) {
    // Pages of one report share a size nearly always; each is corrected when drawn.
    const { width, height } = first.getViewport({ scale });
    const view = document.createElement('div');
    view.className = 'pdf-page';
    view.dataset.pageNumber = String(n);
    view.style.cssText = `width:${width}px;height:${height}px;--scale-factor:${scale};--total-scale-factor:${scale}`;
    container.append(view);
    views.push(view);
  }

  const draw = async (n: number): Promise<HTMLElement> => {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale });
    const view = views[n - 1]!;
    view.style.width = `${viewport.width}px`;
    view.style.height = `${viewport.height}px`;
    const canvas = document.createElement('canvas');
    const ratio = devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    const layer = document.createElement('div');
    layer.className = 'textLayer';
    view.replaceChildren(canvas, layer);
    await Promise.all([
      page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise,
      new TextLayer({ textContentSource: page.streamTextContent(), container: layer, viewport }).render(),
    ]);
    return layer;
  };
  const rendered = (n: number) => {
    if (!drawing.has(n)) drawing.set(n, draw(n));
    return drawing.get(n)!;
  };

  const observer = new IntersectionObserver(
    (entries) => entries.forEach((entry) => entry.isIntersecting && void rendered(Number((entry.target as HTMLElement).dataset.pageNumber))),
    { root: null, rootMargin: '600px 0px' },
  );
  views.forEach((view) => observer.observe(view));

  return {
    count: pdf.numPages,
    rendered,
    text: (n) => {
      if (!texts.has(n)) {
        const read = pdf.getPage(n).then((page) => page.getTextContent()).then((content) => content.items.map((item) => ('str' in item ? item.str : '')).join(''));
        texts.set(n, read);
      }
      return texts.get(n)!;
    },
    pageOf: (node) => {
      const element = node instanceof Element ? node : node?.parentElement;
      const page = element?.closest<HTMLElement>('.pdf-page');
      return page ? Number(page.dataset.pageNumber) : null;
    },
    scrollTo: (n) => views[n - 1]?.scrollIntoView({ block: 'start' }),
    current: () => {
      const middle = innerHeight / 2;
      const found = views.find((view) => {
        const rect = view.getBoundingClientRect();
        return rect.top <= middle && rect.bottom >= middle;
      });
      return found ? Number(found.dataset.pageNumber) : 1;
    },
  };
}
