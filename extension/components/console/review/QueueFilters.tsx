/** The review queue's filters, each value with the number of waiting items choosing it would leave (the worker counts
 * each facet under the other filters). */
import { i18n } from '../../../lib/ports/messages';
import type { EvidenceQueueFacets, EvidenceQueueFilters } from '../../../../shared/schemas/queues';
import { localized } from '../../../lib/locale';

export type QueueFiltersProps = { filters: EvidenceQueueFilters; facets: EvidenceQueueFacets | undefined; onChange: (filters: EvidenceQueueFilters) => void };

type Name = keyof EvidenceQueueFilters;
type Choice = { value: string; label: string; count: number };

const numeric = new Set<Name>(['dimensionId', 'indicatorId', 'expertId', 'enterpriseId']);

function choices(facets: EvidenceQueueFacets | undefined): Record<Name, Choice[]> {
  const of = <T,>(list: T[] | undefined, pick: (item: T) => Omit<Choice, 'count'>, count: (item: T) => number) => (list ?? []).map((item) => ({ ...pick(item), count: count(item) }));
  return {
    street: of(facets?.street, (f) => ({ value: f.street, label: f.street }), (f) => f.count),
    dimensionId: of(facets?.dimension, (f) => ({ value: String(f.id), label: `${f.code} ${localized(f.name)}` }), (f) => f.count),
    indicatorId: of(facets?.indicator, (f) => ({ value: String(f.id), label: f.code }), (f) => f.count),
    expertId: of(facets?.expert, (f) => ({ value: String(f.id), label: f.displayName }), (f) => f.count),
    enterpriseId: of(facets?.enterprise, (f) => ({ value: String(f.id), label: `${f.name} · ${f.street}` }), (f) => f.count),
    stance: of(facets?.stance, (f) => ({ value: f.stance, label: i18n.t(`stance.${f.stance}`) }), (f) => f.count),
  };
}

const labels: Record<Name, () => string> = {
  street: () => i18n.t('reviewQueue.street'),
  dimensionId: () => i18n.t('reviewQueue.dimension'),
  indicatorId: () => i18n.t('reviewQueue.indicator'),
  expertId: () => i18n.t('reviewQueue.expert'),
  enterpriseId: () => i18n.t('reviewQueue.enterprise'),
  stance: () => i18n.t('reviewQueue.stance'),
};

export function QueueFilters({ filters, facets, onChange }: QueueFiltersProps) {
  const options = choices(facets);
  const choose = (name: Name, value: string) => onChange({ ...filters, [name]: value === '' ? undefined : numeric.has(name) ? Number(value) : value });
  return (
    <fieldset class="row wrap filters" data-testid="queue-filters">
      <legend>{i18n.t('reviewQueue.filters')}</legend>
      {(Object.keys(labels) as Name[]).map((name) => {
        const chosen = filters[name] === undefined ? '' : String(filters[name]);
        // A chosen value with nothing left under the other filters is still shown as chosen.
        const list = chosen && !options[name].some((c) => c.value === chosen) ? [...options[name], { value: chosen, label: chosen, count: 0 }] : options[name];
        return (
          <label key={name}>
            {labels[name]()}
            <select data-testid={`queue-filter-${name}`} value={chosen} onChange={(e) => choose(name, e.currentTarget.value)}>
              <option value="">{i18n.t('reviewQueue.all')}</option>
              {list.map((c) => <option key={c.value} value={c.value}>{i18n.t('reviewQueue.withCount', [c.label, String(c.count)])}</option>)}
            </select>
          </label>
        );
      })}
      {facets && facets.enterprise.length >= 50 && <p class="muted tight">{i18n.t('reviewQueue.enterprisesTop')}</p>}
    </fieldset>
  );
}
