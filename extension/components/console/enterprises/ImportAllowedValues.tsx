/** The values the file's enumerated columns may hold, in the user's words: industries (with their GB/T 4754
 * codes), sizes, party organisation types and the district's streets and towns with their aliases. */
import { i18n } from '../../../lib/ports/messages';
import { industryCodes, industryGbt4754 } from '../../../../shared/industries';
import { EnterpriseSize, PartyOrgType } from '../../../../shared/schemas/enterprise';
import { request } from '../../../lib/api';
import { enumLabel } from '../../../lib/enum-labels';
import { uiLanguage } from '../../../lib/locale';
import { useLoad } from '../../../lib/use-load';

const join = (values: string[]) => values.join(uiLanguage === 'zh' ? '、' : ', ');

export function ImportAllowedValues() {
  const streets = useLoad(() => request((api) => api.api.v1.streets.$get()), []);
  const active = (streets.value?.items ?? []).filter((s) => s.retiredAt === null);
  return (
    <details data-testid="import-allowed">
      <summary>{i18n.t('console.import.allowed')}</summary>
      <dl>
        <dt>{i18n.t('console.import.allowedIndustries')}</dt>
        <dd>{join(industryCodes.map((code) => `${enumLabel('industry', code)} (${industryGbt4754[code].section}${code === 'manufacturing' ? '' : ` ${industryGbt4754[code].divisions.join('/')}`})`))}</dd>
        <dt>{i18n.t('console.import.allowedSizes')}</dt>
        <dd>{join(EnterpriseSize.options.filter((v) => v !== 'unknown').map((v) => enumLabel('size', v)))}</dd>
        <dt>{i18n.t('console.import.allowedPartyOrgs')}</dt>
        <dd>{join(PartyOrgType.options.filter((v) => v !== 'unknown').map((v) => enumLabel('partyOrgType', v)))}</dd>
        <dt>{i18n.t('console.import.allowedStreets')}</dt>
        <dd>{join(active.map((s) => (s.aliases.length > 0 ? `${s.name}(${join(s.aliases)})` : s.name)))}</dd>
      </dl>
    </details>
  );
}
