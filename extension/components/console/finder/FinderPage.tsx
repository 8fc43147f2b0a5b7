/** The evidence finder in a round: how many reports it read and how many suggestions wait, for the round and per
 * enterprise (paged), each enterprise's reports and their states on demand; for an expert, first the
 * indicators of their assignment with suggestions and no evidence. */
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import type { FinderRoundSummary } from '../../../../shared/schemas/finder';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { roleIn } from '../../../lib/console-sections';
import { localized } from '../../../lib/locale';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { Pager } from '../common/Pager';
import { FinderEnterpriseTable } from './FinderEnterpriseTable';
import { UnevidencedSuggestions } from './UnevidencedSuggestions';

export const reportCounts = (counts: FinderRoundSummary['counts']) =>
  i18n.t('finderConsole.counts', [String(counts.indexed), String(counts.queued + counts.fetched), String(counts.failed)]);

const PAGE = 50;

export function FinderPage({ round, me }: { round: Round; me: Me }) {
  const pages = useCursorPages([round.id]);
  const summary = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].finder.summary.$get({ param: { roundId: String(round.id) }, query: { limit: String(PAGE), ...(pages.cursor && { cursor: pages.cursor }) } })),
    [round.id, pages.cursor],
  );
  return (
    <section data-testid="finder-page">
      <PageHeader title={i18n.t('finderConsole.title')} subtitle={localized(round.name)} />
      {roleIn(me, round.id) === 'expert' && <UnevidencedSuggestions round={round} />}
      <h3>{i18n.t('finderConsole.byEnterprise')}</h3>
      {summary.value && (
        <p class="muted" data-testid="finder-round-counts">
          {reportCounts(summary.value.counts)} · {i18n.t('finderConsole.unreviewed', [String(summary.value.unreviewed)])}
        </p>
      )}
      <LoadState loaded={summary} />
      {summary.value && <FinderEnterpriseTable round={round} enterprises={summary.value.enterprises} />}
      <Pager pages={pages} nextCursor={summary.value?.nextCursor} empty={summary.value?.enterprises.length === 0} total={summary.value?.total} pageSize={PAGE} />
    </section>
  );
}
