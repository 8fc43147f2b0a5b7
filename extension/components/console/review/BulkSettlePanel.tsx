/** The explicit bulk settle: the preview of the reviewer's selection under the stated rule (exactly which items, at
 * which value), one reason, and the confirmation, sent MAX_BULK_SETTLE items per request with a progress line.
 * A confirmation refused because items changed since the preview (409 preview_stale) shows what changed and
 * offers a fresh preview; nothing is settled until the reviewer clicks confirm. */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { DisagreementFilters, SettlePreview } from '../../../../shared/schemas/disagreements';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { changedItems, slotChunks, slotKey, staleLines, type StaleLine } from '../../../lib/bulk-settle-plan';
import { queryOf } from '../../../lib/query-of';
import { formatScore } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { FailureNote } from '../common/FailureNote';

/** Explicitly ticked slots, or every open disagreement the filters match (the worker lists the first batch). */
export type BulkSelection = { kind: 'slots'; keys: string[] } | { kind: 'filters'; filters: DisagreementFilters };

export type BulkSettlePanelProps = { round: Round; selection: BulkSelection; onSettled: (keys: string[]) => void; onClose: () => void };

type Step =
  | { at: 'previewing'; done: number; of: number }
  | { at: 'preview'; previews: SettlePreview[] }
  | { at: 'settling'; previews: SettlePreview[]; done: number; of: number }
  | { at: 'stale'; lines: StaleLine[]; settled: number }
  | { at: 'settled'; settled: number; more: boolean };

const itemsOf = (previews: readonly SettlePreview[]) => previews.flatMap((p) => p.items);

export function BulkSettlePanel({ round, selection, onSettled, onClose }: BulkSettlePanelProps) {
  const param = { roundId: String(round.id) };
  const [step, setStep] = useState<Step>({ at: 'previewing', done: 0, of: 1 });
  const [reason, setReason] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  /** The slots still to settle when the selection is a list (a fresh preview asks only for those). */
  const [remaining, setRemaining] = useState<string[]>(selection.kind === 'slots' ? selection.keys : []);

  const preview = async (keys: string[]) => {
    setError(null);
    const queries = selection.kind === 'slots' ? slotChunks(keys).map((slots) => ({ slots })) : [queryOf(selection.filters)];
    const previews: SettlePreview[] = [];
    for (const query of queries) {
      setStep({ at: 'previewing', done: previews.length, of: queries.length });
      const answer = await request((api) => api.api.v1.rounds[':roundId'].settlements.preview.$get({ param, query: { ...query, rule: 'median' } }));
      if (!answer.ok) return setError(answer.error);
      previews.push(answer.value);
    }
    setStep({ at: 'preview', previews });
  };
  useEffect(() => void preview(remaining), []);

  const confirm = async (previews: SettlePreview[]) => {
    setError(null);
    const of = itemsOf(previews).length;
    let done = 0;
    const settledKeys: string[] = [];
    for (const p of previews.filter((p) => p.items.length > 0)) {
      setStep({ at: 'settling', previews, done, of });
      const items = p.items.map(({ enterpriseId, indicatorId, value, scoresVersion }) => ({ enterpriseId, indicatorId, value, scoresVersion }));
      const answer = await request((api) => api.api.v1.rounds[':roundId'].settlements.$post({ param, json: { rule: p.rule, token: p.token, reason: reason.trim(), items } }));
      if (!answer.ok) {
        const left = remaining.filter((k) => !settledKeys.includes(k));
        setRemaining(left);
        if (settledKeys.length > 0) onSettled(settledKeys);
        if (answer.error.code === 'preview_stale') return setStep({ at: 'stale', lines: staleLines(changedItems(answer.error.details), p.items), settled: done });
        setStep({ at: 'preview', previews: previews.slice(previews.indexOf(p)) });
        return setError(answer.error);
      }
      done += answer.value.settled;
      settledKeys.push(...p.items.map(slotKey));
    }
    setRemaining([]);
    onSettled(settledKeys);
    const more = selection.kind === 'filters' && previews.some((p) => p.matched > p.items.length);
    setStep({ at: 'settled', settled: done, more });
  };

  return (
    <section class="bulk-settle" data-testid="bulk-settle" aria-label={i18n.t('disagreementQueue.bulk.title')}>
      <header class="row">
        <h3 class="grow">{i18n.t('disagreementQueue.bulk.title')}</h3>
        <button type="button" data-testid="bulk-close" disabled={step.at === 'settling'} onClick={onClose}>{i18n.t('disagreementQueue.bulk.close')}</button>
      </header>
      <p class="muted tight">{i18n.t('disagreementQueue.bulk.rule')}</p>
      {step.at === 'previewing' && <p class="muted" data-testid="bulk-previewing">{i18n.t('disagreementQueue.bulk.previewing', [String(step.done), String(step.of)])}</p>}
      {(step.at === 'preview' || step.at === 'settling') && (
        <PreviewTable previews={step.previews} reason={reason} onReason={setReason} busy={step.at === 'settling'} onConfirm={() => void confirm(step.previews)} />
      )}
      {step.at === 'settling' && <p role="status" data-testid="bulk-progress">{i18n.t('disagreementQueue.bulk.settling', [String(step.done), String(step.of)])}</p>}
      {step.at === 'stale' && (
        <div data-testid="bulk-stale" role="alert">
          {step.settled > 0 && <p>{i18n.t('disagreementQueue.bulk.settled', [String(step.settled)])}</p>}
          <p class="warn">{i18n.t('disagreementQueue.bulk.stale', [String(step.lines.length)])}</p>
          <ul>
            {step.lines.map((l) => <li key={l.key} data-testid="bulk-stale-item">{`${l.enterpriseName} · ${l.indicatorCode}: ${i18n.t(`disagreementQueue.bulk.why_${l.why}`)}`}</li>)}
          </ul>
          <button type="button" class="primary" data-testid="bulk-fresh-preview" onClick={() => void preview(remaining)}>{i18n.t('disagreementQueue.bulk.freshPreview')}</button>
        </div>
      )}
      {step.at === 'settled' && (
        <div role="status" data-testid="bulk-settled">
          <p>{i18n.t('disagreementQueue.bulk.settled', [String(step.settled)])}</p>
          {step.more && <button type="button" data-testid="bulk-next" onClick={() => void preview([])}>{i18n.t('disagreementQueue.bulk.next')}</button>}
        </div>
      )}
      {error && <FailureNote error={error} />}
    </section>
  );
}

