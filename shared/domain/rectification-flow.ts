// How a rectification task moves: the enterprise plans and submits, the coordinator verifies, closes,
// waives or sends it back. Each edit belongs to one side, which decides who may make it.
import type { EnterpriseTaskState, RectificationPatch, RectificationStatus } from '../schemas/rectification';

export type RectificationSide = 'enterprise' | 'follow_up';

const enterpriseTargets: RectificationStatus[] = ['planned', 'submitted'];
const finalStates: RectificationStatus[] = ['verified', 'closed', 'waived'];

const moves: Record<RectificationStatus, readonly RectificationStatus[]> = {
  open: ['planned', 'submitted', 'closed', 'waived'],
  planned: ['submitted', 'closed', 'waived'],
  submitted: ['verified', 'open', 'closed', 'waived'],
  verified: [],
  closed: [],
  waived: [],
};

/** Which side an edit belongs to; null when it changes nothing, 'mixed' when it touches both. */
export function rectificationSide(patch: RectificationPatch): RectificationSide | 'mixed' | null {
  const enterprise = patch.plan !== undefined || patch.evidenceIds !== undefined || patch.evidenceLinks !== undefined;
  const followUp = patch.followUp !== undefined || patch.dueOn !== undefined || patch.requiredAction !== undefined;
  const statusSide = patch.status === undefined ? null : enterpriseTargets.includes(patch.status) ? 'enterprise' : 'follow_up';
  const sides = new Set([enterprise && 'enterprise', followUp && 'follow_up', statusSide].filter(Boolean));
  if (sides.size === 0) return null;
  return sides.size > 1 ? 'mixed' : ([...sides][0] as RectificationSide);
}

/** Why the edit may not be made to a task in its current state; null when it may. */
export function rectificationProblem(current: { status: RectificationStatus; plan: string | null }, patch: RectificationPatch): string | null {
  if (finalStates.includes(current.status)) return `The task is ${current.status} and can no longer change`;
  const to = patch.status;
  if (to !== undefined && to !== current.status && !moves[current.status].includes(to)) return `A task that is ${current.status} cannot become ${to}`;
  const answering = patch.plan !== undefined || patch.evidenceIds !== undefined || patch.evidenceLinks !== undefined;
  if (answering && current.status === 'submitted') return 'The answer is submitted; wait for the follow-up or ask for it back';
  if (to === 'submitted' && !(patch.plan ?? current.plan)) return 'Write a plan before submitting';
  return null;
}

/** Not answered yet: a task in these states past its due date is overdue (as the console's reminders count it). */
export const unanswered: readonly RectificationStatus[] = ['open', 'planned'];
/** Finished: verified, closed or waived. */
export const finished: readonly RectificationStatus[] = ['verified', 'closed', 'waived'];

/** How an enterprise's tasks stand as a whole, for the grouped list: the state that asks most of the reader first. */
export function enterpriseTaskState(byStatus: Partial<Record<RectificationStatus, number>>, overdue: number): EnterpriseTaskState {
  const total = Object.values(byStatus).reduce((sum, n) => sum + (n ?? 0), 0);
  if (finished.reduce((sum, s) => sum + (byStatus[s] ?? 0), 0) === total) return 'done';
  if (overdue > 0) return 'overdue';
  if ((byStatus.submitted ?? 0) > 0) return 'to_verify';
  return 'in_progress';
}
