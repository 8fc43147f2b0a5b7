import { describe, expect, it } from 'vitest';
import { previewCanonical, scoresVersionOf, settleValue, unsettleable, type SlotState } from '../../shared/domain/bulk-settle';

describe('settleValue under the median rule', () => {
  it.each([
    [[7], 7],
    [[2, 8], 5],
    [[1, 2, 9], 2],
    [[9, 1, 2], 2],
    [[1, 2, 8, 9], 5],
    [[3, 4.5], 3.75],
    // Four decimals, half up, like the consensus: never snapped to a rubric level.
    [[1, 2.33333], 1.6667],
    [[0.00015, 0], 0.0001],
  ])('median of %j is %s', (values, expected) => expect(settleValue('median', values)).toBe(expected));
});

describe('scoresVersionOf', () => {
  it('lists ids ascending with their versions, whatever the order given', () => {
    expect(scoresVersionOf([{ id: 12, version: 3 }, { id: 4, version: 1 }])).toBe('4:1,12:3');
    expect(scoresVersionOf([])).toBe('');
  });
});

describe('unsettleable', () => {
  const open: SlotState = { enrolled: true, signedOff: false, applicable: true, settled: false, values: [2, 9], maxScore: 10 };
  it.each([
    [{}, null],
    [{ enrolled: false }, 'not_enrolled'],
    [{ signedOff: true }, 'signed_off'],
    [{ applicable: false }, 'not_applicable'],
    [{ settled: true }, 'settled'],
    [{ values: [6, 8] }, 'no_disagreement'],
    [{ values: [9] }, 'no_disagreement'],
  ] as const)('%j → %s', (change, why) => expect(unsettleable({ ...open, ...change }, 0.3)).toBe(why));
});

describe('previewCanonical', () => {
  const item = { enterpriseId: 3, indicatorId: 7, value: 5, scoresVersion: '1:1,2:1' };
  it('changes with the round, the rule, an item, its value or its score versions', () => {
    const base = previewCanonical(1, 'median', [item]);
    expect(previewCanonical(1, 'median', [{ ...item }])).toBe(base);
    for (const other of [previewCanonical(2, 'median', [item]), previewCanonical(1, 'median', [{ ...item, value: 6 }]), previewCanonical(1, 'median', [{ ...item, scoresVersion: '1:2,2:1' }]), previewCanonical(1, 'median', [item, item])]) {
      expect(other).not.toBe(base);
    }
  });
});
