// The life of a documentation request: open → answered → accepted, or reopened → answered again. Pure, so
// the route and the side panel's buttons agree on what is possible.
import type { DocumentationRequestStatus } from '../schemas/documentation-request';

export type RequestStep = 'answer' | 'accept' | 'reopen';

const from: Record<RequestStep, DocumentationRequestStatus[]> = {
  answer: ['open', 'reopened'],
  accept: ['answered'],
  reopen: ['answered'],
};
const to: Record<RequestStep, DocumentationRequestStatus> = { answer: 'answered', accept: 'accepted', reopen: 'reopened' };

/** Why `step` is not possible in `status`, or null when it is. */
export function requestStepProblem(status: DocumentationRequestStatus, step: RequestStep): string | null {
  if (from[step].includes(status)) return null;
  return `A request that is ${status} cannot be ${step === 'answer' ? 'answered' : step === 'accept' ? 'accepted' : 'reopened'}`;
}

export const statusAfter = (step: RequestStep) => to[step];

/** Still waiting for the enterprise after its due date (YYYY-MM-DD). */
export const isOverdue = (request: { status: DocumentationRequestStatus; dueOn: string }, today: string) =>
  (request.status === 'open' || request.status === 'reopened') && request.dueOn < today;
