/** The round's documentation requests the reader may see: an enterprise answers its own, the expert who asked
 * or a reviewer accepts or reopens an answer, and coordinators chase the overdue ones of their street. */
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import { DocumentationRequestListQuery } from '../../../../shared/schemas/documentation-request';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { useQueryState } from '../../../lib/use-query-state';
import { DocumentationRequestCard } from './DocumentationRequestCard';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { Pager } from '../common/Pager';
import { StreetSelect } from '../common/StreetSelect';

/** Soonest due first, fifty a page. */
const PAGE = 50;
/** The filters in the URL (`?overdue=true&streetId=3`), read as the worker reads them. */
const requestQuery = DocumentationRequestListQuery.pick({ overdue: true, streetId: true }).shape;

export function RequestsPage({ round, me }: { round: Round; me: Me }) {
  const role = me.memberships.find((m) => m.roundId === round.id)?.role;
  const [query, setQuery] = useQueryState(requestQuery);
  // Coordinators chase: their list starts on the overdue ones.
  const overdue = query.overdue === undefined ? role === 'coordinator' : query.overdue === 'true';
  const { streetId } = query;
  const pages = useCursorPages([round.id, overdue, streetId]);
  const requests = useLoad(
    () =>
      request((api) =>
        api.api.v1.rounds[':roundId']['documentation-requests'].$get({
          param: { roundId: String(round.id) },
          query: { limit: String(PAGE), ...(overdue && { overdue: 'true' }), ...(streetId && { streetId: String(streetId) }), ...(pages.cursor && { cursor: pages.cursor }) },
        }),
      ),
    [round.id, overdue, streetId, pages.cursor],
  );
  const items = requests.value?.items ?? [];
  // The worker decides again; the expert's buttons show on the requests they asked.
  const mayDecide = (askedBy: number | undefined) => me.isAdmin || role === 'reviewer' || (role === 'expert' && askedBy === me.id);
  return (
    <section data-testid="requests-page">
      <PageHeader title={i18n.t('rigour.requests.title')} subtitle={localized(round.name)} />
      <div class="row filters">
        <label class="row">
          <input type="checkbox" checked={overdue} onChange={(e) => setQuery({ overdue: e.currentTarget.checked ? 'true' : 'false' })} />
          {i18n.t('rigour.requests.overdueOnly')}
        </label>
        {role !== 'enterprise' && <StreetSelect value={streetId} onChange={(id) => setQuery({ streetId: id })} />}
      </div>
      <LoadState loaded={requests} />
      {requests.value && items.length === 0 && <p class="muted">{i18n.t('rigour.requests.none')}</p>}
      {items.map((item) => (
        <DocumentationRequestCard key={`${item.id}-${item.version}`} item={item} mayAnswer={role === 'enterprise'} mayDecide={mayDecide(item.askedBy?.id)} onChanged={requests.reload} />
      ))}
      {requests.value && items.length > 0 && <Pager pages={pages} nextCursor={requests.value.nextCursor} empty={false} total={requests.value.total} pageSize={PAGE} />}
    </section>
  );
}
