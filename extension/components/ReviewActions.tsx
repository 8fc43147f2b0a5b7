/** A reviewer's verdict on a piece of evidence: accept (a comment is optional) or reject (say why), against
 * the version on screen; a stale version shows the evidence as it is now. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { Evidence } from '../../shared/schemas/evidence';
import { request } from '../lib/api';
import type { Failure } from '../lib/result';
import { ErrorNote } from './ErrorNote';

export type ReviewActionsProps = { evidence: Evidence; onReviewed: (evidence: Evidence) => void };

type Verdict = 'accepted' | 'rejected';

export function ReviewActions({ evidence, onReviewed }: ReviewActionsProps) {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!verdict) return;
    setBusy(true);
    const json = { status: verdict, comment: comment.trim() || undefined, version: evidence.version };
    const reviewed = await request((api) => api.api.v1.evidence[':id'].review.$post({ param: { id: String(evidence.id) }, json }));
    setBusy(false);
    if (reviewed.ok) {
      setVerdict(null);
      setError(null);
      return onReviewed(reviewed.value);
    }
    setError(reviewed.error);
    const current = (reviewed.error.details as { current?: Evidence } | undefined)?.current;
    if (reviewed.error.status === 409 && current) onReviewed(current);
  };

  /** A rejection says why; the button waits for it and says so. */
  const needsReason = verdict === 'rejected' && !comment.trim();
  const choose = (next: Verdict) => (
    <button type="button" data-testid={next === 'accepted' ? 'review-accept' : 'review-reject'} aria-pressed={verdict === next} onClick={() => setVerdict(next)}>
      {i18n.t(next === 'accepted' ? 'panel.review.accept' : 'panel.review.reject')}
    </button>
  );
  return (
    <div class="review-actions" data-testid="review-actions">
      {!verdict ? (
        <div class="row">
          {evidence.status !== 'accepted' && choose('accepted')}
          {evidence.status !== 'rejected' && choose('rejected')}
        </div>
      ) : (
        <form onSubmit={submit} data-testid="review-form">
          <textarea
            rows={2}
            maxLength={2000}
            data-testid="review-comment"
            aria-label={i18n.t('panel.review.comment')}
            placeholder={i18n.t(verdict === 'rejected' ? 'panel.review.commentRequired' : 'panel.review.comment')}
            required={verdict === 'rejected'}
            value={comment}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
          <div class="row">
            <button type="submit" class="primary" data-testid="review-confirm" aria-describedby={needsReason ? `review-missing-${evidence.id}` : undefined} disabled={busy || needsReason}>
              {i18n.t(verdict === 'accepted' ? 'panel.review.confirmAccept' : 'panel.review.confirmReject')}
            </button>
            <button type="button" onClick={() => setVerdict(null)}>{i18n.t('common.cancel')}</button>
            {needsReason && <span class="muted" id={`review-missing-${evidence.id}`} data-testid="review-missing">{i18n.t('panel.review.needReason')}</span>}
          </div>
        </form>
      )}
      {error && <ErrorNote error={error} />}
    </div>
  );
}
