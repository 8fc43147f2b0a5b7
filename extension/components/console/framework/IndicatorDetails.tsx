/** Every property of one scored indicator. */
import { i18n } from '../../../lib/ports/messages';
import { industryNames, type Industry } from '../../../../shared/industries';
import type { IndicatorNode } from '../../../../shared/schemas/round';
import { localized } from '../../../lib/locale';

export function IndicatorDetails({ indicator }: { indicator: IndicatorNode }) {
  const validity = indicator.validity;
  return (
    <dl class="facts">
      <dt>{i18n.t('console.tree.kind')}</dt>
      <dd>{indicator.kind ? i18n.t(`console.kind.${indicator.kind}`) : '—'}</dd>
      {indicator.industries.length > 0 && (
        <>
          <dt>{i18n.t('console.tree.industries')}</dt>
          <dd>{indicator.industries.map((code) => (industryNames[code as Industry] ? localized(industryNames[code as Industry]) : code)).join('、')}</dd>
        </>
      )}
      <dt>{i18n.t('console.tree.maxScore')}</dt>
      <dd>{indicator.maxScore}</dd>
      <dt>{i18n.t('console.tree.rubric')}</dt>
      <dd>
        <ol class="rubric">
          {(indicator.rubric ?? []).map((level, i) => (
            <li key={i}>
              <strong>≥ {level.min} {localized(level.label)}</strong> <span class="muted">{localized(level.description)}</span>
            </li>
          ))}
        </ol>
      </dd>
      <dt>{i18n.t('console.tree.keywords')}</dt>
      <dd>{[...indicator.keywords.zh, ...indicator.keywords.en].join('、')}</dd>
      {validity && (
        <>
          <dt>{i18n.t('console.tree.validity')}</dt>
          <dd>
            {i18n.t(`console.validity.${validity.basis}`)}
            {validity.maxAgeMonths !== undefined && ` · ${i18n.t('console.tree.maxAge', [String(validity.maxAgeMonths)])}`}
          </dd>
        </>
      )}
      {indicator.guidance && (
        <>
          <dt>{i18n.t('console.tree.guidance')}</dt>
          <dd>{localized(indicator.guidance)}</dd>
        </>
      )}
    </dl>
  );
}
