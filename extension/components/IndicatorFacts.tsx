/** The facts of one indicator on its row: kind, applicability, evidence and accepted counts, my score, the
 * consensus, a disagreement (settled or not), a failed mandatory indicator, documentation requests waiting
 * for the enterprise and rectification status. */
import { i18n } from '../lib/ports/messages';
import { formatScore } from '../lib/locale';
import type { IndicatorSlice } from '../lib/panel-view';

export type IndicatorFactsProps = { slice: IndicatorSlice };

export function IndicatorFacts({ slice: { node, facts, myScore, tasks, requests } }: IndicatorFactsProps) {
  const outcome = facts.outcome;
  const waiting = requests.filter((r) => r.status === 'open' || r.status === 'reopened').length;
  return (
    <span class="facts">
      {node.kind === 'mandatory' && <span class="badge kind-mandatory">{i18n.t('panel.facts.mandatory')}</span>}
      {node.kind === 'special' && <span class="badge kind-special">{i18n.t('panel.facts.special')}</span>}
      {!facts.applicable ? (
        <span class="badge muted" data-testid="not-applicable">{i18n.t('panel.facts.notApplicable')}</span>
      ) : (
        <>
          <span class={facts.acceptedCount === 0 ? 'warn' : undefined} data-testid="evidence-counts">
            {i18n.t('panel.facts.evidence', [String(facts.evidenceCount), String(facts.acceptedCount)])}
          </span>
          {facts.contradictingCount > 0 && <span class="stance-contradicts">{i18n.t('panel.facts.contradicting', [String(facts.contradictingCount)])}</span>}
          {myScore && <span data-testid="my-score">{i18n.t('panel.facts.mine', [formatScore(myScore.value)])}</span>}
          {outcome?.consensus !== null && outcome?.consensus !== undefined && (
            <span data-testid="consensus" class={outcome.failedMandatory ? 'error' : undefined}>{i18n.t('panel.facts.consensus', [formatScore(outcome.consensus)])}</span>
          )}
          {outcome?.disagreement && (
            <span class={`badge ${outcome.settled ? 'ok' : 'bad'}`} data-testid="disagreement-flag" data-settled={outcome.settled}>
              {i18n.t(outcome.settled ? 'panel.facts.settled' : 'panel.facts.disagreement')}
            </span>
          )}
        </>
      )}
      {waiting > 0 && <span class="badge warn" data-testid="requests-waiting">{i18n.t('rigour.requests.waiting', [String(waiting)])}</span>}
      {tasks.map((task) => (
        <span key={task.id} class="badge warn" data-testid="rectification" title={task.requiredAction}>
          {i18n.t('panel.facts.rectification', [i18n.t(`panel.rectificationStatus.${task.status}`)])}
        </span>
      ))}
    </span>
  );
}
