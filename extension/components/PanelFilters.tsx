/** Work queues over the indicator tree, one at a time: all, missing evidence, disagreement, mine to score,
 * mandatory failing — each with how many indicators are in it. */
import { i18n } from '../lib/ports/messages';
import { panelFilters, type PanelFilter } from '../lib/panel-view';

export type PanelFiltersProps = {
  value: PanelFilter;
  counts: Record<PanelFilter, number>;
  /** Queues that make sense for this reader (an expert's own, results for those who see them). */
  offered: readonly PanelFilter[];
  onChange: (filter: PanelFilter) => void;
};

export function PanelFilters({ value, counts, offered, onChange }: PanelFiltersProps) {
  return (
    <div class="row wrap filters" role="group" aria-label={i18n.t('panel.filters.label')} data-testid="panel-filters">
      {panelFilters
        .filter((f) => offered.includes(f))
        .map((filter) => (
          <button key={filter} type="button" class="chip" data-filter={filter} aria-pressed={value === filter} onClick={() => onChange(filter)}>
            {i18n.t(`panel.filters.${filter}`)} <span class="count">{counts[filter]}</span>
          </button>
        ))}
    </div>
  );
}
