/** Whether the evidence supports, contradicts or only gives context to the indicator. */
import { i18n } from '#i18n';
import { Stance } from '../../shared/schemas/evidence';

export type StanceChoiceProps = { value: Stance; onChange: (stance: Stance) => void };

export function StanceChoice({ value, onChange }: StanceChoiceProps) {
  return (
    <div class="row" role="radiogroup" aria-label={i18n.t('picker.stance')}>
      {Stance.options.map((stance) => (
        <label key={stance} class={`row stance-${stance}`} style={{ fontWeight: 400, margin: 0 }}>
          <input type="radio" name="stance" value={stance} checked={value === stance} onChange={() => onChange(stance)} />
          {i18n.t(`stance.${stance}`)}
        </label>
      ))}
    </div>
  );
}
