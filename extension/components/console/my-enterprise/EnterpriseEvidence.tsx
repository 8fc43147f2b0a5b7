/** The enterprise's evidence in the round by indicator, and the form for a self-statement while evidence is collected. */
import { useMemo } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import { leavesInOrder } from '../../../../shared/domain/indicator-tree';
import { httpUrlOrNull } from '../../../../shared/domain/url';
import type { Round } from '../../../../shared/schemas/round';
import { enterpriseEvidence } from '../../../lib/enterprise-lists';
import { localized } from '../../../lib/locale';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';
import { SourceFlagButton } from '../../SourceFlagButton';
import { ReportLinkForm } from './ReportLinkForm';
import { StatementForm } from './StatementForm';

export function EnterpriseEvidence({ round, enterpriseId }: { round: Round; enterpriseId: number }) {
  const loaded = useLoad(() => enterpriseEvidence(round.id, enterpriseId), [round.id, enterpriseId]);
  const groups = useMemo(() => {
    if (!loaded.value) return [];
    const { items: evidence, indicators } = loaded.value;
    return leavesInOrder(indicators)
      .map((indicator) => ({ indicator, items: evidence.filter((e) => e.indicatorId === indicator.id) }))
      .filter((g) => g.items.length > 0);
  }, [loaded.value]);
  const collecting = ['collecting', 'scoring', 'reviewing'].includes(round.status);
  return (
    <section aria-labelledby="own-evidence-title">
      <h2 id="own-evidence-title">{i18n.t('console.mine.evidence')}</h2>
      <LoadState loaded={loaded} />
      {collecting && loaded.value && <StatementForm round={round} enterpriseId={enterpriseId} indicators={loaded.value.indicators} onSaved={loaded.reload} />}
      {collecting && loaded.value && <ReportLinkForm round={round} enterpriseId={enterpriseId} indicators={loaded.value.indicators} onSaved={loaded.reload} />}
      {loaded.value && groups.length === 0 && <p class="muted">{i18n.t('console.mine.noEvidence')}</p>}
      {groups.map(({ indicator, items }) => (
        <section key={indicator.id} class="evidence-group" data-indicator-code={indicator.code}>
          <h3><span class="code">{indicator.code}</span> {localized(indicator.name)}</h3>
          <ul class="evidence-list">
            {items.map((e) => {
              const url = httpUrlOrNull(e.url);
              return (
                <li key={e.id} data-evidence-id={e.id}>
                  <span class="badge">{i18n.t(`kind.${e.kind}`)}</span> {url ? <a href={url} target="_blank" rel="noopener noreferrer">{e.title}</a> : <strong>{e.title}</strong>}{' '}
                  <span class={`badge review-${e.status}`}>{i18n.t(`reviewStatus.${e.status}`)}</span>
                  {e.quote && <blockquote class="quote clamped">{e.quote}</blockquote>}
                  {e.reviewComment && <p class="muted">{e.reviewComment}</p>}
                  {url && e.kind !== 'statement' && round.status !== 'closed' && <SourceFlagButton evidenceId={e.id} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
