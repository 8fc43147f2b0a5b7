/** An indicator's rubric levels: the lowest score of each band with its label and description, levels added and removed. */
import { i18n } from '../../../lib/ports/messages';
import type { RubricLevel } from '../../../../shared/schemas/framework';

export type RubricEditorProps = { levels: RubricLevel[]; maxScore: number; onChange: (levels: RubricLevel[]) => void };

export function RubricEditor({ levels, maxScore, onChange }: RubricEditorProps) {
  const set = (index: number, level: RubricLevel) => onChange(levels.map((l, i) => (i === index ? level : l)));
  const add = () => {
    const last = levels.at(-1)?.min ?? 0;
    const min = Math.min(maxScore - 0.5, Math.round((last + maxScore) / 2));
    onChange([...levels, { min, label: { zh: '新档次', en: 'New level' }, description: { zh: '待补充', en: 'To be described' } }]);
  };
  return (
    <fieldset class="rubric-editor" data-testid="rubric-editor">
      <legend>{i18n.t('console.tree.rubric')}</legend>
      <table class="data compact">
        <thead>
          <tr>
            <th>{i18n.t('console.editor.rubricMin')}</th>
            <th>{i18n.t('console.editor.rubricLabel')}</th>
            <th>{i18n.t('console.editor.rubricDescription')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {levels.map((level, i) => (
            <tr key={i}>
              <td>
                <input type="number" min="0" step="any" aria-label={i18n.t('console.editor.rubricMin')} value={level.min} onInput={(e) => set(i, { ...level, min: e.currentTarget.valueAsNumber })} />
              </td>
              <td>
                <input type="text" lang="zh" aria-label={`${i18n.t('console.editor.rubricLabel')} 中文`} value={level.label.zh} onInput={(e) => set(i, { ...level, label: { ...level.label, zh: e.currentTarget.value } })} />
                <input type="text" lang="en" aria-label={`${i18n.t('console.editor.rubricLabel')} English`} value={level.label.en} onInput={(e) => set(i, { ...level, label: { ...level.label, en: e.currentTarget.value } })} />
              </td>
              <td>
                <input type="text" lang="zh" aria-label={`${i18n.t('console.editor.rubricDescription')} 中文`} value={level.description.zh} onInput={(e) => set(i, { ...level, description: { ...level.description, zh: e.currentTarget.value } })} />
                <input type="text" lang="en" aria-label={`${i18n.t('console.editor.rubricDescription')} English`} value={level.description.en} onInput={(e) => set(i, { ...level, description: { ...level.description, en: e.currentTarget.value } })} />
              </td>
              <td>
                <button type="button" class="icon" title={i18n.t('console.editor.remove')} disabled={levels.length <= 2} onClick={() => onChange(levels.filter((_, j) => j !== i))}>×</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="link" disabled={levels.length >= 8} onClick={add}>+ {i18n.t('console.editor.addLevel')}</button>
    </fieldset>
  );
}
