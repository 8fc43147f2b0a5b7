/** What a round would start collecting without (experts with an assignment, a reviewer, indicators some
 * assignment covers), with the counts, and a reason to give before starting anyway. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { StartWarning } from '../../../../shared/domain/round-lifecycle';

/** The details of a 409 round_start_needs_confirmation. */
export type StartWarningDetails = { warnings: StartWarning[]; counts: { assignedExperts: number; reviewers: number; indicators: number; uncoveredIndicators: number } };

export type StartWarningsProps = { details: StartWarningDetails; busy: boolean; onConfirm: (reason: string) => void; onCancel: () => void };

export function StartWarnings({ details: { warnings, counts }, busy, onConfirm, onCancel }: StartWarningsProps) {
  const [reason, setReason] = useState('');
  const text: Record<StartWarning, string> = {
    no_experts: i18n.t('console.lifecycle.warnNoExperts'),
    no_reviewers: i18n.t('console.lifecycle.warnNoReviewers'),
    uncovered_indicators: i18n.t('console.lifecycle.warnUncovered', [String(counts.uncoveredIndicators), String(counts.indicators)]),
  };
  return (
    <div class="refusal" role="alert" data-testid="start-warnings">
      <p class="warn">{i18n.t('console.lifecycle.startWarning')}</p>
      <ul>
        {warnings.map((w) => (
          <li key={w} data-warning={w}>{text[w]}</li>
        ))}
      </ul>
      <div class="row">
        <input type="text" class="grow" maxLength={2000} data-testid="start-reason" aria-label={i18n.t('console.lifecycle.startReason')} placeholder={i18n.t('console.lifecycle.startReason')} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        <button type="button" class="primary" data-testid="start-confirm" disabled={busy || reason.trim() === ''} onClick={() => onConfirm(reason.trim())}>{i18n.t('console.lifecycle.startAnyway')}</button>
        <button type="button" disabled={busy} onClick={onCancel}>{i18n.t('common.cancel')}</button>
      </div>
    </div>
  );
}
