/** One open disagreement of the queue: the experts' scores, rubric levels and rationales side by side with the
 * evidence they cite (quotes as text: they come from arbitrary sites), a box to select it for a bulk settle, and
 * the single settle form when the reviewer opens it (Enter in the reason confirms, Escape closes). */
import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { DisagreementItem } from '../../../../shared/schemas/disagreements';
import { slotKey } from '../../../lib/bulk-settle-plan';
import { formatScore, localized } from '../../../lib/locale';
import { SlotSettleForm } from '../../SettleForm';

export type DisagreementCardProps = {
  roundId: number;
  item: DisagreementItem;
  current: boolean;
  selected: boolean;
  settling: boolean;
  onSelect: (selected: boolean) => void;
  onSettle: (open: boolean) => void;
  onSettled: () => void;
};

const orDash = (value: number | null) => (value === null ? '—' : formatScore(value));

export function DisagreementCard({ roundId, item, current, selected, settling, onSelect, onSettle, onSettled }: DisagreementCardProps) {
  const ref = useRef<HTMLElement>(null);
  const key = slotKey({ enterpriseId: item.enterprise.id, indicatorId: item.indicator.id });
  const levelName = (level: number) => (item.indicator.rubric[level] ? localized(item.indicator.rubric[level]!.label) : i18n.t('disagreementQueue.level', [String(level + 1)]));
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  useEffect(() => {
    if (settling) ref.current?.querySelector<HTMLInputElement>('[data-testid="settle-value"]')?.focus();
  }, [settling]);
  // Enter in the reason confirms as it does in the value field; Shift+Enter still breaks the line.
  const onFormKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') onSettle(false);
    else if (event.key === 'Enter' && !event.shiftKey && target.tagName === 'TEXTAREA') {
      event.preventDefault();
      target.closest('form')?.requestSubmit();
    }
  };
  return (
    <article ref={ref} class={`disagreement-item${current ? ' current' : ''}`} data-testid="disagreement-item" data-slot={key} aria-current={current ? 'true' : undefined}>
      <header class="row">
        <input type="checkbox" data-testid="disagreement-select" checked={selected} aria-label={i18n.t('disagreementQueue.select', [item.enterprise.name, item.indicator.code])} onChange={(e) => onSelect(e.currentTarget.checked)} />
        <strong class="grow">
          {item.enterprise.name} <span class="muted">{item.enterprise.street}</span> · {item.indicator.code} {localized(item.indicator.name)}{' '}
          <span class="muted">{i18n.t('disagreementQueue.maxScore', [formatScore(item.indicator.maxScore)])}</span>
        </strong>
        <button type="button" data-testid="disagreement-settle" aria-expanded={settling} onClick={() => onSettle(!settling)}>{i18n.t('disagreementQueue.settleOne')}</button>
      </header>
      <p class="muted tight" data-testid="disagreement-spread">
        {i18n.t('disagreementQueue.spread', [orDash(item.minValue), orDash(item.maxValue), orDash(item.computedConsensus), String(item.levelSpread)])}
      </p>
      <div class="expert-columns">
        {item.scores.map((score) => (
          <div class="expert-column" key={score.id} data-testid="queue-expert-score">
            <strong class="score-value">{formatScore(score.value)}</strong>
            <span class="muted block">{levelName(score.rubricLevel)}</span>
            <span class="block">{score.expert.displayName}</span>
            <p class="rationale anywhere">{score.rationale}</p>
          </div>
        ))}
      </div>
      {item.evidence.length === 0 ? (
        <p class="muted tight">{i18n.t('disagreementQueue.noEvidence')}</p>
      ) : (
        <details>
          <summary>{`${i18n.t('disagreementQueue.cited')} (${item.evidence.length})`}</summary>
          <ul class="cited-evidence">
            {item.evidence.map((e) => (
              <li key={e.id} data-testid="queue-cited-evidence" data-stance={e.stance}>
                <span class="anywhere">{e.title}</span>
                {e.pageNumber !== null && <span class="muted"> · {i18n.t('disagreementQueue.page', [String(e.pageNumber)])}</span>}
                {e.quote && <blockquote class="anywhere">{e.quote}</blockquote>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {settling && (
        <div onKeyDown={onFormKey}>
          <SlotSettleForm
            roundId={roundId}
            enterpriseId={item.enterprise.id}
            indicatorId={item.indicator.id}
            maxScore={item.indicator.maxScore}
            settlement={null}
            suggested={item.computedConsensus}
            // A refusal keeps the form and the worker's reason on screen; only a settlement reloads the list.
            onDone={(settled) => {
              if (settled) onSettled();
            }}
          />
        </div>
      )}
    </article>
  );
}
