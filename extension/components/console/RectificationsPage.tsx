/** Rectification tasks of the round with their state and due dates, filtered, with the list of those to chase
 * and (for coordinators and administrators) the follow-up of each answer. */
import { useState } from 'preact/hooks';
import { i18n } from '../../lib/ports/messages';
import type { Me } from '../../../shared/schemas/auth';
import { RectificationStatus } from '../../../shared/schemas/rectification';
import type { Round } from '../../../shared/schemas/round';
import { request } from '../../lib/api';
import { localized } from '../../lib/locale';
import { useLoad } from '../../lib/use-load';
import { useStreets } from '../../lib/use-streets';
import { LoadState } from './LoadState';
import { PageHeader } from './PageHeader';
import { ReminderList } from './ReminderList';
import { RectificationTable } from './RectificationTable';

export function RectificationsPage({ round, me }: { round: Round; me: Me }) {
  const [status, setStatus] = useState<RectificationStatus | ''>('');
  const [streetId, setStreetId] = useState('');
  const streets = useStreets();
  const tasks = useLoad(
    () => request((api) => api.api.v1.rounds[':roundId'].rectifications.$get({ param: { roundId: String(round.id) }, query: { limit: '500', ...(status && { status }), ...(streetId && { streetId }) } })),
    [round.id, status, streetId],
  );
  const items = tasks.value?.items ?? [];
  const role = me.memberships.find((m) => m.roundId === round.id)?.role;
  const followsUp = (me.isAdmin || role === 'coordinator') && round.status === 'published';
  return (
    <section>
      <PageHeader title={i18n.t('console.nav.rectifications')} subtitle={localized(round.name)} />
      <ReminderList tasks={items} />
      <div class="row filters">
        <select aria-label={i18n.t('console.rectify.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value as RectificationStatus | '')}>
          <option value="">{i18n.t('console.rectify.allStatuses')}</option>
          {RectificationStatus.options.map((s) => <option key={s} value={s}>{i18n.t(`console.rectify.status_${s}`)}</option>)}
        </select>
        <select aria-label={i18n.t('console.enterprises.street')} value={streetId} onChange={(e) => setStreetId(e.currentTarget.value)}>
          <option value="">{i18n.t('console.results.allStreets')}</option>
          {streets.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <LoadState loaded={tasks} />
      {tasks.value && (items.length === 0 ? <p class="muted">{i18n.t('console.rectify.none')}</p> : <RectificationTable tasks={items} followsUp={followsUp} onChanged={tasks.reload} />)}
    </section>
  );
}
