// What the side panel shows of its state, as plain functions: the state cut into one slice per indicator,
// the work-queue filters with their counts, which indicators wait for the reader, and whether the enterprise
// can be signed off.
import type { Evidence } from '../../shared/schemas/evidence';
import type { PanelEvidence, PanelIndicator, PanelRequest, PanelState, PanelTask } from '../../shared/schemas/panel';
import type { IndicatorNode } from '../../shared/schemas/round';
import type { Score, Settlement } from '../../shared/schemas/score';

/** Everything one indicator's row shows. */
export type IndicatorSlice = {
  node: IndicatorNode;
  facts: PanelIndicator;
  evidence: PanelEvidence[];
  scores: Score[];
  myScore: Score | null;
  settlement: Settlement | null;
  tasks: PanelTask[];
  /** Documentation requests asked of the enterprise on this indicator. */
  requests: PanelRequest[];
};

export function indicatorSlices(state: PanelState): Record<number, IndicatorSlice> {
  const slices: Record<number, IndicatorSlice> = {};
  const nodes = new Map(state.tree.map((n) => [n.id, n]));
  for (const facts of state.indicators) {
    const node = nodes.get(facts.indicatorId)!;
    const scores = state.scores.filter((s) => s.indicatorId === node.id);
    slices[node.id] = {
      node,
      facts,
      evidence: state.evidence.filter((e) => e.indicatorId === node.id),
      scores,
      myScore: scores.find((s) => s.expert?.id === state.viewer.userId) ?? null,
      settlement: state.settlements.find((s) => s.indicatorId === node.id) ?? null,
      tasks: state.rectifications.filter((t) => t.indicatorCode === node.code),
      requests: state.requests.filter((r) => r.indicator.id === node.id),
    };
  }
  return slices;
}

export const panelFilters = ['all', 'pending', 'missingEvidence', 'disagreement', 'mineToScore', 'mandatoryFailing'] as const;
export type PanelFilter = (typeof panelFilters)[number];

/** Whether an indicator belongs in the work queue a filter names. A settled disagreement is no longer one to work on. */
export function matchesFilter({ node, facts, evidence, myScore }: IndicatorSlice, filter: PanelFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'pending':
      return evidence.some((e) => e.status === 'pending');
    case 'missingEvidence':
      return facts.applicable && facts.acceptedCount === 0;
    case 'disagreement':
      return (facts.outcome?.disagreement ?? false) && !facts.outcome?.settled;
    case 'mineToScore':
      return facts.may.score && myScore === null;
    case 'mandatoryFailing':
      return node.kind === 'mandatory' && (facts.outcome?.failedMandatory ?? false);
  }
}

export function filterCounts(slices: Record<number, IndicatorSlice>): Record<PanelFilter, number> {
  const all = Object.values(slices);
  return Object.fromEntries(panelFilters.map((f) => [f, all.filter((s) => matchesFilter(s, f)).length])) as Record<PanelFilter, number>;
}

/**
 * Whether an indicator waits for this reader, and so opens by default: theirs to score, evidence pending
 * that they may review, a disagreement they may settle, a mandatory indicator failing.
 */
export function needsReader(slice: IndicatorSlice): boolean {
  const { facts, evidence } = slice;
  return (
    matchesFilter(slice, 'mineToScore') ||
    evidence.some((e) => e.status === 'pending' && e.may.review) ||
    (facts.may.settle && matchesFilter(slice, 'disagreement')) ||
    matchesFilter(slice, 'mandatoryFailing')
  );
}

/** What still stands between the enterprise and its sign-off: every applicable indicator scored, every disagreement settled. */
export function signOffBlockers(state: PanelState): { unscored: number; unsettled: number } | null {
  if (!state.result) return null;
  return { unscored: state.completeness.applicable - state.result.scoredCount, unsettled: state.result.unsettledCount };
}

/** The state with one piece of evidence as the worker now has it (null: withdrawn); what the reader may do with it stays. */
export const withEvidence = (state: PanelState, id: number, changed: Evidence | null): PanelState => ({
  ...state,
  evidence: changed ? state.evidence.map((e) => (e.id === id ? { ...e, ...changed } : e)) : state.evidence.filter((e) => e.id !== id),
});

/** The state with the reader's score of an indicator as the worker saved it. */
export const withScore = (state: PanelState, score: Score): PanelState => ({
  ...state,
  scores: state.scores.some((s) => s.id === score.id) ? state.scores.map((s) => (s.id === score.id ? score : s)) : [...state.scores, score],
});
