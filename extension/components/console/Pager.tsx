/** Previous and next page buttons for a list paged with cursors, with the page number between them. */
import { i18n } from '#i18n';

export type PagerProps = { page: number; hasPrevious: boolean; hasNext: boolean; onPrevious: () => void; onNext: () => void };

export function Pager({ page, hasPrevious, hasNext, onPrevious, onNext }: PagerProps) {
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav class="row pager" aria-label={i18n.t('console.common.pages')}>
      <button type="button" disabled={!hasPrevious} onClick={onPrevious}>{i18n.t('console.common.previous')}</button>
      <span class="muted">{i18n.t('console.common.page', [String(page)])}</span>
      <button type="button" disabled={!hasNext} onClick={onNext} data-testid="next-page">{i18n.t('console.common.next')}</button>
    </nav>
  );
}
