/** One piece of evidence: the quote as plain text, its source, stance and review status, whether the quote is
 * still on its source; the way back to it, and (for its author) editing and withdrawing it. */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { httpUrlOrNull } from '../../shared/domain/url';
import type { Evidence } from '../../shared/schemas/evidence';
import { request, screenshotUrl } from '../lib/api';
import { formatDateTime } from '../lib/locale';
import { sendMessage } from '../lib/messaging';
import type { Failure } from '../lib/result';
import { ConfirmButton } from './ConfirmButton';
import { ErrorNote } from './ErrorNote';
import { EvidenceEditForm } from './EvidenceEditForm';

export type EvidenceCardProps = {
  evidence: Evidence;
  /** The signed-in user, who may edit and withdraw what they captured. */
  meId: number | null;
  /** The evidence as it is now, or null once withdrawn. */
  onChange: (evidence: Evidence | null) => void;
};

export function EvidenceCard({ evidence, meId, onChange }: EvidenceCardProps) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const href = httpUrlOrNull(evidence.url);
  const site = evidence.siteName ?? (href ? new URL(href).hostname : null);
  const mine = meId === evidence.capturedBy.id;

  const run = async (action: () => Promise<{ ok: true; value: Evidence | null } | { ok: false; error: Failure }>, after: (value: Evidence | null) => void) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) after(result.value);
  };
  const openSource = () => run(() => sendMessage('openEvidenceSource', { evidence }), (updated) => updated && onChange(updated));
  const withdraw = () => run(() => request((api) => api.api.v1.evidence[':id'].$delete({ param: { id: String(evidence.id) } })), () => onChange(null));
  const showScreenshot = async () => {
    const url = await screenshotUrl(evidence.id);
    if (url) window.open(url, '_blank', 'noopener');
  };

  return (
    <article class="evidence-card" data-evidence-id={evidence.id} style={{ borderBottom: '1px solid var(--line)', padding: '8px 0' }}>
      <div class="row muted">
        <span class={`badge stance-${evidence.stance}`}>{i18n.t(`stance.${evidence.stance}`)}</span>
        <span class="badge">{i18n.t(`kind.${evidence.kind}`)}</span>
        <span class="badge" data-status={evidence.status}>{i18n.t(`reviewStatus.${evidence.status}`)}</span>
        {evidence.pageNumber !== null && <span>{i18n.t('sidepanel.page', [String(evidence.pageNumber)])}</span>}
      </div>
      {evidence.quote && <blockquote class="quote" data-testid="evidence-quote" style={{ margin: '6px 0' }}>{evidence.quote}</blockquote>}
      {evidence.anchorStatus === 'orphan' && (
        <p class="error" data-testid="orphan-note" style={{ margin: '4px 0' }}>
          {i18n.t('evidence.orphan', [formatDateTime(evidence.lastSeenAt ?? evidence.capturedAt)])}
        </p>
      )}
      {evidence.anchorStatus === 'anchored' && evidence.lastSeenAt && (
        <p class="muted" data-testid="anchored-note" style={{ margin: '4px 0' }}>{i18n.t('evidence.anchored', [formatDateTime(evidence.lastSeenAt)])}</p>
      )}
      <div class="row">
        <span class="grow" style={{ overflowWrap: 'anywhere' }}>
          <span title={href ?? undefined}>{evidence.title}</span>
          {site && <span class="muted"> · {site}</span>}
        </span>
      </div>
      {evidence.note && !editing && <p class="muted" data-testid="evidence-note" style={{ margin: '4px 0' }}>{evidence.note}</p>}
      <p class="muted" style={{ margin: 0 }}>{i18n.t('sidepanel.capturedBy', [evidence.capturedBy.displayName, formatDateTime(evidence.capturedAt)])}</p>
      {editing ? (
        <EvidenceEditForm evidence={evidence} onCancel={() => setEditing(false)} onSaved={(saved) => (onChange(saved), setEditing(false))} />
      ) : (
        <div class="row" style={{ marginTop: '4px', flexWrap: 'wrap' }}>
          {href && <button type="button" data-testid="open-source" disabled={busy} onClick={() => void openSource()}>{i18n.t('sidepanel.openSource')}</button>}
          {evidence.screenshotSha256 && (
            <button type="button" title={`SHA-256 ${evidence.screenshotSha256}`} onClick={() => void showScreenshot()}>{i18n.t('evidence.screenshot')}</button>
          )}
          {mine && <button type="button" data-testid="edit-evidence" onClick={() => setEditing(true)}>{i18n.t('evidence.edit')}</button>}
          {mine && evidence.status !== 'accepted' && (
            <ConfirmButton testId="withdraw-evidence" disabled={busy} label={i18n.t('evidence.withdraw')} question={i18n.t('evidence.withdrawConfirm')} onConfirm={() => void withdraw()} />
          )}
        </div>
      )}
      {error && <ErrorNote error={error} />}
    </article>
  );
}
