/** Krippendorff's alpha of the round's scores: for the round, per dimension, per indicator and per expert. */
import { i18n } from '#i18n';
import type { AgreementFigure, RoundAgreement } from '../../../shared/schemas/agreement';
import { localized } from '../../lib/locale';

const alpha = (value: number | null) => (value === null ? i18n.t('rigour.agreement.none') : value.toFixed(3));

function FigureRows({ rows }: { rows: ({ key: string; label: string } & AgreementFigure)[] }) {
  return (
    <>
      {rows.map((r) => (
        <tr key={r.key}>
          <td>{r.label}</td>
          <td class="num">{alpha(r.alpha)}</td>
          <td class="num">{r.units}</td>
          <td class="num">{r.pairable}</td>
        </tr>
      ))}
    </>
  );
}

export function AgreementTable({ agreement }: { agreement: RoundAgreement }) {
  const head = (title: string) => (
    <tr>
      <th>{title}</th>
      <th>{i18n.t('rigour.agreement.alpha')}</th>
      <th>{i18n.t('rigour.agreement.units')}</th>
      <th>{i18n.t('rigour.agreement.values')}</th>
    </tr>
  );
  return (
    <div data-testid="agreement-table">
      <p>
        {i18n.t('rigour.agreement.round')}: <strong data-testid="round-alpha">{alpha(agreement.round.alpha)}</strong>
      </p>
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
              <td class="num">{alpha(e.alphaWithout)}</td>
              <td class="num">{e.meanDifference === null ? i18n.t('rigour.agreement.none') : e.meanDifference.toFixed(3)}</td>
              <td class="num">{e.pairable}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
