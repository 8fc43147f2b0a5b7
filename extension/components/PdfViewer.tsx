/** The extension's PDF viewer: the document's pages with a selectable text layer, so PDFs clip like pages. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { httpUrlOrNull } from '../../shared/domain/url';
import { loadPdf } from '../lib/pdf/document';
import { createPageViews, type OpenPdf } from '../lib/pdf/page-views';

export type PdfViewerProps = {
  pdfUrl: string;
  /** The page to show first (a jump back to evidence). */
  pageNumber: number | null;
  onOpen: (open: OpenPdf) => void;
  onFail: (error: Error) => void;
};

export function PdfViewer({ pdfUrl, pageNumber, onOpen, onFail }: PdfViewerProps) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ title: string; count: number } | { error: string } | null>(null);
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
        setState({ title: loaded.title, count: pages.count });
        onOpen({ ...loaded, pages });
      } catch (err) {
        const error = err instanceof Error ? err : new Error(String(err));
        onFail(error);
        setState({ error: i18n.t('viewer.failed', [error.message]) });
      }
    })();
  }, [pdfUrl]);

  return (
    <main>
      <header class="row pdf-toolbar">
        <h1 class="grow" data-testid="pdf-title">{state && 'title' in state ? state.title : i18n.t('common.loading')}</h1>
        {state && 'count' in state && <span class="muted" data-testid="pdf-page-count">{i18n.t('viewer.pages', [String(state.count)])}</span>}
        {original && <a href={original} class="muted" rel="noopener noreferrer">{i18n.t('viewer.original')}</a>}
      </header>
      {state && 'error' in state && <p class="error" role="alert">{state.error}</p>}
      <div ref={pagesRef} class="pdf-pages" />
    </main>
  );
}
