import { describe, expect, it } from 'vitest';
import { roundTransitions, startCounts, startWarnings, transitionProblems, type RoundFacts } from '../../shared/domain/round-lifecycle';
import type { RoundStatus } from '../../shared/schemas/round';

const ready: RoundFacts = { frameworkPublished: true, enrolled: 500, assignments: 4, notSignedOff: 0, assignedExperts: 4, reviewers: 1, indicators: 64, uncoveredIndicators: 0 };
const statuses = Object.keys(roundTransitions) as RoundStatus[];

describe('transitionProblems', () => {
  it.each([
    ['preparing', 'collecting'],
    ['collecting', 'scoring'],
    ['collecting', 'preparing'],
    ['scoring', 'reviewing'],
    ['scoring', 'collecting'],
    ['reviewing', 'published'],
    ['reviewing', 'scoring'],
    ['published', 'closed'],
  ] as const)('%s → %s is a step', (from, to) => expect(transitionProblems(from, to, ready)).toEqual([]));

  const steps = new Set(statuses.flatMap((from) => roundTransitions[from].map((to) => `${from}>${to}`)));
  const jumps = statuses.flatMap((from) => statuses.filter((to) => !steps.has(`${from}>${to}`)).map((to) => [from, to] as const));
  it.each(jumps)('%s → %s is refused as not a step', (from, to) => {
    const [problem] = transitionProblems(from, to, ready);
    expect(problem?.code).toBe('not_a_step');
    expect(problem?.message).toContain(from);
  });

  it.each([
    ['preparing', 'collecting', { frameworkPublished: false }, ['framework_draft']],
    ['preparing', 'collecting', { enrolled: 0 }, ['no_enterprises']],
    ['preparing', 'collecting', { frameworkPublished: false, enrolled: 0 }, ['framework_draft', 'no_enterprises']],
    ['collecting', 'scoring', { assignments: 0 }, ['no_assignments']],
    ['reviewing', 'scoring', { assignments: 0 }, ['no_assignments']],
    ['reviewing', 'published', { notSignedOff: 3 }, ['not_signed_off']],
    // Going back needs nothing signed off.
    ['scoring', 'collecting', { notSignedOff: 3, assignments: 0 }, []],
  ] as const)('%s → %s with %j: %j', (from, to, facts, codes) => {
    expect(transitionProblems(from, to, { ...ready, ...facts }).map((p) => p.code)).toEqual(codes);
  });

  it('says how many enterprises are not signed off', () => {
    expect(transitionProblems('reviewing', 'published', { ...ready, notSignedOff: 12 })[0]!.message).toContain('12');
  });
});

describe('startWarnings', () => {
  it.each([
    [{}, []],
    [{ assignedExperts: 0 }, ['no_experts']],
    [{ reviewers: 0 }, ['no_reviewers']],
    [{ uncoveredIndicators: 12 }, ['uncovered_indicators']],
    [{ assignedExperts: 0, reviewers: 0, uncoveredIndicators: 64 }, ['no_experts', 'no_reviewers', 'uncovered_indicators']],
  ] as const)('starting to collect with %j warns %j', (facts, codes) => {
    expect(startWarnings('preparing', 'collecting', { ...ready, ...facts })).toEqual(codes);
  });

  it.each([
    ['collecting', 'scoring'],
    ['scoring', 'collecting'],
    ['collecting', 'preparing'],
  ] as const)('%s → %s never warns about the start', (from, to) => {
    expect(startWarnings(from, to, { ...ready, assignedExperts: 0, reviewers: 0, uncoveredIndicators: 5 })).toEqual([]);
  });

  it('carries the counts the warning shows', () => {
    expect(startCounts({ ...ready, uncoveredIndicators: 7 })).toEqual({ assignedExperts: 4, reviewers: 1, indicators: 64, uncoveredIndicators: 7 });
  });
});
