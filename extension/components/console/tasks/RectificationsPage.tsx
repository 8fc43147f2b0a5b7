/** Rectification tasks of the round with their state and due dates, filtered, with the list of those to chase
 * and (for coordinators and administrators) the follow-up of each answer; these two see them grouped by enterprise
 * first, with a switch to the flat list. */
import { z } from 'zod';
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import { RectificationListQuery, RectificationStatus } from '../../../../shared/schemas/rectification';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { useQueryState } from '../../../lib/use-query-state';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { StreetSelect } from '../common/StreetSelect';
import { Pager } from '../common/Pager';
import { ReminderList } from './ReminderList';
import { RectificationTable } from './RectificationTable';
import { RectificationGroups } from './rectify/RectificationGroups';
import { RectifyViewSwitch, type RectifyView } from './rectify/RectifyViewSwitch';

/** The flat list's filters in the URL (`?status=overdue&streetId=3`), read as the worker reads them. */
const taskQuery = { ...RectificationListQuery.pick({ status: true, streetId: true }).shape, view: z.enum(['groups', 'tasks']).optional() };

/** A hundred tasks a page; the reminders are those of the page shown. */
const PAGE = 100;

export function RectificationsPage({ round, me }: { round: Round; me: Me }) {
  const role = me.memberships.find((m) => m.roundId === round.id)?.role;
  const groups = me.isAdmin || role === 'coordinator';
  const [query, setQuery] = useQueryState(taskQuery);
  const { status, streetId } = query;
  const view: RectifyView = query.view ?? (groups ? 'groups' : 'tasks');
  const pages = useCursorPages([round.id, status, streetId, view]);
  const tasks = useLoad(
    // The grouped view asks for its own figures: the flat list waits until it is shown.
    () =>
      view === 'groups'
        ? Promise.resolve({ ok: true as const, value: { items: [], nextCursor: null, total: 0 } })
        : request((api) =>
            api.api.v1.rounds[':roundId'].rectifications.$get({
              param: { roundId: String(round.id) },
              query: { limit: String(PAGE), ...(status && { status }), ...(streetId && { streetId: String(streetId) }), ...(pages.cursor && { cursor: pages.cursor }) },
            }),
          ),
    [round.id, status, streetId, view, pages.cursor],
  );
  const items = tasks.value?.items ?? [];
  const followsUp = (me.isAdmin || role === 'coordinator') && round.status === 'published';
  return (
    <section>
      <PageHeader title={i18n.t('console.nav.rectifications')} subtitle={localized(round.name)} />
      {groups && <RectifyViewSwitch view={view} onChange={(to) => setQuery({ view: to })} />}
      {view === 'groups' ? (
        <RectificationGroups round={round} followsUp={followsUp} />
      ) : (
        <>
          <ReminderList tasks={items} />
          <div class="row filters">
            <select aria-label={i18n.t('console.rectify.status')} value={status ?? ''} onChange={(e) => setQuery({ status: (e.currentTarget.value || undefined) as RectificationStatus | undefined })}>
              <option value="">{i18n.t('console.rectify.allStatuses')}</option>
              {RectificationStatus.options.map((s) => <option key={s} value={s}>{i18n.t(`console.rectify.status_${s}`)}</option>)}
            </select>
            <StreetSelect value={streetId} onChange={(id) => setQuery({ streetId: id })} />
          </div>
          <LoadState loaded={tasks} />
          {tasks.value && (items.length === 0 && !pages.hasPrevious ? <p class="muted">{i18n.t('console.rectify.none')}</p> : <RectificationTable tasks={items} followsUp={followsUp} onChanged={tasks.reload} />)}
          {tasks.value && <Pager pages={pages} nextCursor={tasks.value.nextCursor} empty={false} total={tasks.value.total} pageSize={PAGE} />}
        </>
      )}
    </section>
  );
}
