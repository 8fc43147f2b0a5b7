/** What only a scored indicator has: its group, guidance, kind and industries, max score, rubric, keywords and evidence validity. */
import { i18n } from '../../../lib/ports/messages';
import { moveIndicatorToGroup, nodeAt, type NodePath } from '../../../../shared/domain/framework-edit';
import { industryCodes, industryNames } from '../../../../shared/industries';
import type { FrameworkDoc, IndicatorDoc } from '../../../../shared/schemas/framework';
import { localized } from '../../../lib/locale';
import { KeywordsField } from './KeywordsField';
import { LocalizedField } from './LocalizedField';
import { RubricEditor } from './RubricEditor';

export type IndicatorFieldsProps = {
  doc: FrameworkDoc;
  path: Required<NodePath>;
  indicator: IndicatorDoc;
  onEdit: (change: (draft: FrameworkDoc) => NodePath | void) => void;
};

const kinds = ['mandatory', 'voluntary', 'special'] as const;
const bases = ['figures', 'policy', 'certificate', 'record'] as const;

export function IndicatorFields({ doc, path, indicator, onEdit }: IndicatorFieldsProps) {
  const change = (apply: (target: IndicatorDoc) => void) => onEdit((draft) => void apply(nodeAt(draft, path) as IndicatorDoc));
  const groups = doc.dimensions.flatMap((dimension, d) => dimension.children.map((group, g) => ({ d, g, group })));
  const toggleIndustry = (code: (typeof industryCodes)[number], on: boolean) =>
    change((n) => (n.industries = on ? [...n.industries, code] : n.industries.filter((c) => c !== code)));
  return (
    <>
      <label for="node-group">{i18n.t('console.editor.group')}</label>
      <select
        id="node-group"
        value={`${path.d}.${path.g}`}
        onChange={(e) => {
          const [d, g] = e.currentTarget.value.split('.').map(Number);
          onEdit((draft) => moveIndicatorToGroup(draft, path, { d: d!, g: g! }));
        }}
      >
        {groups.map(({ d, g, group }) => (
          <option key={group.code} value={`${d}.${g}`}>{`${group.code} ${localized(group.name)}`}</option>
        ))}
      </select>
      <LocalizedField id="node-guidance" label={i18n.t('console.tree.guidance')} multiline value={indicator.guidance} onChange={(guidance) => change((n) => (n.guidance = guidance))} />
      <label for="node-kind">{i18n.t('console.tree.kind')}</label>
      <select id="node-kind" value={indicator.kind} onChange={(e) => change((n) => (n.kind = e.currentTarget.value as IndicatorDoc['kind']))}>
        {kinds.map((kind) => (
          <option key={kind} value={kind}>{i18n.t(`console.kind.${kind}`)}</option>
        ))}
      </select>
      {indicator.kind === 'special' && (
        <fieldset>
          <legend>{i18n.t('console.tree.industries')}</legend>
          {industryCodes.map((code) => (
            <label key={code} class="check">
              <input type="checkbox" checked={indicator.industries.includes(code)} onChange={(e) => toggleIndustry(code, e.currentTarget.checked)} />
              {localized(industryNames[code])}
            </label>
          ))}
        </fieldset>
      )}
      <label for="node-max">{i18n.t('console.tree.maxScore')}</label>
      <input id="node-max" type="number" min="0" step="any" value={indicator.maxScore} onInput={(e) => change((n) => (n.maxScore = e.currentTarget.valueAsNumber))} />
      <RubricEditor levels={indicator.rubric} maxScore={indicator.maxScore} onChange={(rubric) => change((n) => (n.rubric = rubric))} />
      <KeywordsField keywords={indicator.keywords} onChange={(keywords) => change((n) => (n.keywords = keywords))} />
      <label for="node-validity">{i18n.t('console.tree.validity')}</label>
      <div class="row">
        <select id="node-validity" value={indicator.validity.basis} onChange={(e) => change((n) => (n.validity = { ...n.validity, basis: e.currentTarget.value as IndicatorDoc['validity']['basis'] }))}>
          {bases.map((basis) => (
            <option key={basis} value={basis}>{i18n.t(`console.validity.${basis}`)}</option>
          ))}
        </select>
        <label for="node-max-age" class="sub">{i18n.t('console.editor.maxAgeMonths')}</label>
        <input
          id="node-max-age"
          type="number"
          min="1"
          value={indicator.validity.maxAgeMonths ?? ''}
          onInput={(e) => change((n) => (n.validity = { ...n.validity, maxAgeMonths: Number.isNaN(e.currentTarget.valueAsNumber) ? undefined : e.currentTarget.valueAsNumber }))}
        />
      </div>
    </>
  );
}
