/** Where the reader is in the PDF, and going to a page: the page in view (following the scroll) out of all,
 * editable; Enter goes there. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { PageViews } from '../lib/pdf/page-views';

export type PdfPageNavProps = { views: PageViews };

export function PdfPageNav({ views }: PdfPageNavProps) {
  const [current, setCurrent] = useState(() => views.current());
  const [typed, setTyped] = useState<string | null>(null);
  useEffect(() => views.onPageChange(setCurrent), [views]);

  const go = () => {
    const page = Math.round(Number(typed));
    setTyped(null);
    if (Number.isFinite(page) && page >= 1 && page <= views.count) {
      views.scrollTo(page);
      setCurrent(page);
    }
  };
  return (
    <label class="row pdf-page-nav" style={{ fontWeight: 400, margin: 0 }}>
      {i18n.t('viewer.page')}
      <input
        type="number"
        data-testid="pdf-page-input"
        min={1}
        max={views.count}
        value={typed ?? String(current)}
        onInput={(e) => setTyped(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), go())}
        onBlur={() => typed !== null && go()}
      />
      <span class="muted" data-testid="pdf-page-count">{i18n.t('viewer.pages', [String(views.count)])}</span>
    </label>
  );
}
