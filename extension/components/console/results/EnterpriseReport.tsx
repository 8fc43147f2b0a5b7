/** The printable report of one enterprise's result (print it to PDF from the browser): summary, radar against
 * the round's median, dimension and indicator scores, commendations and rectification tasks. */
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { loadEnterpriseResult, radarAxes } from '../../../lib/enterprise-result';
import { formatDateTime, localized } from '../../../lib/locale';
import { href } from '../../../lib/console-location';
import { useLoad } from '../../../lib/use-load';
import { IndicatorResultTable } from './IndicatorResultTable';
import { LoadState } from '../common/LoadState';
import { PreviousRoundChange } from './PreviousRoundChange';
import { RadarChart } from './RadarChart';
import { RectificationTable } from '../tasks/RectificationTable';
import { ResultSummaryFacts } from './ResultSummaryFacts';

export function EnterpriseReport({ round, enterpriseId }: { round: Round; enterpriseId: number }) {
  const loaded = useLoad(() => loadEnterpriseResult(round.id, enterpriseId), [round.id, enterpriseId]);
  const data = loaded.value;
  if (!data) return <LoadState loaded={loaded} />;
  const { summary } = data.result;
  return (
    <article class="report" data-testid="enterprise-report">
      <div class="no-print row">
        <a href={href({ page: 'result', roundId: round.id, enterpriseId })}>{i18n.t('console.results.back')}</a>
        <button type="button" class="primary" onClick={() => print()}>{i18n.t('console.report.print')}</button>
      </div>
      <header>
        <p class="muted">{localized(round.name)} · {i18n.t('console.report.title')}</p>
        <h1>{summary.enterprise.name}</h1>
        <p class="muted">
          {summary.enterprise.creditCode} · {summary.enterprise.street} · {i18n.t('console.report.generated', [formatDateTime(new Date().toISOString())])}
        </p>
      </header>
      <div class="result-top">
        <ResultSummaryFacts data={data} />
        <RadarChart axes={radarAxes(data, localized)} name={summary.enterprise.name} />
      </div>
      <PreviousRoundChange result={data.result} />
      <h2>{i18n.t('console.results.indicators')}</h2>
      <IndicatorResultTable result={data.result} indicators={data.indicators} />
      <h2>{i18n.t('console.nav.rectifications')}</h2>
      {data.result.rectifications.length === 0 ? <p class="muted">{i18n.t('console.rectify.none')}</p> : <RectificationTable tasks={data.result.rectifications} />}
    </article>
  );
}
