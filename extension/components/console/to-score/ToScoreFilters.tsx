/** The expert's to-score filters: street, dimension, an indicator of that dimension and one enterprise found by name. */
import { i18n } from '../../../lib/ports/messages';
import type { IndicatorNode } from '../../../../shared/schemas/round';
import type { Street } from '../../../../shared/schemas/streets';
import { localized } from '../../../lib/locale';
import type { Result } from '../../../lib/result';
import type { EnrolledEnterprise } from '../../../lib/search-enrolled';
import { dimensionsOf, indicatorsUnder } from '../../../lib/tree-filters';
import { SearchChoice } from '../common/SearchChoice';

export type ToScoreFilterValues = { street?: string; dimensionId?: number; indicatorId?: number; enterprise?: EnrolledEnterprise };

export type ToScoreFiltersProps = {
  filters: ToScoreFilterValues;
  onChange: (filters: ToScoreFilterValues) => void;
  streets: readonly Street[];
  tree: readonly IndicatorNode[];
  searchEnterprises: (q: string) => Promise<Result<EnrolledEnterprise[]>>;
};

const idOf = (value: string) => (value ? Number(value) : undefined);

export function ToScoreFilters({ filters, onChange, streets, tree, searchEnterprises }: ToScoreFiltersProps) {
  const set = (change: Partial<ToScoreFilterValues>) => onChange({ ...filters, ...change });
  return (
    <div class="row wrap filters" data-testid="to-score-filters">
      <select aria-label={i18n.t('toScoreQueue.street')} value={filters.street ?? ''} onChange={(e) => set({ street: e.currentTarget.value || undefined })}>
        <option value="">{i18n.t('toScoreQueue.allStreets')}</option>
        {streets.map((s) => <option key={s.id} value={s.name}>{s.name}</option>)}
      </select>
      {/* An indicator chosen under another dimension would leave nothing: a new dimension clears it. */}
      <select aria-label={i18n.t('toScoreQueue.dimension')} value={filters.dimensionId ?? ''} onChange={(e) => set({ dimensionId: idOf(e.currentTarget.value), indicatorId: undefined })}>
        <option value="">{i18n.t('toScoreQueue.allDimensions')}</option>
        {dimensionsOf(tree).map((d) => <option key={d.id} value={d.id}>{`${d.code} ${localized(d.name)}`}</option>)}
      </select>
      <select aria-label={i18n.t('console.toScoreFilters.indicator')} data-testid="to-score-indicator" value={filters.indicatorId ?? ''} onChange={(e) => set({ indicatorId: idOf(e.currentTarget.value) })}>
        <option value="">{i18n.t('console.toScoreFilters.allIndicators')}</option>
        {indicatorsUnder(tree, filters.dimensionId).map((i) => <option key={i.id} value={i.id}>{`${i.code} ${localized(i.name)}`}</option>)}
      </select>
      <SearchChoice
        id="to-score-enterprise"
        label={i18n.t('console.toScoreFilters.enterprise')}
        chosen={filters.enterprise ?? null}
        search={searchEnterprises}
        describe={(e) => e.name}
        onChoose={(enterprise) => set({ enterprise: enterprise ?? undefined })}
      />
    </div>
  );
}
