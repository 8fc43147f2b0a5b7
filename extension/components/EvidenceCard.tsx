/** One piece of evidence: the quote as plain text, its source, kind, stance, page and review status, whether
 * the quote is still on its source; the way back to it for everyone, the verdict for reviewers, and editing
 * and withdrawing for its author — each as the worker says this reader may. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import { memo } from '../lib/memo';
import { httpUrlOrNull } from '../../shared/domain/url';
import type { Evidence } from '../../shared/schemas/evidence';
import type { PanelEvidence } from '../../shared/schemas/panel';
import { request, screenshotUrl } from '../lib/api';
import { formatDateTime } from '../lib/locale';
import { sendMessage } from '../lib/messaging';
import type { Failure } from '../lib/result';
import { ConfirmButton } from './ConfirmButton';
import { ErrorNote } from './ErrorNote';
import { EvidenceEditForm } from './EvidenceEditForm';
import { ReviewActions } from './ReviewActions';
import { SourceFlagButton } from './SourceFlagButton';

export type EvidenceCardProps = {
  evidence: PanelEvidence;
  /** The evidence as it is now, or null once withdrawn. */
  onChange: (id: number, evidence: Evidence | null) => void;
};

export const EvidenceCard = memo(function EvidenceCard({ evidence, onChange }: EvidenceCardProps) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const href = httpUrlOrNull(evidence.url);
  const site = evidence.siteName ?? (href ? new URL(href).hostname : null);
  const changed = (value: Evidence | null) => onChange(evidence.id, value);

  const run = async (action: () => Promise<{ ok: true; value: Evidence | null } | { ok: false; error: Failure }>, after: (value: Evidence | null) => void) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) after(result.value);
  };
  const openSource = () => run(() => sendMessage('openEvidenceSource', { evidence }), (updated) => updated && changed(updated));
  const withdraw = () => run(() => request((api) => api.api.v1.evidence[':id'].$delete({ param: { id: String(evidence.id) } })), () => changed(null));
  const showScreenshot = async () => {
    const url = await screenshotUrl(evidence.id);
    if (url) window.open(url, '_blank', 'noopener');
  };

  return (
    <article class={`evidence-card status-${evidence.status}`} data-evidence-id={evidence.id} data-stance={evidence.stance}>
      <div class="row muted wrap">
        <span class={`badge stance-${evidence.stance}`}>{i18n.t(`stance.${evidence.stance}`)}</span>
        <span class="badge">{i18n.t(`kind.${evidence.kind}`)}</span>
        <span class="badge" data-testid="evidence-status" data-status={evidence.status}>{i18n.t(`reviewStatus.${evidence.status}`)}</span>
        {evidence.validity.status !== 'valid' && evidence.validity.validUntil && (
          <span class={`badge ${evidence.validity.status === 'expired' ? 'bad' : 'warn'}`} data-testid="evidence-validity" data-validity={evidence.validity.status}>
            {i18n.t(`rigour.validity_${evidence.validity.status}`, [evidence.validity.validUntil])}
          </span>
        )}
        {evidence.pageNumber !== null && <span>{i18n.t('sidepanel.page', [String(evidence.pageNumber)])}</span>}
      </div>
      {evidence.quote && <blockquote class="quote clamped" data-testid="evidence-quote">{evidence.quote}</blockquote>}
      {evidence.anchorStatus === 'orphan' && (
        <p class="error tight" data-testid="orphan-note">{i18n.t('evidence.orphan', [formatDateTime(evidence.lastSeenAt ?? evidence.capturedAt)])}</p>
      )}
      {evidence.anchorStatus === 'anchored' && evidence.lastSeenAt && (
        <p class="muted tight" data-testid="anchored-note">{i18n.t('evidence.anchored', [formatDateTime(evidence.lastSeenAt)])}</p>
      )}
      {evidence.anchorStatus === 'changed' && (
        <p class="error tight" data-testid="changed-note">{i18n.t('evidence.changed', [formatDateTime(evidence.lastSeenAt ?? evidence.capturedAt)])}</p>
      )}
      <p class="tight anywhere">
        <span title={href ?? undefined}>{evidence.title}</span>
        {site && <span class="muted"> · {site}</span>}
      </p>
      {evidence.note && !editing && <p class="muted tight" data-testid="evidence-note">{evidence.note}</p>}
      <p class="muted tight" data-testid="captured-by">
        {evidence.capturedBy
          ? i18n.t('sidepanel.capturedBy', [evidence.capturedBy.displayName, formatDateTime(evidence.capturedAt)])
          : i18n.t('sidepanel.capturedByEvaluator', [formatDateTime(evidence.capturedAt)])}
      </p>
      {evidence.reviewComment && <p class="muted tight" data-testid="review-comment-shown">{i18n.t('panel.review.shown', [evidence.reviewComment])}</p>}
      {editing ? (
        <EvidenceEditForm evidence={evidence} onCancel={() => setEditing(false)} onSaved={(saved) => (changed(saved), setEditing(false))} />
      ) : (
        <div class="row wrap actions">
          {href && <button type="button" data-testid="open-source" disabled={busy} onClick={() => void openSource()}>{i18n.t('sidepanel.openSource')}</button>}
          {evidence.screenshotSha256 && (
            <button type="button" title={`SHA-256 ${evidence.screenshotSha256}`} onClick={() => void showScreenshot()}>{i18n.t('evidence.screenshot')}</button>
          )}
          {evidence.may.edit && <button type="button" data-testid="edit-evidence" onClick={() => setEditing(true)}>{i18n.t('evidence.edit')}</button>}
          {evidence.may.withdraw && (
            <ConfirmButton testId="withdraw-evidence" disabled={busy} label={i18n.t('evidence.withdraw')} question={i18n.t('evidence.withdrawConfirm')} onConfirm={() => void withdraw()} />
          )}
          {evidence.may.review && <ReviewActions evidence={evidence} onReviewed={changed} />}
        </div>
      )}
      {!editing && evidence.may.flagSource && href && evidence.kind !== 'statement' && <SourceFlagButton evidenceId={evidence.id} />}
      {error && <ErrorNote error={error} />}
    </article>
  );
});
