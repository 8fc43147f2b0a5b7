/** Find in the PDF: every match of the words typed, Chinese or English, across all pages, with their count;
 * Enter / ↓ goes to the next, Shift+Enter / ↑ to the previous; Ctrl+F comes here. Matches are highlighted
 * on their page with the CSS Custom Highlight API (the page's text layer is not changed). */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { buildTextIndex, rangeAt } from '../lib/page-text';
import { findInPages, MAX_MATCHES, type FindMatch, type FoldedPage } from '../lib/pdf/find';
import type { PageViews } from '../lib/pdf/page-views';

export type PdfFindProps = { views: PageViews; text: { pages: readonly FoldedPage[]; read: number } };

async function showMatch(views: PageViews, matches: readonly FindMatch[], current: FindMatch) {
  const layer = await views.rendered(current.pageNumber);
  const index = buildTextIndex(layer);
  const onPage = matches.filter((m) => m.pageNumber === current.pageNumber).map((m) => rangeAt(index, m.start, m.end));
  const range = rangeAt(index, current.start, current.end);
  CSS.highlights.set('csr-find', new Highlight(...onPage.filter((r): r is Range => r !== null)));
  if (range) CSS.highlights.set('csr-find-current', new Highlight(range));
  const element = range?.startContainer.parentElement ?? layer;
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
}

export function PdfFind({ views, text }: PdfFindProps) {
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findInPages(text.pages, query), [query, text.read]);
  const current = matches.length === 0 ? null : matches[Math.min(at, matches.length - 1)]!;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (!current) {
      CSS.highlights.delete('csr-find');
      CSS.highlights.delete('csr-find-current');
      return;
    }
    void showMatch(views, matches, current);
  }, [current]);

  const search = (value: string) => {
    setQuery(value);
    // The first match at or after the page in view.
    const page = views.current();
    const found = findInPages(text.pages, value);
    setAt(Math.max(0, found.findIndex((m) => m.pageNumber >= page)));
  };
  const step = (by: number) => matches.length > 0 && setAt((i) => (Math.min(i, matches.length - 1) + by + matches.length) % matches.length);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      step(event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey) ? -1 : 1);
    } else if (event.key === 'Escape') search('');
  };

  const reading = text.read < views.count;
  return (
    <div class="row pdf-find" role="search">
      <input
        ref={input}
        type="search"
        data-testid="pdf-find"
        aria-label={i18n.t('viewer.find')}
        placeholder={i18n.t('viewer.find')}
        value={query}
        onInput={(e) => search(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" class="icon" aria-label={i18n.t('viewer.findPrevious')} disabled={matches.length === 0} onClick={() => step(-1)}>↑</button>
      <button type="button" class="icon" aria-label={i18n.t('viewer.findNext')} disabled={matches.length === 0} onClick={() => step(1)}>↓</button>
      <span class="muted" role="status" data-testid="pdf-find-count" data-count={matches.length}>
        {query.trim() &&
          (matches.length === 0
            ? i18n.t(reading ? 'viewer.findNoneYet' : 'viewer.findNone')
            : i18n.t(matches.length >= MAX_MATCHES ? 'viewer.findCountMore' : 'viewer.findCount', [String(matches.indexOf(current!) + 1), String(matches.length)]))}
        {query.trim() && reading && ` ${i18n.t('viewer.findReading', [String(text.read), String(views.count)])}`}
      </span>
    </div>
  );
}
