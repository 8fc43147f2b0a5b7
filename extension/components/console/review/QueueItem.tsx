/** The evidence on screen in the review queue: enterprise, indicator, who clipped it, stance, the quote as plain text
 * and its source; focused as it comes up, so a screen reader reads it and the keys act on it. */
import { forwardRef } from 'preact/compat';
import { i18n } from '../../../lib/ports/messages';
import { httpUrlOrNull } from '../../../../shared/domain/url';
import type { EvidenceQueueItem } from '../../../../shared/schemas/queues';
import { formatDateTime, localized } from '../../../lib/locale';

export type QueueItemProps = { item: EvidenceQueueItem; movedTo: string | null };

export const QueueItem = forwardRef<HTMLElement, QueueItemProps>(function QueueItem({ item, movedTo }, ref) {
  const { evidence, enterprise, indicator } = item;
  const url = httpUrlOrNull(evidence.url);
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-current="true"
      aria-label={i18n.t('reviewQueue.item')}
      class={`queue-item evidence-card status-${evidence.status}`}
      data-testid="queue-item"
      data-evidence-id={evidence.id}
      data-status={evidence.status}
    >
      <p class="row wrap tight">
        <strong data-testid="queue-enterprise">{enterprise.name}</strong>
        <span class="muted">{enterprise.street}</span>
        <span class={`badge stance-${evidence.stance}`} data-testid="queue-stance">{i18n.t(`stance.${evidence.stance}`)}</span>
        {evidence.status !== 'pending' && <span class="badge" data-testid="queue-decided">{i18n.t('reviewQueue.decidedAs', [i18n.t(`reviewStatus.${evidence.status}`)])}</span>}
        {movedTo && <span class="badge" data-testid="queue-moved">{i18n.t('reviewQueue.movedTo', [movedTo])}</span>}
      </p>
      <p class="tight" data-testid="queue-indicator">
        <span class="code">{indicator.code}</span> {localized(indicator.name)}
      </p>
      {evidence.quote ? <blockquote class="quote" data-testid="queue-quote">{evidence.quote}</blockquote> : <p class="muted">{i18n.t('reviewQueue.noQuote')}</p>}
      <p class="tight anywhere" data-testid="queue-source">
        {i18n.t('reviewQueue.source')}: {url ? <a href={url} target="_blank" rel="noopener noreferrer">{evidence.title}</a> : evidence.title}
        {url && <span class="muted"> · {url}</span>}
      </p>
      <p class="muted tight" data-testid="queue-captured-by">
        {evidence.capturedBy ? i18n.t('reviewQueue.capturedBy', [evidence.capturedBy.displayName]) : null} · {formatDateTime(evidence.capturedAt)}
      </p>
      {evidence.note && <p class="muted tight">{evidence.note}</p>}
    </article>
  );
});
