import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../shared/schemas/assignment';
import { cellState, editableAssignment, gapsByDimension, switchedDimensions } from '../../extension/lib/assignment-matrix';

const assignment = (scope: [string, number][], enterpriseIds: number[] = []): Assignment => ({
  id: 1,
  roundId: 1,
  expert: { id: 5, displayName: '专家', bureau: null },
  scope: scope.map(([code, level], i) => ({ indicatorId: i + 1, code, level })),
  enterpriseIds,
  createdAt: '2026-01-01',
  version: 1,
});

describe('cellState', () => {
  it.each([
    [[assignment([['STAFF', 1]])], 'STAFF', 'full'],
    [[assignment([['STAFF', 1]])], 'ENV', 'none'],
    [[assignment([['STAFF.2', 2]])], 'STAFF', 'partial'],
    [[assignment([['ENV.1.3', 3]])], 'ENV', 'partial'],
    [[assignment([['STAFF', 1]], [7])], 'STAFF', 'partial'],
    [[assignment([['STAFF', 1]], [7]), assignment([['STAFF', 1]])], 'STAFF', 'full'],
    [[], 'STAFF', 'none'],
  ] as const)('%# → %s', (assignments, code, expected) => {
    expect(cellState(assignments, code)).toBe(expected);
  });
});

describe('editableAssignment', () => {
  it.each([
    ['no assignment', [], null],
    ['one of whole dimensions', [assignment([['STAFF', 1], ['ENV', 1]])], 'first'],
    ['one with a group', [assignment([['STAFF.1', 2]])], 'locked'],
    ['one for some enterprises', [assignment([['STAFF', 1]], [3])], 'locked'],
    ['two', [assignment([['STAFF', 1]]), assignment([['ENV', 1]])], 'locked'],
  ] as const)('%s', (_name, assignments, expected) => {
    const found = editableAssignment(assignments);
    expect(found === null || found === 'locked' ? found : 'first').toBe(expected);
  });
});

describe('switchedDimensions', () => {
  it.each([
    [null, 'ENV', true, ['ENV']],
    [assignment([['STAFF', 1]]), 'ENV', true, ['STAFF', 'ENV']],
    [assignment([['STAFF', 1]]), 'STAFF', true, ['STAFF']],
    [assignment([['STAFF', 1], ['ENV', 1]]), 'STAFF', false, ['ENV']],
  ] as const)('%#', (current, code, on, expected) => {
    expect(switchedDimensions(current, code, on)).toEqual(expected);
  });
});

describe('gapsByDimension', () => {
  it('sums uncovered indicators and slots per dimension', () => {
    const gaps = gapsByDimension({
      slots: 100,
      uncovered: 9,
      indicators: [
        { indicatorId: 1, code: 'ENV.1.1', uncoveredEnterprises: 3, sampleEnterpriseIds: [] },
        { indicatorId: 2, code: 'ENV.2.1', uncoveredEnterprises: 4, sampleEnterpriseIds: [] },
        { indicatorId: 3, code: 'GOV.1.1', uncoveredEnterprises: 2, sampleEnterpriseIds: [] },
      ],
    });
    expect(Object.fromEntries(gaps)).toEqual({ ENV: { indicators: 2, slots: 7 }, GOV: { indicators: 1, slots: 2 } });
  });
});
