/** Chooses one of the round's enrolled enterprises this user sees (the worker narrows the list to their street or assignments). */
import { i18n } from '../../../lib/ports/messages';
import { request } from '../../../lib/api';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';

export type RoundEnterpriseSelectProps = { roundId: number; chosen: number | null; onChoose: (enterpriseId: number | null) => void };

export function RoundEnterpriseSelect({ roundId, chosen, onChoose }: RoundEnterpriseSelectProps) {
  const enterprises = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].enterprises.$get({ param: { roundId: String(roundId) }, query: { limit: '500' } })), [roundId]);
  if (!enterprises.value) return <LoadState loaded={enterprises} />;
  return (
    <label>
      {i18n.t('console.enterprises.name')}
      <select data-testid="round-enterprise" value={chosen ?? ''} onChange={(e) => onChoose(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
        <option value="">{i18n.t('console.reports.chooseEnterprise')}</option>
        {enterprises.value.items.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
      </select>
    </label>
  );
}