type PreviewTableProps = { previews: SettlePreview[]; reason: string; onReason: (reason: string) => void; busy: boolean; onConfirm: () => void };

/** What the confirmation will do, item by item, and the one reason it gives each. */
function PreviewTable({ previews, reason, onReason, busy, onConfirm }: PreviewTableProps) {
  const items = itemsOf(previews);
  const skipped = previews.reduce((n, p) => n + p.skipped.length, 0);
  const [first] = previews;
  if (items.length === 0) return <p class="muted" data-testid="bulk-nothing">{i18n.t('disagreementQueue.bulk.nothing')}</p>;
  return (
    <>
      <p data-testid="bulk-count">{i18n.t('disagreementQueue.bulk.count', [String(items.length)])}</p>
      {previews.length === 1 && first && first.matched > first.items.length && <p class="muted">{i18n.t('disagreementQueue.bulk.matched', [String(first.matched), String(first.items.length)])}</p>}
      {skipped > 0 && <p class="muted" data-testid="bulk-skipped">{i18n.t('disagreementQueue.bulk.skipped', [String(skipped)])}</p>}
      <table class="data" data-testid="bulk-preview">
        <thead>
          <tr>
            <th>{i18n.t('disagreementQueue.bulk.enterprise')}</th>
            <th>{i18n.t('disagreementQueue.bulk.indicator')}</th>
            <th>{i18n.t('disagreementQueue.bulk.values')}</th>
            <th class="num">{i18n.t('disagreementQueue.bulk.value')}</th>
            <th class="num">{i18n.t('disagreementQueue.bulk.level')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={slotKey(item)} data-testid="bulk-preview-item" data-slot={slotKey(item)} data-value={item.value}>
              <td>{item.enterpriseName} <span class="muted">{item.street}</span></td>
              <td>{item.indicatorCode}</td>
              <td>{item.values.map(formatScore).join(' / ')}</td>
              <td class="num">{formatScore(item.value)}</td>
              <td class="num">{i18n.t('disagreementQueue.level', [String(item.rubricLevel + 1)])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label for="bulk-reason">{i18n.t('disagreementQueue.bulk.reason')}</label>
      <textarea id="bulk-reason" rows={2} maxLength={2000} data-testid="bulk-reason" value={reason} disabled={busy} onInput={(e) => onReason(e.currentTarget.value)} />
      <button type="button" class="primary" data-testid="bulk-confirm" disabled={busy || reason.trim() === ''} onClick={onConfirm}>{i18n.t('disagreementQueue.bulk.confirm', [String(items.length)])}</button>
    </>
  );
}
