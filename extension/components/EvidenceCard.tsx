/** One piece of evidence: the quote as plain text, where it came from, its stance and review status. */
import { i18n } from '#i18n';
import { httpUrlOrNull } from '../../shared/domain/url';
import type { Evidence } from '../../shared/schemas/evidence';
import { formatDateTime } from '../lib/locale';

export type EvidenceCardProps = { evidence: Evidence };

export function EvidenceCard({ evidence }: EvidenceCardProps) {
  const href = httpUrlOrNull(evidence.url);
  const site = evidence.siteName ?? (href ? new URL(href).hostname : null);
  return (
    <article class="evidence-card" data-evidence-id={evidence.id} style={{ borderBottom: '1px solid var(--line)', padding: '8px 0' }}>
      <div class="row muted">
        <span class={`badge stance-${evidence.stance}`}>{i18n.t(`stance.${evidence.stance}`)}</span>
        <span class="badge">{i18n.t(`kind.${evidence.kind}`)}</span>
        <span class="badge" data-status={evidence.status}>{i18n.t(`reviewStatus.${evidence.status}`)}</span>
        {evidence.pageNumber !== null && <span>{i18n.t('sidepanel.page', [String(evidence.pageNumber)])}</span>}
      </div>
      {evidence.quote && <blockquote class="quote" data-testid="evidence-quote" style={{ margin: '6px 0' }}>{evidence.quote}</blockquote>}
      <div class="row">
        <span class="grow" style={{ overflowWrap: 'anywhere' }}>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" title={evidence.title}>{evidence.title}</a>
          ) : (
            <span>{evidence.title}</span>
          )}
          {site && <span class="muted"> · {site}</span>}
        </span>
      </div>
      {evidence.note && <p class="muted" style={{ margin: '4px 0' }}>{evidence.note}</p>}
      <p class="muted" style={{ margin: 0 }}>{i18n.t('sidepanel.capturedBy', [evidence.capturedBy.displayName, formatDateTime(evidence.capturedAt)])}</p>
    </article>
  );
}
