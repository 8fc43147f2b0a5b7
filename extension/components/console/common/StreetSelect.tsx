/** A list's street filter by id: every active street in the registry's official order, or all of them. */
import { i18n } from '../../../lib/ports/messages';
import { useStreets } from '../../../lib/use-streets';

export type StreetSelectProps = { value: number | undefined; onChange: (streetId: number | undefined) => void };

export function StreetSelect({ value, onChange }: StreetSelectProps) {
  const streets = useStreets();
  return (
    <select aria-label={i18n.t('console.enterprises.street')} data-testid="street-filter" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value ? Number(e.currentTarget.value) : undefined)}>
      <option value="">{i18n.t('console.results.allStreets')}</option>
      {streets.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
    </select>
  );
}
