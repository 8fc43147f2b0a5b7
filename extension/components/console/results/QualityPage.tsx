/** The rigour of the round's evaluation: how far the experts agree (for reviewers and administrators) and
 * the evidence that expires soon (for them and for coordinators, their street's). */
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import { ExpiringEvidenceQuery } from '../../../../shared/schemas/expiring-evidence';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import { useCursorPages } from '../../../lib/use-cursor-pages';
import { useLoad } from '../../../lib/use-load';
import { useQueryState } from '../../../lib/use-query-state';
import { AgreementTable } from './AgreementTable';
import { ExpiringEvidenceList } from '../review/ExpiringEvidenceList';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';
import { Pager } from '../common/Pager';
import { StreetSelect } from '../common/StreetSelect';

const PAGE = 100;
/** The expiring evidence's street in the URL (`?streetId=3`). */
const expiringQuery = ExpiringEvidenceQuery.pick({ streetId: true }).shape;

export function QualityPage({ round, me }: { round: Round; me: Me }) {
  const readsAgreement = me.isAdmin || me.memberships.some((m) => m.roundId === round.id && m.role === 'reviewer');
  const param = { roundId: String(round.id) };
  const agreement = useLoad(
    () => (readsAgreement ? request((api) => api.api.v1.rounds[':roundId'].agreement.$get({ param, query: {} })) : Promise.resolve({ ok: true as const, value: null })),
    [round.id, readsAgreement],
  );
  const [{ streetId }, setQuery] = useQueryState(expiringQuery);
  const expiringPages = useCursorPages([round.id, streetId]);
  const expiring = useLoad(
    () =>
      request((api) =>
        api.api.v1.rounds[':roundId'].evidence.expiring.$get({ param, query: { limit: String(PAGE), ...(streetId && { streetId: String(streetId) }), ...(expiringPages.cursor && { cursor: expiringPages.cursor }) } }),
      ),
    [round.id, streetId, expiringPages.cursor],
  );
  return (
    <section data-testid="quality-page">
      <PageHeader title={i18n.t('console.nav.quality')} subtitle={localized(round.name)} />
      {readsAgreement && (
        <section aria-labelledby="agreement-title">
          <h2 id="agreement-title">{i18n.t('rigour.agreement.title')}</h2>
          <LoadState loaded={agreement} />
          {agreement.value && <AgreementTable agreement={agreement.value} />}
        </section>
      )}
      <section aria-labelledby="expiring-title">
        <h2 id="expiring-title">{i18n.t('rigour.expiring.title')}</h2>
        <div class="row filters">
          <StreetSelect value={streetId} onChange={(id) => setQuery({ streetId: id })} />
        </div>
        <LoadState loaded={expiring} />
        {expiring.value && <ExpiringEvidenceList items={expiring.value.items} />}
        {expiring.value && expiring.value.items.length > 0 && <Pager pages={expiringPages} nextCursor={expiring.value.nextCursor} empty={false} total={expiring.value.total} pageSize={PAGE} />}
      </section>
    </section>
  );
}
