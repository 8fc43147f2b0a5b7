/** What is still open on an enterprise a reviewer is signing off (pending evidence, unreviewed contradicting
 * evidence, completeness below the framework's floor), with a reason to give before signing off anyway. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { SignOffOpenItems } from '../../shared/schemas/round';
import { percent } from '../lib/labels';

export type OpenItemsWarningProps = { items: SignOffOpenItems; busy: boolean; onConfirm: (reason: string) => void; onCancel: () => void };

export function OpenItemsWarning({ items, busy, onConfirm, onCancel }: OpenItemsWarningProps) {
  const [reason, setReason] = useState('');
  const lowCompleteness = items.completeness !== null && items.completeness < items.completenessThreshold;
  return (
    <div class="refusal" role="alert" data-testid="sign-off-warning">
      <p class="warn tight">{i18n.t('panel.signOff.openItems')}</p>
      <ul>
        {items.pendingEvidence > 0 && <li data-testid="open-pending">{i18n.t('panel.signOff.pending', [String(items.pendingEvidence)])}</li>}
        {items.contradictingUnreviewed > 0 && <li data-testid="open-contradicting">{i18n.t('panel.signOff.contradicting', [String(items.contradictingUnreviewed)])}</li>}
        {lowCompleteness && <li data-testid="open-completeness">{i18n.t('panel.signOff.completeness', [percent(items.completeness), percent(items.completenessThreshold)])}</li>}
      </ul>
      <div class="row">
        <input
          type="text"
          class="grow"
          maxLength={2000}
          data-testid="sign-off-reason"
          aria-label={i18n.t('panel.signOff.reason')}
          placeholder={i18n.t('panel.signOff.reason')}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
        <button type="button" class="primary" data-testid="sign-off-confirm" disabled={busy || reason.trim() === ''} title={reason.trim() === '' ? i18n.t('panel.signOff.reasonNeeded') : undefined} onClick={() => onConfirm(reason.trim())}>
          {i18n.t('panel.signOff.confirm')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>{i18n.t('common.cancel')}</button>
      </div>
    </div>
  );
}
