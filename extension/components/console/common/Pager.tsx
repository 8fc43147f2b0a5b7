/** The foot of a list paged with cursors: "nothing found" when empty, else previous and next with the page number. */
import { i18n } from '../../../lib/ports/messages';
import type { CursorPages } from '../../../lib/use-cursor-pages';

export type PagerProps = { pages: CursorPages; nextCursor: string | null | undefined; empty: boolean };

export function Pager({ pages, nextCursor, empty }: PagerProps) {
  if (empty) return <p class="muted">{i18n.t('console.common.nothingFound')}</p>;
  if (!pages.hasPrevious && !nextCursor) return null;
  return (
    <nav class="row pager" aria-label={i18n.t('console.common.pages')}>
      <button type="button" disabled={!pages.hasPrevious} onClick={pages.previous}>{i18n.t('console.common.previous')}</button>
      <span class="muted">{i18n.t('console.common.page', [String(pages.page)])}</span>
      <button type="button" disabled={!nextCursor} onClick={() => pages.next(nextCursor)} data-testid="next-page">{i18n.t('console.common.next')}</button>
    </nav>
  );
}
