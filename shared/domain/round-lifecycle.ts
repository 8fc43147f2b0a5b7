// A round's lifecycle: which state may follow which, and what must be true before it may.
import type { RoundStatus } from '../schemas/round';

/** Forward through the lifecycle; one step back from collecting, scoring and reviewing to correct mistakes. */
export const roundTransitions: Record<RoundStatus, readonly RoundStatus[]> = {
  preparing: ['collecting'],
  collecting: ['scoring', 'preparing'],
  scoring: ['reviewing', 'collecting'],
  reviewing: ['published', 'scoring'],
  published: ['closed'],
  closed: [],
};

/** What the guards look at, read from the database for the round in question. */
export type RoundFacts = {
  frameworkPublished: boolean;
  enrolled: number;
  assignments: number;
  /** Enrolled enterprises a reviewer has not signed off. */
  notSignedOff: number;
  /** Experts with an assignment in the round, members holding the reviewer role, and scored indicators of the framework none of its assignments covers. */
  assignedExperts: number;
  reviewers: number;
  indicators: number;
  uncoveredIndicators: number;
};

export type TransitionProblem = { code: 'not_a_step' | 'framework_draft' | 'no_enterprises' | 'no_assignments' | 'not_signed_off'; message: string };

/** Why the round may not move from `from` to `to`; empty when it may. */
export function transitionProblems(from: RoundStatus, to: RoundStatus, facts: RoundFacts): TransitionProblem[] {
  if (!roundTransitions[from].includes(to)) {
    const allowed = roundTransitions[from];
    return [{ code: 'not_a_step', message: `A ${from} round can move to ${allowed.length ? allowed.join(' or ') : 'nothing: it is final'}, not to ${to}` }];
  }
  const problems: TransitionProblem[] = [];
  if (to === 'collecting' && from === 'preparing') {
    if (!facts.frameworkPublished) problems.push({ code: 'framework_draft', message: 'The round pins a draft framework; publish it first' });
    if (facts.enrolled === 0) problems.push({ code: 'no_enterprises', message: 'Enrol at least one enterprise first' });
  }
  if (to === 'scoring' && facts.assignments === 0) problems.push({ code: 'no_assignments', message: 'Assign at least one expert first' });
  if (to === 'published' && facts.notSignedOff > 0) {
    problems.push({ code: 'not_signed_off', message: `${facts.notSignedOff} enrolled enterprise(s) are not signed off by a reviewer` });
  }
  return problems;
}

export type StartWarning = 'no_experts' | 'no_reviewers' | 'uncovered_indicators';

/** What a round would lack once it starts collecting: the move asks for confirmation with a reason (not refused). */
export function startWarnings(from: RoundStatus, to: RoundStatus, facts: RoundFacts): StartWarning[] {
  if (from !== 'preparing' || to !== 'collecting') return [];
  const warnings: StartWarning[] = [];
  if (facts.assignedExperts === 0) warnings.push('no_experts');
  if (facts.reviewers === 0) warnings.push('no_reviewers');
  if (facts.uncoveredIndicators > 0) warnings.push('uncovered_indicators');
  return warnings;
}

/** The counts a start warning shows, as the 409 round_start_needs_confirmation carries them. */
export const startCounts = (facts: RoundFacts) => ({
  assignedExperts: facts.assignedExperts,
  reviewers: facts.reviewers,
  indicators: facts.indicators,
  uncoveredIndicators: facts.uncoveredIndicators,
});
