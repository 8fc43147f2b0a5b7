/**
 * The foot of a list paged with cursors: "nothing found" when empty, else how many the filters match in all and, over
 * more than one page, previous and next with "page 2 of 17". Lists whose pages may hold fewer rows than their size
 * (the expert's queue) leave `pageSize` out and show the page number alone.
 */
import { COUNT_CAP } from '../../../../shared/schemas/common';
import { i18n } from '../../../lib/ports/messages';
import { formatCount } from '../../../lib/locale';
import type { CursorPages } from '../../../lib/use-cursor-pages';

export type PagerProps = { pages: CursorPages; nextCursor: string | null | undefined; empty: boolean; total: number | undefined; pageSize?: number };

/** "12,345 in all"; for a list the worker counts only up to COUNT_CAP (`capped`: the audit trail), "more than 10,000" past it. */
export const totalText = (total: number, capped = false) =>
  capped && total > COUNT_CAP ? i18n.t('console.common.totalOver', [formatCount(COUNT_CAP)]) : i18n.t('console.common.total', [formatCount(total)]);

export function Pager({ pages, nextCursor, empty, total, pageSize }: PagerProps) {
  if (empty) return <p class="muted">{i18n.t('console.common.nothingFound')}</p>;
  const several = pages.hasPrevious || Boolean(nextCursor);
  if (!several && total === undefined) return null;
  const pageCount = total !== undefined && pageSize ? Math.max(pages.page, Math.ceil(total / pageSize)) : null;
  return (
    <nav class="row pager" aria-label={i18n.t('console.common.pages')}>
      {total !== undefined && <span class="muted" data-testid="list-total">{totalText(total)}</span>}
      {several && (
        <>
          <button type="button" disabled={!pages.hasPrevious} onClick={pages.previous}>{i18n.t('console.common.previous')}</button>
          <span class="muted" data-testid="page-of">
            {pageCount === null ? i18n.t('console.common.page', [String(pages.page)]) : i18n.t('console.common.pageOf', [String(pages.page), formatCount(pageCount)])}
          </span>
          <button type="button" disabled={!nextCursor} onClick={() => pages.next(nextCursor)} data-testid="next-page">{i18n.t('console.common.next')}</button>
        </>
      )}
    </nav>
  );
}
