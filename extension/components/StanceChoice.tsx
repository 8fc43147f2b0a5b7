/** Whether the evidence supports, contradicts or only gives context to the indicator; none chosen yet is null. */
import { i18n } from '../lib/ports/messages';
import type { Stance } from '../../shared/schemas/evidence';
import { STANCES } from '../../shared/schemas/values';

export type StanceChoiceProps = { value: Stance | null; onChange: (stance: Stance) => void };

export function StanceChoice({ value, onChange }: StanceChoiceProps) {
  return (
    <div class="row" role="radiogroup" aria-label={i18n.t('picker.stance')}>
      {STANCES.map((stance) => (
        <label key={stance} class={`row stance-${stance}`} style={{ fontWeight: 400, margin: 0 }}>
          <input type="radio" name="stance" value={stance} data-testid={`stance-${stance}`} checked={value === stance} onChange={() => onChange(stance)} />
          {i18n.t(`stance.${stance}`)}
        </label>
      ))}
    </div>
  );
}
