/** The filters over rectification tasks grouped by enterprise: search by name or credit code, street, dimension,
 * status and a due-date range. */
import { i18n } from '../../../../lib/ports/messages';
import { GROUP_SEARCH_MAX, RectificationStatus } from '../../../../../shared/schemas/rectification';
import type { IndicatorNode } from '../../../../../shared/schemas/round';
import type { Street } from '../../../../../shared/schemas/streets';
import { localized } from '../../../../lib/locale';
import type { GroupFilters as Filters } from '../../../../lib/rectify-groups';
import { dimensionsOf } from '../../../../lib/tree-filters';

export type GroupFiltersProps = {
  text: string;
  onText: (text: string) => void;
  filters: Filters;
  onChange: (filters: Filters) => void;
  streets: readonly Street[];
  tree: readonly IndicatorNode[];
};

export function GroupFilters({ text, onText, filters, onChange, streets, tree }: GroupFiltersProps) {
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  return (
    <div class="row wrap filters" data-testid="rectify-group-filters">
      <input type="search" maxLength={GROUP_SEARCH_MAX} aria-label={i18n.t('console.rectifyGroups.search')} placeholder={i18n.t('console.rectifyGroups.search')} data-testid="rectify-group-search" value={text} onInput={(e) => onText(e.currentTarget.value)} />
      <select aria-label={i18n.t('console.rectifyGroups.street')} data-testid="rectify-group-street" value={filters.street ?? ''} onChange={(e) => set({ street: e.currentTarget.value || undefined })}>
        <option value="">{i18n.t('console.rectifyGroups.allStreets')}</option>
        {streets.map((s) => <option key={s.id} value={s.name}>{s.name}</option>)}
      </select>
      <select aria-label={i18n.t('console.rectifyGroups.dimension')} data-testid="rectify-group-dimension" value={filters.dimensionId ?? ''} onChange={(e) => set({ dimensionId: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}>
        <option value="">{i18n.t('console.rectifyGroups.allDimensions')}</option>
        {dimensionsOf(tree).map((d) => <option key={d.id} value={d.id}>{`${d.code} ${localized(d.name)}`}</option>)}
      </select>
      <select aria-label={i18n.t('console.rectifyGroups.status')} data-testid="rectify-group-status" value={filters.status ?? ''} onChange={(e) => set({ status: (e.currentTarget.value || undefined) as RectificationStatus | undefined })}>
        <option value="">{i18n.t('console.rectify.allStatuses')}</option>
        {RectificationStatus.options.map((s) => <option key={s} value={s}>{i18n.t(`console.rectify.status_${s}`)}</option>)}
      </select>
      <label>
        {i18n.t('console.rectifyGroups.dueAfter')}
        <input type="date" data-testid="rectify-group-due-after" value={filters.dueAfter ?? ''} max={filters.dueBefore} onChange={(e) => set({ dueAfter: e.currentTarget.value || undefined })} />
      </label>
      <label>
        {i18n.t('console.rectifyGroups.dueBefore')}
        <input type="date" data-testid="rectify-group-due-before" value={filters.dueBefore ?? ''} min={filters.dueAfter} onChange={(e) => set({ dueBefore: e.currentTarget.value || undefined })} />
      </label>
    </div>
  );
}
