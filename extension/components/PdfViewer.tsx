/** The extension's PDF viewer: the document's pages with a selectable text layer, so PDFs clip like pages, and
 * a toolbar to find in the document, go to a page, zoom and follow its outline. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { httpUrlOrNull } from '../../shared/domain/url';
import { loadPdf } from '../lib/pdf/document';
import { loadOutline, type OutlineEntry } from '../lib/pdf/outline';
import { createPageViews, type OpenPdf, type PageViews } from '../lib/pdf/page-views';
import { usePdfText } from '../lib/pdf/use-pdf-text';
import { PdfFind } from './PdfFind';
import { PdfOutline } from './PdfOutline';
import { PdfPageNav } from './PdfPageNav';
import { PdfZoom } from './PdfZoom';

export type PdfViewerProps = {
  pdfUrl: string;
  /** The page to show first (a jump back to evidence). */
  pageNumber: number | null;
  onOpen: (open: OpenPdf) => void;
  onFail: (error: Error) => void;
};

/** Marked once the first page shown is drawn, for measuring open-to-first-page. */
export const FIRST_PAGE_MARK = 'csr-pdf-first-page';

export function PdfViewer({ pdfUrl, pageNumber, onOpen, onFail }: PdfViewerProps) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ title: string } | { error: string } | null>(null);
  const [views, setViews] = useState<PageViews | null>(null);
  const [outline, setOutline] = useState<OutlineEntry[]>([]);
  const [outlineOpen, setOutlineOpen] = useState(false);
  const text = usePdfText(views);
  const original = httpUrlOrNull(pdfUrl);

  useEffect(() => {
    if (!original) {
      onFail(new Error('not an http(s) PDF'));
      return setState({ error: i18n.t('viewer.badAddress') });
    }
    void (async () => {
      try {
        const loaded = await loadPdf(original);
        const pages = await createPageViews(loaded.pdf, pagesRef.current!);
        document.title = loaded.title;
        if (pageNumber) pages.scrollTo(pageNumber);
        setState({ title: loaded.title });
        onOpen({ ...loaded, pages });
        // Find reads every page's text, and the outline resolves its pages: both after the first page is drawn.
        await pages.rendered(pageNumber ?? 1);
        performance.mark(FIRST_PAGE_MARK);
        setViews(pages);
        const entries = await loadOutline(loaded.pdf).catch(() => []);
        setOutline(entries);
      } catch (err) {
        const error = err instanceof Error ? err : new Error(String(err));
        onFail(error);
        setState({ error: i18n.t('viewer.failed', [error.message]) });
      }
    })();
  }, [pdfUrl]);

  return (
    <main class={outlineOpen ? 'with-outline' : undefined}>
      <header class="pdf-toolbar">
        <div class="row">
          <h1 class="grow" data-testid="pdf-title">{state && 'title' in state ? state.title : i18n.t('common.loading')}</h1>
          {original && <a href={original} class="muted" rel="noopener noreferrer">{i18n.t('viewer.original')}</a>}
        </div>
        {views && (
          <div class="row wrap pdf-tools">
            <button type="button" data-testid="pdf-outline-toggle" aria-pressed={outlineOpen} disabled={outline.length === 0} title={outline.length === 0 ? i18n.t('viewer.noOutline') : undefined} onClick={() => setOutlineOpen((o) => !o)}>
              {i18n.t('viewer.outline')}
            </button>
            <PdfPageNav views={views} />
            <PdfZoom views={views} />
            <PdfFind views={views} text={text} />
          </div>
        )}
      </header>
      {state && 'error' in state && <p class="error" role="alert">{state.error}</p>}
      {outlineOpen && <PdfOutline entries={outline} onGo={(page) => views?.scrollTo(page)} />}
      <div ref={pagesRef} class="pdf-pages" />
    </main>
  );
}
