/** What an attached page is: the enterprise's report, a link to other evidence, or a public record. */
import { i18n } from '../lib/ports/messages';
import { AttachKind } from '../../shared/schemas/clip';

export type AttachKindChoiceProps = { value: AttachKind; onChange: (kind: AttachKind) => void };

export function AttachKindChoice({ value, onChange }: AttachKindChoiceProps) {
  return (
    <>
      <label>{i18n.t('picker.kind')}</label>
      <div class="row" role="radiogroup" aria-label={i18n.t('picker.kind')}>
        {AttachKind.options.map((kind) => (
          <label key={kind} class="row" style={{ fontWeight: 400, margin: 0 }}>
            <input type="radio" name="kind" value={kind} checked={value === kind} onChange={() => onChange(kind)} />
            {i18n.t(`kind.${kind}`)}
          </label>
        ))}
      </div>
    </>
  );
}
