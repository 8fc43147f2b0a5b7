/** A button for what cannot be undone: the first click asks in place, the second does it (no dialogs:
 * the side panel and popup do not show them reliably). */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';

export type ConfirmButtonProps = { label: string; question: string; onConfirm: () => void; disabled?: boolean; testId?: string };

export function ConfirmButton({ label, question, onConfirm, disabled, testId }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" data-testid={testId} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="row" role="group">
      <span class="warn">{question}</span>
      <button type="button" data-testid={testId && `${testId}-confirm`} onClick={() => (setAsking(false), onConfirm())}>{i18n.t('common.confirm')}</button>
      <button type="button" onClick={() => setAsking(false)}>{i18n.t('common.cancel')}</button>
    </span>
  );
}
