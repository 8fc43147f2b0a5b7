/** The enterprise's published result explained: per indicator its score and rubric level, a reviewer's
 * settlement, the experts' rationales (named only where the framework shows evaluators) and the evidence cited,
 * then the bonus and deduction lines. */
import { i18n } from '../../../lib/ports/messages';
import { httpUrlOrNull } from '../../../../shared/domain/url';
import type { CitedEvidence, IndicatorExplanation } from '../../../../shared/schemas/explanation';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import { useLoad } from '../../../lib/use-load';
import { AdjustmentLines } from '../../AdjustmentLines';
import { LoadState } from '../common/LoadState';
import { VetoNote } from '../results/VetoNote';

function Cited({ item }: { item: CitedEvidence }) {
  const url = httpUrlOrNull(item.url);
  return (
    <li>
      {url ? <a href={url} target="_blank" rel="noopener noreferrer">{item.title}</a> : item.title}
      {item.validity.status !== 'valid' && item.validity.validUntil && <span class="badge warn">{i18n.t(`rigour.validity_${item.validity.status}`, [item.validity.validUntil])}</span>}
      {item.quote && <blockquote class="quote clamped">{item.quote}</blockquote>}
    </li>
  );
}

function IndicatorCard({ indicator }: { indicator: IndicatorExplanation }) {
  return (
    <article class="panel" data-indicator-code={indicator.code}>
      <header class="row wrap">
        <span class="code">{indicator.code}</span>
        <strong class="grow">{localized(indicator.name)}</strong>
        {indicator.consensus !== null && <span>{i18n.t('rigour.explanation.consensus', [String(indicator.consensus), String(indicator.maxScore)])}</span>}
        {indicator.rubricLevel && <span class="badge">{localized(indicator.rubricLevel.label)}</span>}
        {indicator.veto && <VetoNote veto={indicator.veto} />}
      </header>
      {indicator.rubricLevel && <p class="muted">{localized(indicator.rubricLevel.description)}</p>}
      {indicator.settlement && <p>{i18n.t('rigour.explanation.settled', [indicator.settlement.reason])}</p>}
      {indicator.rationales.length > 0 && (
        <ul>
          {indicator.rationales.map((r, i) => (
            <li key={i}>
              <strong>{r.expert?.displayName ?? i18n.t('rigour.explanation.anonymous')}</strong> ({r.value}): {r.rationale}
            </li>
          ))}
        </ul>
      )}
      {indicator.evidence.length > 0 && (
        <>
          <h4>{i18n.t('rigour.explanation.evidence')}</h4>
          <ul>{indicator.evidence.map((e) => <Cited key={e.id} item={e} />)}</ul>
        </>
      )}
    </article>
  );
}

export function ExplanationSection({ round, enterpriseId }: { round: Round; enterpriseId: number }) {
  const explanation = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].explanation.$get({ param: { roundId: String(round.id), enterpriseId: String(enterpriseId) } })),
    [round.id, enterpriseId],
  );
  const value = explanation.value;
  return (
    <section aria-labelledby="explanation-title" data-testid="explanation">
      <h2 id="explanation-title">{i18n.t('rigour.explanation.title')}</h2>
      <LoadState loaded={explanation} />
      {value && value.adjustments.length > 0 && (
        <>
          <h3>{i18n.t('rigour.explanation.adjustments')}</h3>
          <AdjustmentLines lines={value.adjustments} />
        </>
      )}
      {value?.indicators.map((indicator) => <IndicatorCard key={indicator.id} indicator={indicator} />)}
    </section>
  );
}
