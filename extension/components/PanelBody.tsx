/** The state of one enterprise in the side panel: summary, sign-off, filters and the indicator tree, laid out
 * as this reader left it (rows opened by hand, rationales unfolded). Each newer state is merged into the
 * slices on screen, so only indicators that changed render again. */
import { useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { PanelState } from '../../shared/schemas/panel';
import { RationalesContext, type PanelLayoutValue } from '../lib/panel-layout';
import { SuggestionsContext, usePanelSuggestions } from '../lib/panel-suggestions';
import { filterCounts, indicatorSlices, type IndicatorSlice, type PanelFilter } from '../lib/panel-view';
import { shareUnchanged } from '../lib/structural-sharing';
import { IndicatorTree } from './IndicatorTree';
import { PanelFilters } from './PanelFilters';
import { PanelAdjustments } from './PanelAdjustments';
import { PanelAgreement } from './PanelAgreement';
import { PanelSummary } from './PanelSummary';
import { SignOffBar } from './SignOffBar';

/** `layout`: the reader's (usePanelLayout), read by the side panel before the state arrives. `onCardsShown`: once per
 * enterprise, when every card of the rows open at first is on screen. */
export type PanelBodyProps = { state: PanelState; layout: PanelLayoutValue; onCardsShown?: () => void };

export function PanelBody({ state, layout, onCardsShown }: PanelBodyProps) {
  const [filter, setFilter] = useState<PanelFilter>('all');
  const previous = useRef<Record<number, IndicatorSlice>>({});
  const slices = useMemo(() => (previous.current = shareUnchanged(previous.current, indicatorSlices(state))), [state]);
  const counts = useMemo(() => filterCounts(slices), [slices]);
  const { viewer } = state;
  const rationales = useMemo(() => ({ open: layout.rationalesOpen, setOpen: layout.setRationalesOpen }), [layout.rationalesOpen, viewer.userId]);
  /** Each enterprise has its own tree (and its own forms): the same indicator of another enterprise is another row. */
  const key = `${state.round.id}:${state.enterprise.id}`;
  // The figures asked for besides the state (the agreement, the finder's suggestions) wait until the cards are on
  // screen: asked at once, their work (the round's alpha is ~200 ms of the worker's) ran beside the cards' rendering.
  const [cardsShownFor, setCardsShownFor] = useState<string | null>(null);
  const cardsShown = cardsShownFor === key;
  // The finder's suggestions are asked for only by an expert who may decide on some of these indicators.
  const suggestions = usePanelSuggestions(state.round.id, state.enterprise.id, cardsShown && viewer.role === 'expert' && state.indicators.some((i) => i.may.decideSuggestions));
  const offered: PanelFilter[] = [
    'all',
    'pending',
    'missingEvidence',
    ...(viewer.seesResults ? (['disagreement'] as const) : []),
    ...(viewer.role === 'expert' ? (['mineToScore'] as const) : []),
    ...(viewer.seesResults ? (['mandatoryFailing'] as const) : []),
  ];
  return (
    <>
      <PanelSummary state={state} />
      {cardsShown && (viewer.role === 'reviewer' || viewer.role === 'admin') && <PanelAgreement state={state} />}
      <SignOffBar state={state} />
      <PanelAdjustments state={state} />
      <PanelFilters value={filter} counts={counts} offered={offered} onChange={setFilter} />
      <p class="muted tight" data-testid="evidence-count">{i18n.t('sidepanel.evidenceCount', [String(state.evidence.length)])}</p>
      {layout.loaded && (
        <RationalesContext.Provider value={rationales}>
          <SuggestionsContext.Provider value={suggestions}>
            <IndicatorTree
              key={key}
              tree={state.tree}
              slices={slices}
              filter={filter}
              rows={layout.rowsOf(key)}
              onRowsChange={(changes) => layout.setRows(key, changes)}
              onComplete={() => (setCardsShownFor(key), onCardsShown?.())}
            />
          </SuggestionsContext.Provider>
        </RationalesContext.Provider>
      )}
    </>
  );
}
