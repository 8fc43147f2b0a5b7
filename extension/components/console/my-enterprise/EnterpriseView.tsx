/** The enterprise's own view of the round: its evidence and self-statements, its published scores with the
 * reasons behind them, the explanation of each indicator, and its rectification tasks to answer with a plan and evidence. */
import { i18n } from '../../../lib/ports/messages';
import type { Me } from '../../../../shared/schemas/auth';
import type { Round } from '../../../../shared/schemas/round';
import { ownEnterpriseId } from '../../../lib/console-sections';
import { localized } from '../../../lib/locale';
import { EnterpriseEvidence } from './EnterpriseEvidence';
import { EnterpriseTasks } from './EnterpriseTasks';
import { ExplanationSection } from './ExplanationSection';
import { PageHeader } from '../common/PageHeader';
import { PublishedScores } from './PublishedScores';

export function EnterpriseView({ round, me }: { round: Round; me: Me }) {
  const enterpriseId = ownEnterpriseId(me, round.id);
  if (enterpriseId === null) return <p class="muted">{i18n.t('console.notForYourRole')}</p>;
  const published = round.status === 'published' || round.status === 'closed';
  return (
    <section data-testid="enterprise-view">
      <PageHeader title={i18n.t('console.mine.title')} subtitle={localized(round.name)} />
      {published ? <PublishedScores round={round} enterpriseId={enterpriseId} /> : <p class="muted">{i18n.t('console.mine.notPublished')}</p>}
      {published && <ExplanationSection round={round} enterpriseId={enterpriseId} />}
      {published && <EnterpriseTasks round={round} />}
      <EnterpriseEvidence round={round} enterpriseId={enterpriseId} />
    </section>
  );
}
