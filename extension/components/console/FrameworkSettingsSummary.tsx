/** A framework's scoring settings in words: grade bands, consensus, veto, rectification, the sign-off's completeness floor and disclosure. */
import { i18n } from '#i18n';
import { signOffCompleteness, type FrameworkSettings } from '../../../shared/schemas/framework';
import { enumLabel } from '../../lib/enum-labels';
import { percent } from '../../lib/labels';
import { localized } from '../../lib/locale';

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
    </dl>
  );
}
