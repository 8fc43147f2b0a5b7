/** An enterprise's total (with the weighted total and the adjustment lines behind it), grade (and the grade before a veto, with the indicators that caused it), ranks,
 * completeness, sign-off and commendations. */
import { i18n } from '../../../lib/ports/messages';
import type { EnterpriseResultData } from '../../../lib/enterprise-result';
import { percent, score } from '../../../lib/labels';
import { localized } from '../../../lib/locale';
import { AdjustmentLines } from '../../AdjustmentLines';

export function ResultSummaryFacts({ data }: { data: EnterpriseResultData }) {
  const s = data.result.summary;
  const names = new Map([...data.indicators.values()].map((n) => [n.code, localized(n.name)]));
  return (
    <dl class="facts summary" data-testid="result-summary">
      <dt>{i18n.t('console.results.total')}</dt>
      <dd class="big">{score(s.total)}{s.provisional && <span class="warn"> {i18n.t('console.results.provisional')}</span>}</dd>
      {data.result.adjustments.length > 0 && (
        <>
          <dt>{i18n.t('rigour.weightedTotal')}</dt>
          <dd>{score(s.weightedTotal)}</dd>
          <dt>{i18n.t('rigour.explanation.adjustments')}</dt>
          <dd><AdjustmentLines lines={data.result.adjustments} /></dd>
        </>
      )}
      <dt>{i18n.t('console.results.grade')}</dt>
      <dd>
        <strong class={`grade grade-${s.grade}`} data-testid="result-grade">{s.grade ?? '—'}</strong>
        {s.bandGrade !== s.grade && <span class="muted"> ({i18n.t('console.results.beforeVeto', [s.bandGrade ?? '—'])})</span>}
      </dd>
      {s.vetoCodes.length > 0 && (
        <>
          <dt>{i18n.t('console.results.veto')}</dt>
          <dd class="error">{s.vetoCodes.map((code) => `${code} ${names.get(code) ?? ''}`).join(';')}</dd>
        </>
      )}
      <dt>{i18n.t('console.results.ranks')}</dt>
      <dd>{i18n.t('console.results.rankValues', [String(s.rankOverall ?? '—'), String(s.rankStreet ?? '—'), String(s.rankIndustry ?? '—')])}</dd>
      <dt>{i18n.t('console.results.completeness')}</dt>
      <dd>{percent(s.completeness)}</dd>
      <dt>{i18n.t('console.results.signedOff')}</dt>
      <dd>{s.signedOff ? i18n.t('console.common.yes') : i18n.t('console.common.no')}</dd>
      {data.commendations.length > 0 && (
        <>
          <dt>{i18n.t('console.results.commendations')}</dt>
          <dd>{data.commendations.map((c) => <span key={c.id} class="badge commendation">{localized(c.title)}</span>)}</dd>
        </>
      )}
    </dl>
  );
}
