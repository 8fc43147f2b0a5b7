// The evidence finder's suggested passages for the enterprise in the side panel: asked once for all indicators
// (one request, not one per row), only for an expert who may decide on some indicator, and with the passages
// this reader confirmed or dismissed since left out at once.
import { createContext } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import type { FinderSuggestions, Suggestion } from '../../shared/schemas/finder';
import { request } from './api';
import { ok } from './result';
import { useLoad } from './use-load';

export type SuggestedReport = FinderSuggestions['reports'][number];

export type PanelSuggestions = {
  roundId: number;
  enterpriseId: number;
  /** The undecided suggestions for one indicator, best first. */
  of: (indicatorId: number) => Suggestion[];
  report: (reportId: number) => SuggestedReport | undefined;
  /** Leaves a passage this reader just confirmed or dismissed out of the list. */
  decided: (indicatorId: number, passageKey: string) => void;
};

export const SuggestionsContext = createContext<PanelSuggestions | null>(null);

/** The suggestions of the enterprise; null where the reader sees none (their rows show no section). */
export const useSuggestions = () => useContext(SuggestionsContext);

const none: Suggestion[] = [];

/** `wanted`: the reader may decide on suggestions for at least one indicator of this enterprise. */
export function usePanelSuggestions(roundId: number, enterpriseId: number, wanted: boolean): PanelSuggestions | null {
  const loaded = useLoad(
    () =>
      wanted
        ? request((api) => api.api.v1.rounds[':roundId'].enterprises[':enterpriseId'].finder.suggestions.$get({ param: { roundId: String(roundId), enterpriseId: String(enterpriseId) }, query: {} }))
        : Promise.resolve(ok(null)),
    [roundId, enterpriseId, wanted],
  );
  const [decisions, setDecisions] = useState<ReadonlySet<string>>(new Set());
  const decided = useCallback((indicatorId: number, passageKey: string) => setDecisions((d) => new Set(d).add(`${enterpriseId}:${indicatorId}:${passageKey}`)), [enterpriseId]);
  const value = loaded.value;
  return useMemo(() => {
    if (!value) return null;
    const byIndicator = new Map(value.indicators.map((i) => [i.indicatorId, i.items.filter((s) => !decisions.has(`${enterpriseId}:${i.indicatorId}:${s.passageKey}`))]));
    const reports = new Map(value.reports.map((r) => [r.id, r]));
    return { roundId, enterpriseId, of: (id) => byIndicator.get(id) ?? none, report: (id) => reports.get(id), decided };
  }, [value, decisions, roundId, enterpriseId, decided]);
}
