// The viewer's pages: a sized placeholder for each, drawn (canvas + pdf.js text layer for selection) when
// it scrolls near the viewport or is asked for, at the zoom chosen (fit to the width at first). The text
// layer's text is a page's selector coordinates.
// A 150-page report stays light: only pages near the viewport are drawn, and a zoom redraws only those.
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
  /** CSS pixels per PDF point now, and when the first page fits the window's width. */
  scale(): number;
  fitScale: number;
  /** Zooms, keeping the page in view where it was. */
  setScale(scale: number): void;
  /** Called with the page mostly in view whenever that changes; returns how to stop. */
  onPageChange(listener: (pageNumber: number) => void): () => void;
};

/** A loaded PDF with its pages on screen. */
export type OpenPdf = LoadedPdf & { pages: PageViews };

/** Pages are laid out to this CSS width at most (and to the window's width when narrower). */
const MAX_WIDTH = 900;

export async function createPageViews(pdf: PDFDocumentProxy, container: HTMLElement): Promise<PageViews> {
  const first = await pdf.getPage(1);
  const firstSize = first.getViewport({ scale: 1 });
  const fitScale = Math.min(MAX_WIDTH, container.clientWidth - 32) / firstSize.width;
  let scale = fitScale;
  const views: HTMLElement[] = [];
  /** Each page's size at scale 1: pages of one report share a size nearly always; each is corrected when drawn. */
  const sizes: { width: number; height: number }[] = [];
  let drawing = new Map<number, Promise<HTMLElement>>();
  const texts = new Map<number, Promise<string>>();

  const size = (n: number) => {
    const view = views[n - 1]!;
    const { width, height } = sizes[n - 1]!;
    view.style.cssText = `width:${width * scale}px;height:${height * scale}px;--scale-factor:${scale};--total-scale-factor:${scale}`;
  };
  for (let n = 1; n <= pdf.numPages; n++) {
    const view = document.createElement('div');
    view.className = 'pdf-page';
    view.dataset.pageNumber = String(n);
    views.push(view);
    sizes.push({ width: firstSize.width, height: firstSize.height });
    size(n);
  }
  container.append(...views);

  const draw = async (n: number, generation: Map<number, Promise<HTMLElement>>): Promise<HTMLElement> => {
    const page = await pdf.getPage(n);
    // Zoomed meanwhile: the page is drawn again at the new scale.
    if (generation !== drawing) return rendered(n);
    const own = page.getViewport({ scale: 1 });
    sizes[n - 1] = { width: own.width, height: own.height };
    size(n);
    const viewport = page.getViewport({ scale });
    const view = views[n - 1]!;
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
  let observing = false;
  const rendered = (n: number): Promise<HTMLElement> => {
    if (!drawing.has(n)) drawing.set(n, draw(n, drawing));
    const drawn = drawing.get(n)!;
    // The first page asked for is drawn alone: the pages near it would share pdf.js's worker with it.
    if (!observing) {
      observing = true;
      const observe = () => views.forEach((view) => observer.observe(view));
      void drawn.then(observe, observe);
    }
    return drawn;
  };

  const observer = new IntersectionObserver(
    (entries) => entries.forEach((entry) => entry.isIntersecting && void rendered(Number((entry.target as HTMLElement).dataset.pageNumber))),
    { root: null, rootMargin: '600px 0px' },
  );

  const current = () => {
    const middle = innerHeight / 2;
    const found = views.find((view) => {
      const rect = view.getBoundingClientRect();
      return rect.top <= middle && rect.bottom >= middle;
    });
    return found ? Number(found.dataset.pageNumber) : 1;
  };
  const listeners = new Set<(pageNumber: number) => void>();
  let shown = 1;
  let frame = 0;
  addEventListener(
    'scroll',
    () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const now = current();
        if (now !== shown) listeners.forEach((listener) => listener((shown = now)));
      });
    },
    { passive: true },
  );

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
    current,
    scale: () => scale,
    fitScale,
    setScale: (next) => {
      if (next === scale) return;
      const page = current();
      const view = views[page - 1]!;
      const within = (innerHeight / 2 - view.getBoundingClientRect().top) / view.offsetHeight;
      scale = next;
      // Drawn pages are dropped and drawn again as they come into view; observing anew reports those in view now.
      drawing = new Map();
      observer.disconnect();
      views.forEach((v, i) => (v.replaceChildren(), size(i + 1)));
      scrollBy(0, view.getBoundingClientRect().top + within * view.offsetHeight - innerHeight / 2);
      views.forEach((v) => observer.observe(v));
    },
    onPageChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
