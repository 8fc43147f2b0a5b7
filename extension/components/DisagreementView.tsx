/** Each expert's score of an indicator side by side — value, rubric level, rationale (other experts' folded to
 * a line until the reader unfolds them, remembered), evidence cited — with the spread, the experts' consensus
 * and, once settled, the settled value that counts; the reviewer's settlement and the form to settle it. */
import { i18n } from '../lib/ports/messages';
import type { IndicatorOutcome } from '../../shared/schemas/result';
import type { IndicatorNode } from '../../shared/schemas/round';
import type { Score, Settlement } from '../../shared/schemas/score';
import { formatDateTime, formatScore, localized } from '../lib/locale';
import { usePanel } from '../lib/panel-context';
import { useRationales } from '../lib/panel-layout';
import { SettleForm } from './SettleForm';

export type DisagreementViewProps = {
  node: IndicatorNode;
  scores: readonly Score[];
  outcome: IndicatorOutcome | null;
  settlement: Settlement | null;
  maySettle: boolean;
};

const valueOrDash = (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatScore(value));

export function DisagreementView({ node, scores, outcome, settlement, maySettle }: DisagreementViewProps) {
  const rubric = node.rubric ?? [];
  const disagreement = outcome?.disagreement ?? false;
  const { viewer } = usePanel();
  const rationales = useRationales();
  const folds = scores.some((s) => s.expert?.id !== viewer.userId && s.rationale);
  return (
    <section class={`experts${disagreement ? ' disagreeing' : ''}`} data-testid="disagreement-view" data-disagreement={disagreement}>
      <div class="row">
        <h5 class="grow">{i18n.t(disagreement ? 'panel.experts.disagreement' : 'panel.experts.title')}</h5>
        {folds && (
          <button type="button" class="link" data-testid="rationales-toggle" aria-pressed={rationales.open} onClick={() => rationales.setOpen(!rationales.open)}>
            {i18n.t(rationales.open ? 'panel.experts.hideRationales' : 'panel.experts.showRationales')}
          </button>
        )}
      </div>
      {scores.length === 0 && <p class="muted tight">{i18n.t('panel.experts.none')}</p>}
      <div class="expert-columns">
        {scores.map((score, index) => (
          <div class="expert-column" key={score.id} data-testid="expert-score" data-expert-id={score.expert?.id}>
            <strong class="score-value">{formatScore(score.value)}</strong>
            <span class="muted block">{rubric[score.rubricLevel] ? localized(rubric[score.rubricLevel]!.label) : ''}</span>
            <span class="block">{score.expert?.displayName ?? i18n.t('panel.experts.anonymous', [String(index + 1)])}</span>
            <p class={`rationale anywhere${rationales.open || score.expert?.id === viewer.userId ? '' : ' folded'}`} data-testid="rationale">{score.rationale}</p>
            {score.evidenceIds.length > 0 && <span class="muted">{i18n.t('panel.experts.cited', [String(score.evidenceIds.length)])}</span>}
          </div>
        ))}
      </div>
      {outcome && scores.length > 0 && (
        <p class="muted tight" data-testid="expert-spread">
          {outcome.settled
            ? i18n.t('panel.experts.spreadSettled', [valueOrDash(outcome.minValue), valueOrDash(outcome.maxValue), valueOrDash(outcome.computedConsensus), valueOrDash(outcome.consensus)])
            : i18n.t('panel.experts.spread', [valueOrDash(outcome.minValue), valueOrDash(outcome.maxValue), valueOrDash(outcome.computedConsensus)])}
        </p>
      )}
      {settlement && (
        <p class="tight" data-testid="settlement">
          {i18n.t('panel.settle.settled', [settlement.settledBy?.displayName ?? i18n.t('panel.settle.reviewer'), formatDateTime(settlement.settledAt), formatScore(settlement.value), settlement.reason])}
        </p>
      )}
      {maySettle && <SettleForm indicatorId={node.id} maxScore={node.maxScore ?? 0} settlement={settlement} suggested={outcome?.computedConsensus ?? null} />}
    </section>
  );
}
