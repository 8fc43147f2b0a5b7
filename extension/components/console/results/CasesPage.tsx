/** Good-practice cases of the round: the admin and coordinators make one from an enterprise's accepted evidence,
 * record its consent and publish it; the enterprise's staff give or withdraw consent; published ones are public. */
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { roleIn } from '../../../lib/console-sections';
import { localized } from '../../../lib/locale';
import { sessionPort } from '../../../lib/ports/session';
import { useLoad } from '../../../lib/use-load';
import { CaseCard } from './CaseCard';
import { CaseForm } from './CaseForm';
import { LoadState } from '../common/LoadState';
import { PageHeader } from '../common/PageHeader';

export function CasesPage({ round, me }: { round: Round; me: Me }) {
  const cases = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].cases.$get({ param: { roundId: String(round.id) } })), [round.id]);
  // The public pages are the worker's: the configured server in the extension, the page's own origin on the web.
  const server = useLoad(async () => ({ ok: true as const, value: await sessionPort().server() }), []).value;
  const makes = me.isAdmin || roleIn(me, round.id) === 'coordinator';
  const items = cases.value?.items ?? [];
  return (
    <section data-testid="cases-page">
      <PageHeader title={i18n.t('console.nav.cases')} subtitle={localized(round.name)}>
        {server && <a href={`${server}/public/cases`} target="_blank" rel="noopener noreferrer" data-testid="public-cases">{i18n.t('console.cases.publicPages')}</a>}
      </PageHeader>
      {makes && <CaseForm round={round} onCreated={cases.reload} />}
      <LoadState loaded={cases} />
      {cases.value && items.length === 0 && <p class="muted">{i18n.t('console.cases.none')}</p>}
      {items.map((c) => <CaseCard key={c.id} practice={c} makes={makes} publicBase={server ? `${server}/public/cases` : null} onChanged={cases.reload} />)}
    </section>
  );
}
