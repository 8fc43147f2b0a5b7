/** Every indicator of the enterprise by dimension and group: consensus of max with its rubric level, how many
 * experts scored and how far apart, settlement, veto or rectification flags, evidence, and the previous round. */
import { i18n } from '../../../lib/ports/messages';
import { vetoShortfall } from '../../../../shared/domain/scoring/veto';
import type { EnterpriseResult } from '../../../../shared/schemas/result';
import type { IndicatorNode } from '../../../../shared/schemas/round';
import { difference, score } from '../../../lib/labels';
import { localized } from '../../../lib/locale';
import { VetoNote } from './VetoNote';

export type IndicatorResultTableProps = { result: EnterpriseResult; indicators: Map<number, IndicatorNode> };

export function IndicatorResultTable({ result, indicators }: IndicatorResultTableProps) {
  return (
    <table class="data indicator-results" data-testid="indicator-results">
      <thead>
        <tr>
          <th>{i18n.t('console.diff.indicator')}</th>
          <th class="num">{i18n.t('console.results.consensus')}</th>
          <th>{i18n.t('console.tree.rubric')}</th>
          <th class="num">{i18n.t('console.results.experts')}</th>
          <th>{i18n.t('console.results.flags')}</th>
          <th class="num">{i18n.t('console.progress.evidence')}</th>
          <th class="num">{i18n.t('console.results.change')}</th>
        </tr>
      </thead>
      {result.dimensions.map((d) => (
        <tbody key={d.id}>
          <tr class="dimension-row">
            <th colSpan={7} scope="rowgroup">
              <span class="code">{d.code}</span> {localized(d.name)} — {score(d.score)}
            </th>
          </tr>
          {d.groups.flatMap((g) => [
            <tr key={`g${g.id}`} class="group-row">
              <th colSpan={7} scope="rowgroup"><span class="code">{g.code}</span> {localized(g.name)} — {score(g.score)}</th>
            </tr>,
            ...g.indicators.map((i) => {
              // A failed mandatory indicator reads as its veto, never as the rubric level its score falls in.
              const veto = i.failedMandatory && i.consensus !== null ? vetoShortfall(i.consensus, i.maxScore, result.mandatoryFailRatio) : null;
              const level = i.rubricLevel === null || veto ? null : indicators.get(i.id)?.rubric?.[i.rubricLevel];
              return (
                <tr key={i.id} class={i.applicable ? '' : 'muted'} data-code={i.code}>
                  <td><span class="code">{i.code}</span> {localized(i.name)} {i.kind !== 'voluntary' && <span class="badge">{i18n.t(`console.kind.${i.kind}`)}</span>}</td>
                  <td class="num">{i.applicable ? `${i.consensus ?? '—'} / ${i.maxScore}` : i18n.t('console.results.notApplicable')}</td>
                  <td>{veto ? <VetoNote veto={veto} /> : level ? localized(level.label) : '—'}</td>
                  <td class="num">{i.expertCount > 0 ? `${i.expertCount} (${i.minValue}–${i.maxValue})` : '—'}</td>
                  <td>
                    {i.failedMandatory && <span class="badge bad">{i18n.t('console.results.flagVeto')}</span>}
                    {!i.failedMandatory && i.belowRectification && <span class="badge warn">{i18n.t('console.results.flagRectify')}</span>}
                    {i.disagreement && <span class="badge">{i.settled ? i18n.t('console.results.flagSettled') : i18n.t('console.results.flagDisagree')}</span>}
                  </td>
                  <td class="num">{i.evidenceCount}</td>
                  <td class="num">{difference(i.consensus, i.previousConsensus)}</td>
                </tr>
              );
            }),
          ])}
        </tbody>
      ))}
    </table>
  );
}
