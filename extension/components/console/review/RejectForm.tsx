/** Why the evidence on screen is rejected: a reason is required (the button says so while there is none), chosen from
 * the common reasons or the reviewer's recent ones, or typed. Enter confirms, Escape goes back to the queue. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { RejectReasons } from '../../../../shared/schemas/queues';
import { localized } from '../../../lib/locale';
import { formKeys } from '../../../lib/triage-keys';

export type RejectFormProps = { reasons: RejectReasons | undefined; busy: boolean; onReject: (reason: string) => void; onCancel: () => void };

export function RejectForm({ reasons, busy, onReject, onCancel }: RejectFormProps) {
  const [reason, setReason] = useState('');
  const missing = reason.trim() === '';
  const confirm = () => !missing && !busy && onReject(reason.trim());
  return (
    <form
      class="stack queue-form"
      data-testid="reject-form"
      aria-label={i18n.t('reviewQueue.rejectTitle')}
      onSubmit={(e) => (e.preventDefault(), confirm())}
      onKeyDown={formKeys(confirm, onCancel)}
    >
      <h3>{i18n.t('reviewQueue.rejectTitle')}</h3>
      {reasons && (
        <select aria-label={i18n.t('reviewQueue.reasons')} data-testid="reject-reasons" value="" onChange={(e) => setReason(e.currentTarget.value)}>
          <option value="">{i18n.t('reviewQueue.chooseReason')}</option>
          <optgroup label={i18n.t('reviewQueue.reasons')}>
            {reasons.standard.map((r) => <option key={r.code} value={localized(r.label)}>{localized(r.label)}</option>)}
          </optgroup>
          {reasons.recent.length > 0 && (
            <optgroup label={i18n.t('reviewQueue.recentReasons')}>
              {reasons.recent.map((r) => <option key={r} value={r}>{r}</option>)}
            </optgroup>
          )}
        </select>
      )}
      <label>
        {i18n.t('reviewQueue.reason')}
        <input autoFocus data-testid="reject-reason" value={reason} maxLength={2000} aria-describedby={missing ? 'reject-needs-reason' : undefined} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      {missing && <p id="reject-needs-reason" class="muted tight" data-testid="reject-needs-reason">{i18n.t('panel.review.needReason')}</p>}
      <div class="row">
        <button type="submit" data-testid="confirm-reject" disabled={missing || busy}>{i18n.t('reviewQueue.confirmReject')}</button>
        <button type="button" onClick={onCancel}>{i18n.t('reviewQueue.cancel')}</button>
      </div>
    </form>
  );
}
