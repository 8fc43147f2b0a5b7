/** How far the experts agree on the round's scores: Krippendorff's alpha on the scale the scores have, with
 * ICC(2,1) and ICC(2,k) beside it, for the round, per dimension, per indicator and per expert. */
import { i18n } from '../../../lib/ports/messages';
import type { AgreementFigure, RoundAgreement } from '../../../../shared/schemas/agreement';
import { metricName } from '../../../lib/labels';
import { localized } from '../../../lib/locale';

const decimal = (value: number | null) => (value === null ? i18n.t('rigour.agreement.none') : value.toFixed(3));

function FigureRows({ rows }: { rows: ({ key: string; label: string } & AgreementFigure)[] }) {
  return (
    <>
      {rows.map((r) => (
        <tr key={r.key} data-metric={r.metric}>
          <td>{r.label}</td>
          <td>{metricName(r.metric)}</td>
          <td class="num">{decimal(r.alpha)}</td>
          <td class="num">{decimal(r.icc.single)}</td>
          <td class="num">{decimal(r.icc.average)}</td>
          <td class="num">{r.icc.raters.toFixed(1)}</td>
          <td class="num">{r.units}</td>
          <td class="num">{r.pairable}</td>
        </tr>
      ))}
    </>
  );
}

export type AgreementTableProps = { agreement: RoundAgreement };

export function AgreementTable({ agreement }: AgreementTableProps) {
  const { round } = agreement;
  const head = (title: string) => (
    <tr>
      <th>{title}</th>
      <th>{i18n.t('rigour.agreement.metric')}</th>
      <th>{i18n.t('rigour.agreement.alpha')}</th>
      <th>{i18n.t('rigour.agreement.iccSingle')}</th>
      <th>{i18n.t('rigour.agreement.iccAverage')}</th>
      <th>{i18n.t('rigour.agreement.iccRaters')}</th>
      <th>{i18n.t('rigour.agreement.units')}</th>
      <th>{i18n.t('rigour.agreement.values')}</th>
    </tr>
  );
  return (
    <div data-testid="agreement-table">
      <p data-testid="round-figures">
        {i18n.t('rigour.agreement.roundFigures', [metricName(round.metric), decimal(round.alpha), decimal(round.icc.single), decimal(round.icc.average), round.icc.raters.toFixed(1)])}
      </p>
      <p class="muted">{i18n.t('rigour.agreement.about')}</p>
      <table class="data">
        <thead>{head(i18n.t('rigour.agreement.dimensions'))}</thead>
        <tbody>
          <FigureRows rows={agreement.dimensions.map((d) => ({ key: `d${d.id}`, label: `${d.code} ${localized(d.name)}`, ...d }))} />
        </tbody>
        <thead>{head(i18n.t('rigour.agreement.indicators'))}</thead>
        <tbody>
          <FigureRows rows={agreement.indicators.map((n) => ({ key: `i${n.id}`, label: `${n.code} ${localized(n.name)}`, ...n }))} />
        </tbody>
      </table>
      <p class="muted" data-testid="round-interval">
        {i18n.t('rigour.agreement.roundInterval', [decimal(round.intervalAlpha)])}
      </p>
      <table class="data">
        <thead>
          <tr>
            <th>{i18n.t('rigour.agreement.experts')}</th>
            <th>{i18n.t('rigour.agreement.alphaWithout')}</th>
            <th>{i18n.t('rigour.agreement.meanDifference')}</th>
            <th>{i18n.t('rigour.agreement.values')}</th>
          </tr>
        </thead>
        <tbody>
          {agreement.experts.map((e) => (
            <tr key={e.expert.id}>
              <td>{e.expert.displayName}</td>
              <td class="num">{decimal(e.alphaWithout)}</td>
              <td class="num">{decimal(e.meanDifference)}</td>
              <td class="num">{e.pairable}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
