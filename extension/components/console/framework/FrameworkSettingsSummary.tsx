/** A framework's scoring settings in words: grade bands, consensus, veto, rectification, the sign-off's completeness floor, disclosure and agreement's metric. */
import { i18n } from '../../../lib/ports/messages';
import { signOffCompleteness, type AgreementSettings, type FrameworkSettings } from '../../../../shared/schemas/framework';
import { enumLabel } from '../../../lib/enum-labels';
import { metricName, percent } from '../../../lib/labels';
import { localized } from '../../../lib/locale';

/** The framework's metric (ordinal by default), then the indicators it measures otherwise. */
function agreementMetrics(settings: AgreementSettings | undefined) {
  const own = settings?.metric ? metricName(settings.metric) : i18n.t('console.settings.agreementDefault');
  const indicators = Object.entries(settings?.indicators ?? {}).map(([code, metric]) => `${code} ${metricName(metric)}`);
  return indicators.length === 0 ? own : i18n.t('console.settings.agreementValue', [own, indicators.join(' · ')]);
}

export function FrameworkSettingsSummary({ settings }: { settings: FrameworkSettings }) {
  return (
    <dl class="facts">
      <dt>{i18n.t('console.settings.grades')}</dt>
      <dd>{settings.gradeBands.map((b) => `${b.grade} ≥ ${b.minTotal} (${localized(b.label)})`).join(' · ')}</dd>
      <dt>{i18n.t('console.settings.consensus')}</dt>
      <dd>{i18n.t('console.settings.consensusValue', [enumLabel('consensusMethod', settings.consensus.method), percent(settings.consensus.disagreementThreshold)])}</dd>
      <dt>{i18n.t('console.settings.veto')}</dt>
      <dd>{i18n.t('console.settings.vetoValue', [percent(settings.mandatoryFailRatio), settings.vetoGrade])}</dd>
      <dt>{i18n.t('console.settings.rectification')}</dt>
      <dd>{i18n.t('console.settings.rectificationValue', [percent(settings.rectificationRatio), String(settings.rectificationDueDays)])}</dd>
      <dt>{i18n.t('console.settings.signOff')}</dt>
      <dd>{i18n.t('console.settings.signOffValue', [percent(signOffCompleteness(settings))])}</dd>
      <dt>{i18n.t('console.settings.expertNames')}</dt>
      <dd>{settings.showExpertNames ? i18n.t('console.common.yes') : i18n.t('console.common.no')}</dd>
      <dt>{i18n.t('console.settings.agreement')}</dt>
      <dd data-testid="agreement-metric">{agreementMetrics(settings.agreement)}</dd>
    </dl>
  );
}
