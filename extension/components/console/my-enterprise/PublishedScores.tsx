/** The enterprise's published result explained: grade and radar, then each indicator's consensus and rubric level
 * with the experts' rationales (named only where the framework shows evaluators) and any settlement's reason. */
import { i18n } from '../../../lib/ports/messages';
import { vetoShortfall } from '../../../../shared/domain/scoring/veto';
import type { Round } from '../../../../shared/schemas/round';
import { allOk } from '../../../lib/all-ok';
import { request } from '../../../lib/api';
import { loadEnterpriseResult, radarAxes } from '../../../lib/enterprise-result';
import { localized } from '../../../lib/locale';
import { ok } from '../../../lib/result';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';
import { VetoNote } from '../results/VetoNote';
import { RadarChart } from '../results/RadarChart';
import { ResultSummaryFacts } from '../results/ResultSummaryFacts';

async function loadExplained(roundId: number, enterpriseId: number) {
  const loaded = await allOk([
    loadEnterpriseResult(roundId, enterpriseId),
    request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].scores.$get({ param: { roundId: String(roundId), enterpriseId: String(enterpriseId) } })),
  ]);
  return loaded.ok ? ok({ data: loaded.value[0], scores: loaded.value[1] }) : loaded;
}

export function PublishedScores({ round, enterpriseId }: { round: Round; enterpriseId: number }) {
  const loaded = useLoad(() => loadExplained(round.id, enterpriseId), [round.id, enterpriseId]);
  if (!loaded.value) return <LoadState loaded={loaded} />;
  const { data, scores } = loaded.value;
  const anonymous = i18n.t('console.mine.anExpert');
  return (
    <section aria-labelledby="published-title" data-testid="published-scores">
      <h2 id="published-title">{i18n.t('console.mine.published')}</h2>
      <div class="result-top">
        <ResultSummaryFacts data={data} />
        <RadarChart axes={radarAxes(data, localized)} name={data.result.summary.enterprise.name} />
      </div>
      {data.result.dimensions.flatMap((d) => d.groups.flatMap((g) => g.indicators)).filter((i) => i.applicable).map((i) => {
        const veto = i.failedMandatory && i.consensus !== null ? vetoShortfall(i.consensus, i.maxScore, data.result.mandatoryFailRatio) : null;
        const level = i.rubricLevel === null || veto ? null : data.indicators.get(i.id)?.rubric?.[i.rubricLevel];
        const settlement = scores.settlements.find((s) => s.indicatorId === i.id);
        return (
          <details key={i.id} class="explained" data-code={i.code}>
            <summary class="row">
              <span class="code">{i.code}</span>
              <span class="grow">{localized(i.name)}</span>
              <span>{i.consensus ?? '—'} / {i.maxScore}</span>
              {level && <span class="badge">{localized(level.label)}</span>}
              {veto && <VetoNote veto={veto} />}
            </summary>
            {level && <p class="muted">{localized(level.description)}</p>}
            <ul>
              {scores.items.filter((s) => s.indicatorId === i.id).map((s) => (
                <li key={s.id}>
                  <strong>{s.expert?.displayName ?? anonymous}</strong> · {s.value}: {s.rationale}
                </li>
              ))}
            </ul>
            {settlement && <p>{i18n.t('console.mine.settled', [String(settlement.value), settlement.reason])}</p>}
          </details>
        );
      })}
    </section>
  );
}
