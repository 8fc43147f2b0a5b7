// The states of a documentation request and when one is overdue.
import { describe, expect, it } from 'vitest';
import { isOverdue, requestStepProblem, statusAfter } from '../../shared/domain/documentation-request-flow';

describe('requestStepProblem', () => {
  it.each([
    ['open', 'answer', null],
    ['reopened', 'answer', null],
    ['answered', 'answer', 'A request that is answered cannot be answered'],
    ['accepted', 'answer', 'A request that is accepted cannot be answered'],
    ['answered', 'accept', null],
    ['answered', 'reopen', null],
    ['open', 'accept', 'A request that is open cannot be accepted'],
    ['reopened', 'reopen', 'A request that is reopened cannot be reopened'],
    ['accepted', 'reopen', 'A request that is accepted cannot be reopened'],
  ] as const)('%s, %s: %s', (status, step, problem) => expect(requestStepProblem(status, step)).toBe(problem));

  it.each([
    ['answer', 'answered'],
    ['accept', 'accepted'],
    ['reopen', 'reopened'],
  ] as const)('%s leads to %s', (step, status) => expect(statusAfter(step)).toBe(status));
});

describe('isOverdue on 2026-12-01', () => {
  it.each([
    ['open', '2026-11-30', true],
    ['open', '2026-12-01', false], // due today: not late yet
    ['reopened', '2026-11-01', true],
    ['answered', '2026-11-01', false], // the enterprise has answered: the ball is with the asker
    ['accepted', '2026-11-01', false],
  ] as const)('%s due %s: %s', (status, dueOn, expected) => expect(isOverdue({ status, dueOn }, '2026-12-01')).toBe(expected));
});
