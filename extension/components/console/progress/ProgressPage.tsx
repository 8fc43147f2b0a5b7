/** How far the round has got, per street and per expert, and enterprise by enterprise from a street's totals (most
 * behind first); a coordinator sees their own street only. */
import { i18n } from '../../../lib/ports/messages';
import { EnterpriseProgressQuery } from '../../../../shared/schemas/progress';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import { useLoad } from '../../../lib/use-load';
import { useQueryState } from '../../../lib/use-query-state';
import { EnterpriseProgressTable } from './EnterpriseProgressTable';
import { ExpertProgressTable } from './ExpertProgressTable';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { StreetProgressTable } from './StreetProgressTable';

/** The street drilled into, in the URL (`?street=安亭镇`). */
const streetQuery = { street: EnterpriseProgressQuery.shape.street };

export function ProgressPage({ round, linkResults }: { round: Round; linkResults: boolean }) {
  const [{ street }, setQuery] = useQueryState(streetQuery);
  const setStreet = (chosen: string | null) => setQuery({ street: chosen ?? undefined });
  const progress = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].progress.$get({ param: { roundId: String(round.id) } })), [round.id]);
  const value = progress.value;
  return (
    <section>
      <PageHeader title={i18n.t('console.progress.title')} subtitle={value?.street ? i18n.t('console.progress.ofStreet', [value.street]) : localized(round.name)}>
        <button type="button" onClick={progress.reload}>{i18n.t('sidepanel.refresh')}</button>
      </PageHeader>
      <LoadState loaded={progress} />
      {value && (
        <>
          <h2>{i18n.t('console.progress.byStreet')}</h2>
          <StreetProgressTable streets={value.streets} chosen={street ?? null} onChoose={value.street ? undefined : setStreet} />
        </>
      )}
      {/* Asked for beside the totals, not after them: the worker narrows a coordinator's list to their street itself. */}
      <h2>{i18n.t('console.progress.byEnterprise')}</h2>
      <EnterpriseProgressTable round={round} street={street ?? null} onAllStreets={() => setStreet(null)} linkResults={linkResults} />
      {value && (
        <>
          <h2>{i18n.t('console.progress.byExpert')}</h2>
          <ExpertProgressTable experts={value.experts} />
        </>
      )}
    </section>
  );
}
