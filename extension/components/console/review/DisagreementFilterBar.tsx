/** The disagreement queue's filters, as the worker offers them: street, dimension, indicator, expert, and how many
 * rubric levels the experts may be apart (the "within one level" selection a bulk settle starts from). */
import { i18n } from '../../../lib/ports/messages';
import type { DisagreementFilters } from '../../../../shared/schemas/disagreements';
import type { ExpertProgress } from '../../../../shared/schemas/progress';
import type { IndicatorNode } from '../../../../shared/schemas/round';
import { localized } from '../../../lib/locale';
import { useStreets } from '../../../lib/use-streets';

export type DisagreementFilterBarProps = {
  value: DisagreementFilters;
  onChange: (filters: DisagreementFilters) => void;
  tree: readonly IndicatorNode[];
  experts: readonly ExpertProgress[];
};

const numberOrNone = (text: string) => (text === '' ? undefined : Number(text));

export function DisagreementFilterBar({ value, onChange, tree, experts }: DisagreementFilterBarProps) {
  const streets = useStreets();
  const set = (change: Partial<DisagreementFilters>) => onChange({ ...value, ...change });
  const dimensions = tree.filter((n) => n.level === 1);
  // Indicators of the chosen dimension (leaves under its groups), or every leaf.
  const groups = new Set(tree.filter((n) => n.level === 2 && (value.dimensionId === undefined || n.parentId === value.dimensionId)).map((n) => n.id));
  const leaves = tree.filter((n) => n.level === 3 && n.parentId !== null && groups.has(n.parentId));
  return (
    <div class="row filters" data-testid="disagreement-filters">
      <select aria-label={i18n.t('disagreementQueue.street')} data-testid="filter-street" value={value.street ?? ''} onChange={(e) => set({ street: e.currentTarget.value || undefined })}>
        <option value="">{i18n.t('disagreementQueue.allStreets')}</option>
        {streets.map((s) => <option key={s.id} value={s.name}>{s.name}</option>)}
      </select>
      <select aria-label={i18n.t('disagreementQueue.dimension')} data-testid="filter-dimension" value={value.dimensionId ?? ''} onChange={(e) => set({ dimensionId: numberOrNone(e.currentTarget.value), indicatorId: undefined })}>
        <option value="">{i18n.t('disagreementQueue.allDimensions')}</option>
        {dimensions.map((d) => <option key={d.id} value={d.id}>{`${d.code} ${localized(d.name)}`}</option>)}
      </select>
      <select aria-label={i18n.t('disagreementQueue.indicator')} data-testid="filter-indicator" value={value.indicatorId ?? ''} onChange={(e) => set({ indicatorId: numberOrNone(e.currentTarget.value) })}>
        <option value="">{i18n.t('disagreementQueue.allIndicators')}</option>
        {leaves.map((i) => <option key={i.id} value={i.id}>{`${i.code} ${localized(i.name)}`}</option>)}
      </select>
      <select aria-label={i18n.t('disagreementQueue.expert')} data-testid="filter-expert" value={value.expertId ?? ''} onChange={(e) => set({ expertId: numberOrNone(e.currentTarget.value) })}>
        <option value="">{i18n.t('disagreementQueue.allExperts')}</option>
        {experts.map((e) => <option key={e.expert.id} value={e.expert.id}>{e.expert.displayName}</option>)}
      </select>
      <label for="disagreement-within">{i18n.t('disagreementQueue.within')}</label>
      <select id="disagreement-within" data-testid="filter-within" value={value.withinLevels ?? ''} onChange={(e) => set({ withinLevels: numberOrNone(e.currentTarget.value) })}>
        <option value="">{i18n.t('disagreementQueue.anySpread')}</option>
        {[0, 1, 2, 3].map((n) => <option key={n} value={n}>{i18n.t('disagreementQueue.withinLevels', [String(n)])}</option>)}
      </select>
    </div>
  );
}
