/** The enterprise's bonus and deduction items in the side panel: each proposal with its state, confirming or
 * rejecting it (a reviewer other than its proposer), withdrawing one's own, and proposing an item of the
 * framework with the evidence that shows it — each as the worker says this reader may. The proposal form (a box per
 * evidence item: 300 at the heaviest enterprise) is built only once the section is opened, not with every panel. */
import { useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { PanelAdjustment, PanelState } from '../../shared/schemas/panel';
import { request } from '../lib/api';
import { localized } from '../lib/locale';
import { usePanel } from '../lib/panel-context';
import type { Failure } from '../lib/result';
import { ErrorNote } from './ErrorNote';

function AdjustmentItem({ item, onDone }: { item: PanelAdjustment; onDone: (error: Failure | null) => void }) {
  const [comment, setComment] = useState('');
  const param = { id: String(item.id) };
  const decide = async (decision: 'confirm' | 'reject') => {
    const json = { decision, version: item.version, ...(comment.trim() && { comment: comment.trim() }) };
    const done = await request((api) => api.api.v1.adjustments[':id'].decision.$post({ param, json }));
    onDone(done.ok ? null : done.error);
  };
  const withdraw = async () => {
    const done = await request((api) => api.api.v1.adjustments[':id'].$delete({ param }));
    onDone(done.ok ? null : done.error);
  };
  return (
    <li data-adjustment-id={item.id} data-status={item.status}>
      {item.item ? localized(item.item.name) : item.code} × {item.occurrences}{' '}
      <span class="badge">{i18n.t(`rigour.adjustments.status_${item.status}`)}</span>
      {item.decisionComment && <span class="muted"> {item.decisionComment}</span>}
      {item.may.decide && (
        <span class="row wrap">
          <input aria-label={i18n.t('rigour.adjustments.comment')} placeholder={i18n.t('rigour.adjustments.comment')} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
          {item.status !== 'confirmed' && <button type="button" onClick={() => void decide('confirm')}>{i18n.t('rigour.adjustments.confirm')}</button>}
          {item.status !== 'rejected' && <button type="button" disabled={!comment.trim()} onClick={() => void decide('reject')}>{i18n.t('rigour.adjustments.reject')}</button>}
        </span>
      )}
      {item.may.withdraw && item.status !== 'confirmed' && <button type="button" class="link" onClick={() => void withdraw()}>{i18n.t('rigour.adjustments.withdraw')}</button>}
    </li>
  );
}

export function PanelAdjustments({ state }: { state: PanelState }) {
  const { roundId, enterpriseId, refresh } = usePanel();
  const [code, setCode] = useState('');
  const [occurrences, setOccurrences] = useState('1');
  const [evidenceIds, setEvidenceIds] = useState<number[]>([]);
  const [error, setError] = useState<Failure | null>(null);
  const [open, setOpen] = useState(false);
  const done = async (failure: Failure | null) => {
    setError(failure);
    await refresh();
  };
  const propose = async (event: Event) => {
    event.preventDefault();
    const json = { code, occurrences: Number(occurrences), evidenceIds };
    const sent = await request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].adjustments.$post({ param: { roundId: String(roundId), enterpriseId: String(enterpriseId) }, json }));
    if (sent.ok) (setCode(''), setEvidenceIds([]));
    await done(sent.ok ? null : sent.error);
  };
  const toggle = (id: number) => setEvidenceIds((ids) => (ids.includes(id) ? ids.filter((i) => i !== id) : [...ids, id]));
  if (state.adjustments.length === 0 && !state.viewer.mayProposeAdjustment) return null;
  return (
    <details class="adjustments" data-testid="panel-adjustments" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{i18n.t('rigour.explanation.adjustments')} ({state.adjustments.length})</summary>
      <ul>{state.adjustments.map((item) => <AdjustmentItem key={`${item.id}-${item.version}`} item={item} onDone={(e) => void done(e)} />)}</ul>
      {open && state.viewer.mayProposeAdjustment && state.adjustmentItems.length > 0 && (
        <form onSubmit={propose}>
          <select aria-label={i18n.t('rigour.adjustments.item')} value={code} onChange={(e) => setCode(e.currentTarget.value)}>
            <option value="">{i18n.t('rigour.adjustments.item')}</option>
            {state.adjustmentItems.map((a) => (
              <option key={a.code} value={a.code}>{`${localized(a.name)} (${a.direction === 'bonus' ? '+' : '−'}${a.points})`}</option>
            ))}
          </select>
          <input type="number" min={1} max={20} aria-label={i18n.t('rigour.adjustments.occurrences')} value={occurrences} onInput={(e) => setOccurrences(e.currentTarget.value)} />
          <fieldset>
            <legend>{i18n.t('rigour.adjustments.evidence')}</legend>
            {state.evidence.map((e) => (
              <label key={e.id} class="row">
                <input type="checkbox" checked={evidenceIds.includes(e.id)} onChange={() => toggle(e.id)} /> {e.indicatorCode} {e.title}
              </label>
            ))}
          </fieldset>
          <button type="submit" class="primary" disabled={!code || evidenceIds.length === 0}>{i18n.t('rigour.adjustments.propose')}</button>
        </form>
      )}
      {error && <ErrorNote error={error} />}
    </details>
  );
}
