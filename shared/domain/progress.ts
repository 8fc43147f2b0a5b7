// How far an enterprise has got in a round, as pure functions: its counters from its inputs, and how far
// behind it is. worker/queries/progress-sql.ts counts the same in SQL and worker/queries/progress.ts sorts by
// the same measure; test/worker/results-incremental.test.ts checks both against these.
import { assignmentCovers, type AssignmentCoverage, type IndicatorPath } from './assignment-scope';
import { isOverdue } from './documentation-request-flow';
import type { DocumentationRequestStatus } from '../schemas/documentation-request';

export type CounterInputs = {
  evidence: readonly { status: string; deletedAt: string | null }[];
  scores: number;
  signedOff: boolean;
  requests: readonly { status: DocumentationRequestStatus; dueOn: string }[];
  /** The round's reporting periods, with whether the enterprise submitted its report. */
  reports: readonly { dueOn: string; submitted: boolean }[];
};

export type EnterpriseCounters = {
  evidenceItems: number;
  acceptedItems: number;
  scoreCount: number;
  signedOff: boolean;
  requestsWaiting: number;
  requestsOverdue: number;
  reportsOverdue: number;
};

/** The enterprise's counters on `today` (YYYY-MM-DD). */
export function enterpriseCounters(inputs: CounterInputs, today: string): EnterpriseCounters {
  const live = inputs.evidence.filter((e) => e.deletedAt === null);
  const waiting = inputs.requests.filter((r) => r.status === 'open' || r.status === 'reopened');
  return {
    evidenceItems: live.length,
    acceptedItems: live.filter((e) => e.status === 'accepted').length,
    scoreCount: inputs.scores,
    signedOff: inputs.signedOff,
    requestsWaiting: waiting.length,
    requestsOverdue: waiting.filter((r) => isOverdue(r, today)).length,
    reportsOverdue: inputs.reports.filter((r) => !r.submitted && r.dueOn < today).length,
  };
}

export type GapInputs = {
  applicableSlots: number;
  evidencedSlots: number;
  scoredSlots: number;
  openDisagreements: number;
  requestsOverdue: number;
  reportsOverdue: number;
};

/**
 * What each sort of the drill-down counts: slots without counting evidence, unscored slots, open
 * disagreements, overdue requests and reports, and `behind`, all of them together (one outstanding item each).
 */
export function progressGaps(x: GapInputs) {
  const evidence = x.applicableSlots - x.evidencedSlots;
  const scores = x.applicableSlots - x.scoredSlots;
  const overdue = x.requestsOverdue + x.reportsOverdue;
  return { evidence, scores, disagreements: x.openDisagreements, overdue, behind: evidence + scores + x.openDisagreements + overdue };
}

export type ExpertWork = { assigned: number; scored: number; evidence: number; open: number };

/**
 * One person's work on one enterprise: the applicable indicators their assignments cover, their scores and
 * those of them on indicators in open disagreement (`open`), and their live evidence items.
 */
export function expertWork(input: {
  enterpriseId: number;
  applicable: readonly IndicatorPath[];
  assignments: readonly AssignmentCoverage[];
  scoredIndicators: readonly number[];
  openIndicators: ReadonlySet<number>;
  evidence: readonly { deletedAt: string | null }[];
}): ExpertWork {
  return {
    assigned: input.applicable.filter((i) => input.assignments.some((a) => assignmentCovers(a, i, input.enterpriseId))).length,
    scored: input.scoredIndicators.length,
    evidence: input.evidence.filter((e) => e.deletedAt === null).length,
    open: input.scoredIndicators.filter((id) => input.openIndicators.has(id)).length,
  };
}
