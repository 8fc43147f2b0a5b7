/** The round's results: the ranking (overall, within streets or within industries) with grades and veto reasons,
 * the distribution of totals and the grade counts, and the downloads. */
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import { useLoad } from '../../../lib/use-load';
import { useQueryState } from '../../../lib/use-query-state';
import { ExportButtons } from '../common/ExportButtons';
import { GradeCounts } from './GradeCounts';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { RankingFilters, rankingQuery } from './RankingFilters';
import { RankingTable } from './RankingTable';
import { ResultsFreshness } from './ResultsFreshness';
import { TotalsHistogram } from './TotalsHistogram';

export function ResultsPage({ round, me }: { round: Round; me: Me }) {
  const param = { roundId: String(round.id) };
  const statistics = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].results.statistics.$get({ param })), [round.id]);
  const [filter, setFilter] = useQueryState(rankingQuery);
  const stats = statistics.value;
  return (
    <section>
      <PageHeader title={i18n.t('console.results.title')} subtitle={localized(round.name)}>
        <ExportButtons round={round} me={me} />
      </PageHeader>
      <LoadState loaded={statistics} />
      {stats && (
        <div class="charts">
          <figure>
            <TotalsHistogram bins={stats.histogram} median={stats.total.median} />
            <figcaption>{i18n.t('console.results.histogramCaption', [String(stats.enterprises), String(stats.total.median ?? '—'), String(stats.total.mean ?? '—')])}</figcaption>
          </figure>
          <GradeCounts grades={stats.grades} />
        </div>
      )}
      <RankingFilters round={round} grades={stats?.grades.map((g) => g.grade) ?? []} value={filter} onChange={setFilter} />
      <RankingTable round={round} filter={filter} />
      <ResultsFreshness round={round} me={me} />
    </section>
  );
}
