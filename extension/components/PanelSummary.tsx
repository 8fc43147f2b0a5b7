/** The enterprise at a glance: the round and its state, whether the enterprise is signed off, its completeness
 * and, for readers who may see it, its provisional grade and total, with the confirmed adjustment lines behind it. */
import { i18n } from '../lib/ports/messages';
import type { PanelState } from '../../shared/schemas/panel';
import { formatScore, localized } from '../lib/locale';
import { AdjustmentLines, signed } from './AdjustmentLines';

export type PanelSummaryProps = { state: PanelState };

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const points = (value: number | null) => (value === null ? '—' : formatScore(value));

export function PanelSummary({ state: { round, enterprise, completeness, result } }: PanelSummaryProps) {
  return (
    <section class="summary" data-testid="panel-summary">
      <p class="row wrap muted tight">
        <span data-testid="round-name">{localized(round.name)}</span>
        <span class="badge" data-testid="round-status">{i18n.t(`panel.roundStatus.${round.status}`)}</span>
        <span class={`badge ${enterprise.status === 'signed_off' ? 'ok' : ''}`} data-testid="enrolment-status">{i18n.t(`panel.enrolment.${enterprise.status}`)}</span>
      </p>
      <p class="tight" data-testid="completeness">
        {i18n.t('panel.completeness', [percent(completeness.share), String(completeness.evidenced), String(completeness.applicable)])}
      </p>
      {result && (
        <p class="tight" data-testid="provisional-grade">
          {result.grade && result.total !== null ? <strong>{i18n.t('panel.grade', [result.grade, formatScore(result.total)])}</strong> : i18n.t('panel.noGrade')}
          <span class="muted"> · {i18n.t('panel.scored', [String(result.scoredCount), String(completeness.applicable)])}</span>
          {result.vetoCodes.length > 0 && <span class="error"> · {i18n.t('panel.veto', [result.vetoCodes.join(', ')])}</span>}
        </p>
      )}
      {result && result.adjustments.length > 0 && (
        <div data-testid="provisional-adjustments">
          <p class="tight muted">{i18n.t('panel.adjusted', [points(result.weightedTotal), signed(result.adjustmentTotal), points(result.total)])}</p>
          <AdjustmentLines lines={result.adjustments} />
        </div>
      )}
    </section>
  );
}
