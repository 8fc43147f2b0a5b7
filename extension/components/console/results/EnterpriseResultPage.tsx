/** One enterprise's result: summary and veto, the radar of its dimensions against the round's median, the change
 * since its previous round, every indicator, its commendations and downloads. */
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import type { Round } from '../../../../shared/schemas/round';
import { loadEnterpriseResult, radarAxes } from '../../../lib/enterprise-result';
import { localized } from '../../../lib/locale';
import { href } from '../../../lib/console-location';
import { useLoad } from '../../../lib/use-load';
import { CommendationPicker } from './CommendationPicker';
import { ExportButtons } from '../common/ExportButtons';
import { IndicatorResultTable } from './IndicatorResultTable';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { PreviousRoundChange } from './PreviousRoundChange';
import { RadarChart } from './RadarChart';
import { ResultSummaryFacts } from './ResultSummaryFacts';

export function EnterpriseResultPage({ round, enterpriseId, me }: { round: Round; enterpriseId: number; me: Me }) {
  const loaded = useLoad(() => loadEnterpriseResult(round.id, enterpriseId), [round.id, enterpriseId]);
  const data = loaded.value;
  if (!data) return <LoadState loaded={loaded} />;
  const { summary } = data.result;
  return (
    <section data-testid="enterprise-result">
      <PageHeader title={summary.enterprise.name} subtitle={`${summary.enterprise.street} · ${localized(round.name)}`}>
        <a href={href({ page: 'results', roundId: round.id })}>{i18n.t('console.results.back')}</a>
        <a class="button" href={href({ page: 'report', roundId: round.id, enterpriseId })} data-testid="open-report">{i18n.t('console.report.open')}</a>
        <ExportButtons round={round} me={me} enterpriseId={enterpriseId} />
      </PageHeader>
      <div class="result-top">
        <ResultSummaryFacts data={data} />
        <RadarChart axes={radarAxes(data, localized)} name={summary.enterprise.name} />
      </div>
      <PreviousRoundChange result={data.result} />
      {me.isAdmin && <CommendationPicker round={round} enterpriseId={enterpriseId} commendations={data.commendations} onChanged={loaded.reload} />}
      <h2>{i18n.t('console.results.indicators')}</h2>
      <IndicatorResultTable result={data.result} indicators={data.indicators} />
    </section>
  );
}
