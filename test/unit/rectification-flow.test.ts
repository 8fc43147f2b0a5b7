import { describe, expect, it } from 'vitest';
import { rectificationProblem, rectificationSide } from '../../shared/domain/rectification-flow';
import type { RectificationPatch, RectificationStatus } from '../../shared/schemas/rectification';

const patch = (fields: Partial<RectificationPatch>): RectificationPatch => ({ version: 1, ...fields });

describe('rectificationSide', () => {
  it.each([
    [{ plan: 'x' }, 'enterprise'],
    [{ evidenceLinks: ['https://a.cn'] }, 'enterprise'],
    [{ status: 'planned' }, 'enterprise'],
    [{ status: 'submitted', plan: 'x' }, 'enterprise'],
    [{ followUp: 'called them' }, 'follow_up'],
    [{ dueOn: '2027-03-01' }, 'follow_up'],
    [{ status: 'verified' }, 'follow_up'],
    [{ status: 'open', followUp: 'evidence missing' }, 'follow_up'],
    [{ status: 'waived' }, 'follow_up'],
    [{ plan: 'x', followUp: 'y' }, 'mixed'],
    [{ status: 'verified', plan: 'x' }, 'mixed'],
    [{}, null],
  ] as const)('%j → %s', (fields, side) => expect(rectificationSide(patch(fields as Partial<RectificationPatch>))).toBe(side));
});

describe('rectificationProblem', () => {
  const task = (status: RectificationStatus, plan: string | null = null) => ({ status, plan });
  it.each([
    [task('open'), { plan: 'x', status: 'planned' }, null],
    [task('open'), { status: 'submitted', plan: 'x' }, null],
    [task('planned', 'x'), { status: 'submitted' }, null],
    [task('planned', 'x'), { evidenceIds: [1] }, null],
    [task('submitted', 'x'), { status: 'verified' }, null],
    [task('submitted', 'x'), { status: 'open', followUp: 'missing proof' }, null],
    [task('open'), { status: 'waived' }, null],
    [task('planned', 'x'), { dueOn: '2027-01-01' }, null],
    [task('open'), { status: 'submitted' }, 'Write a plan before submitting'],
    [task('open'), { status: 'verified' }, 'A task that is open cannot become verified'],
    [task('planned', 'x'), { status: 'open' }, 'A task that is planned cannot become open'],
    [task('submitted', 'x'), { plan: 'changed' }, 'The answer is submitted; wait for the follow-up or ask for it back'],
    [task('verified', 'x'), { followUp: 'more' }, 'The task is verified and can no longer change'],
    [task('waived'), { status: 'open' }, 'The task is waived and can no longer change'],
    [task('closed'), { plan: 'x' }, 'The task is closed and can no longer change'],
  ] as const)('%j with %j: %s', (current, fields, problem) => {
    expect(rectificationProblem(current, patch(fields as Partial<RectificationPatch>))).toBe(problem);
  });
});
