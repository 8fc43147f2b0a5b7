import { describe, expect, it } from 'vitest';
import { enterpriseCounters, expertWork, progressGaps } from '../../shared/domain/progress';

const today = '2026-12-06';

describe('enterpriseCounters', () => {
  it('counts live and accepted evidence, and only waiting requests and unsubmitted reports past their due day as overdue', () => {
    expect(
      enterpriseCounters(
        {
          evidence: [
            { status: 'accepted', deletedAt: null },
            { status: 'pending', deletedAt: null },
            { status: 'accepted', deletedAt: '2026-11-01T00:00:00Z' },
          ],
          scores: 7,
          signedOff: false,
          requests: [
            { status: 'open', dueOn: '2026-12-05' },
            { status: 'reopened', dueOn: '2026-12-06' },
            { status: 'answered', dueOn: '2026-11-01' },
            { status: 'accepted', dueOn: '2026-11-01' },
          ],
          reports: [
            { dueOn: '2026-12-05', submitted: false },
            { dueOn: '2026-12-05', submitted: true },
            { dueOn: '2026-12-06', submitted: false },
          ],
        },
        today,
      ),
    ).toEqual({ evidenceItems: 2, acceptedItems: 1, scoreCount: 7, signedOff: false, requestsWaiting: 2, requestsOverdue: 1, reportsOverdue: 1 });
  });
});

describe('progressGaps', () => {
  it.each([
    [{ applicableSlots: 64, evidencedSlots: 64, scoredSlots: 64, openDisagreements: 0, requestsOverdue: 0, reportsOverdue: 0 }, { evidence: 0, scores: 0, disagreements: 0, overdue: 0, behind: 0 }],
    [{ applicableSlots: 64, evidencedSlots: 20, scoredSlots: 60, openDisagreements: 3, requestsOverdue: 1, reportsOverdue: 2 }, { evidence: 44, scores: 4, disagreements: 3, overdue: 3, behind: 54 }],
    [{ applicableSlots: 0, evidencedSlots: 0, scoredSlots: 0, openDisagreements: 0, requestsOverdue: 2, reportsOverdue: 0 }, { evidence: 0, scores: 0, disagreements: 0, overdue: 2, behind: 2 }],
  ])('%j → %j', (inputs, gaps) => {
    expect(progressGaps(inputs)).toEqual(gaps);
  });
});

describe('expertWork', () => {
  const applicable = [
    { id: 11, groupId: 10, dimensionId: 1 },
    { id: 12, groupId: 10, dimensionId: 1 },
    { id: 21, groupId: 20, dimensionId: 2 },
  ];
  it('counts covered applicable indicators once however many assignments cover them, scores, those in open disagreement, and live evidence', () => {
    expect(
      expertWork({
        enterpriseId: 5,
        applicable,
        assignments: [
          { indicatorIds: [1], enterpriseIds: [] },
          { indicatorIds: [11], enterpriseIds: [5] },
          { indicatorIds: [2], enterpriseIds: [6] },
        ],
        scoredIndicators: [11, 21],
        openIndicators: new Set([21, 12]),
        evidence: [{ deletedAt: null }, { deletedAt: '2026-11-01T00:00:00Z' }],
      }),
    ).toEqual({ assigned: 2, scored: 2, evidence: 1, open: 1 });
  });
});
