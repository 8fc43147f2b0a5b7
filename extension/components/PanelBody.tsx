/** The state of one enterprise in the side panel: summary, sign-off, filters and the indicator tree. Each
 * newer state is merged into the slices on screen, so only indicators that changed render again. */
import { useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PanelState } from '../../shared/schemas/panel';
import { filterCounts, indicatorSlices, type IndicatorSlice, type PanelFilter } from '../lib/panel-view';
import { shareUnchanged } from '../lib/structural-sharing';
import { IndicatorTree } from './IndicatorTree';
import { PanelFilters } from './PanelFilters';
import { PanelAdjustments } from './PanelAdjustments';
import { PanelAgreement } from './PanelAgreement';
import { PanelSummary } from './PanelSummary';
import { SignOffBar } from './SignOffBar';

export type PanelBodyProps = { state: PanelState };

export function PanelBody({ state }: PanelBodyProps) {
  const [filter, setFilter] = useState<PanelFilter>('all');
  const previous = useRef<Record<number, IndicatorSlice>>({});
  const slices = useMemo(() => (previous.current = shareUnchanged(previous.current, indicatorSlices(state))), [state]);
  const counts = useMemo(() => filterCounts(slices), [slices]);
  const { viewer } = state;
  const offered: PanelFilter[] = [
    'all',
    'missingEvidence',
    ...(viewer.seesResults ? (['disagreement'] as const) : []),
    ...(viewer.role === 'expert' ? (['mineToScore'] as const) : []),
    ...(viewer.seesResults ? (['mandatoryFailing'] as const) : []),
  ];
  return (
    <>
      <PanelSummary state={state} />
      {(viewer.role === 'reviewer' || viewer.role === 'admin') && <PanelAgreement state={state} />}
      <SignOffBar state={state} />
      <PanelAdjustments state={state} />
      <PanelFilters value={filter} counts={counts} offered={offered} onChange={setFilter} />
      <p class="muted tight" data-testid="evidence-count">{i18n.t('sidepanel.evidenceCount', [String(state.evidence.length)])}</p>
      <IndicatorTree tree={state.tree} slices={slices} filter={filter} />
    </>
  );
}
