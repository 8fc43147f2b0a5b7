// The text of every page of the open PDF, read in the background once the viewer shows its first page and
// folded for find: a 150-page report is searchable a moment after it opens, without drawing its pages.
import { useEffect, useRef, useState } from 'preact/hooks';
import { foldPage, type FoldedPage } from './find';
import type { PageViews } from './page-views';

/** Marked once every page's text is read, for measuring how soon a long report is searchable. */
export const TEXT_READ_MARK = 'csr-pdf-text-read';

/** Pages asked of pdf.js at once: its worker answers one after another, and asking ahead keeps it busy. */
const AHEAD = 8;

/** `pages`: each page read so far (index 0 is page 1); `read`: how many, which re-renders as it grows. */
export function usePdfText(views: PageViews | null): { pages: readonly FoldedPage[]; read: number } {
  const pages = useRef<FoldedPage[]>([]);
  const [read, setRead] = useState(0);
  useEffect(() => {
    pages.current = [];
    setRead(0);
    if (!views) return;
    let stopped = false;
    void (async () => {
      for (let from = 1; from <= views.count && !stopped; from += AHEAD) {
        const numbers = Array.from({ length: Math.min(AHEAD, views.count - from + 1) }, (_, i) => from + i);
        const texts = await Promise.all(numbers.map((n) => views.text(n)));
        if (stopped) return;
        pages.current.push(...texts.map(foldPage));
        setRead(pages.current.length);
      }
      if (!stopped) performance.mark(TEXT_READ_MARK);
    })();
    return () => {
      stopped = true;
    };
  }, [views]);
  return { pages: pages.current, read };
}
