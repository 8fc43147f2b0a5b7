import { describe, expect, it } from 'vitest';
import { assignmentCovers } from '../../shared/domain/assignment-scope';

// Indicator 111 sits in group 11 of dimension 1.
const indicator = { id: 111, groupId: 11, dimensionId: 1 };

describe('assignmentCovers', () => {
  it.each([
    ['its dimension', { indicatorIds: [1], enterpriseIds: [] }, 7, true],
    ['its group', { indicatorIds: [11], enterpriseIds: [] }, 7, true],
    ['the indicator itself', { indicatorIds: [111], enterpriseIds: [] }, 7, true],
    ['another dimension', { indicatorIds: [2], enterpriseIds: [] }, 7, false],
    ['a sibling indicator', { indicatorIds: [112], enterpriseIds: [] }, 7, false],
    ['its dimension, for this enterprise', { indicatorIds: [1], enterpriseIds: [7, 8] }, 7, true],
    ['its dimension, for other enterprises', { indicatorIds: [1], enterpriseIds: [8] }, 7, false],
    ['nothing', { indicatorIds: [], enterpriseIds: [] }, 7, false],
  ])('an assignment of %s', (_what, assignment, enterpriseId, covers) => expect(assignmentCovers(assignment, indicator, enterpriseId)).toBe(covers));
});
