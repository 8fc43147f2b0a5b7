/** A reviewer's final value for an indicator the experts disagree on, with the reason, against the
 * settlement's version; withdrawing it goes back to the experts' consensus. The side panel's form reads its
 * enterprise from the panel; the console's disagreement queue names the slot itself. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { Settlement } from '../../shared/schemas/score';
import { request } from '../lib/api';
import { formatScore } from '../lib/locale';
import { usePanel } from '../lib/panel-context';
import type { Failure } from '../lib/result';
import { ConfirmButton } from './ConfirmButton';
import { ErrorNote } from './ErrorNote';

export type SettleFormProps = { indicatorId: number; maxScore: number; settlement: Settlement | null; suggested: number | null };

export function SettleForm(props: SettleFormProps) {
  const { roundId, enterpriseId, refresh } = usePanel();
  return <SlotSettleForm {...props} roundId={roundId} enterpriseId={enterpriseId} onDone={() => refresh()} />;
}

/** `onDone`: after the worker answered, whether it settled (`true`) or refused (the caller reads the slot again). */
export type SlotSettleFormProps = SettleFormProps & { roundId: number; enterpriseId: number; onDone: (settled: boolean) => Promise<void> | void };

export function SlotSettleForm({ roundId, enterpriseId, onDone, indicatorId, maxScore, settlement, suggested }: SlotSettleFormProps) {
  const [value, setValue] = useState(settlement ? formatScore(settlement.value) : suggested === null ? '' : formatScore(suggested));
  const [reason, setReason] = useState(settlement?.reason ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const param = { roundId: String(roundId), enterpriseId: String(enterpriseId), indicatorId: String(indicatorId) };
  const number = Number(value);
  const valid = value.trim() !== '' && number >= 0 && number <= maxScore && reason.trim() !== '';
  const missing = value.trim() === '' ? 'panel.settle.needValue' : !(number >= 0 && number <= maxScore) ? 'panel.settle.outOfRange' : !valid ? 'panel.settle.needReason' : null;

  const done = async (result: { ok: boolean; error?: Failure }) => {
    setBusy(false);
    setError(result.ok ? null : (result.error ?? null));
    await onDone(result.ok);
  };
  const settle = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const json = { value: number, reason: reason.trim(), version: settlement?.version ?? 0 };
    await done(await request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].indicators[':indicatorId'].settlement.$put({ param, json })));
  };
  const withdraw = async () => {
    setBusy(true);
    await done(await request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].indicators[':indicatorId'].settlement.$delete({ param })));
  };

  return (
    <form class="settle-form" data-testid="settle-form" onSubmit={settle}>
      <strong>{i18n.t('panel.settle.title')}</strong>
      <label for={`settle-value-${indicatorId}`}>{i18n.t('panel.settle.value')}</label>
      <input id={`settle-value-${indicatorId}`} type="number" min={0} max={maxScore} step={0.5} data-testid="settle-value" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      <label for={`settle-reason-${indicatorId}`}>{i18n.t('panel.settle.reason')}</label>
      <textarea id={`settle-reason-${indicatorId}`} rows={2} maxLength={2000} data-testid="settle-reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      <div class="row">
        <button type="submit" class="primary" data-testid="settle-save" aria-describedby={missing ? `settle-missing-${indicatorId}` : undefined} disabled={busy || !valid}>
          {i18n.t('panel.settle.save')}
        </button>
        {settlement && <ConfirmButton testId="settle-remove" disabled={busy} label={i18n.t('panel.settle.remove')} question={i18n.t('panel.settle.removeConfirm')} onConfirm={() => void withdraw()} />}
      </div>
      {missing && <p class="muted tight" id={`settle-missing-${indicatorId}`} data-testid="settle-missing">{i18n.t(missing, [formatScore(maxScore)])}</p>}
      {error && <ErrorNote error={error} />}
    </form>
  );
}
