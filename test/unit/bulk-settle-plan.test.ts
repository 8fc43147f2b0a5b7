import { describe, expect, it } from 'vitest';
import type { SettlePreviewItem } from '../../shared/schemas/disagreements';
import { changedItems, slotChunks, slotKey, staleLines } from '../../extension/lib/bulk-settle-plan';
import { queryOf } from '../../extension/lib/query-of';

const previewed = (enterpriseId: number, indicatorId: number): SettlePreviewItem => ({
  enterpriseId,
  indicatorId,
  enterpriseName: `企业${enterpriseId}`,
  street: '南翔镇',
  indicatorCode: `STAFF.1.${indicatorId}`,
  values: [4, 6],
  value: 5,
  rubricLevel: 2,
  scoresVersion: '1:1,2:1',
});

describe('the bulk settle plan', () => {
  it('splits a selection into requests of at most 100 slots, each slot once', () => {
    const keys = Array.from({ length: 250 }, (_, i) => `${i + 1}:7`);
    const chunks = slotChunks([...keys, '1:7']);
    expect(chunks.map((c) => c.split(',').length)).toEqual([100, 100, 50]);
    expect(chunks[0]!.startsWith('1:7,2:7,')).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(keys);
    expect(slotChunks([])).toEqual([]);
  });

  it('keys a slot as the preview’s slots parameter lists it', () => {
    expect(slotKey({ enterpriseId: 12, indicatorId: 345 })).toBe('12:345');
  });

  it('names what changed since the preview by the previewed enterprise and indicator', () => {
    const changed = changedItems({ changed: [{ enterpriseId: 2, indicatorId: 5, why: 'settled' }, { enterpriseId: 9, indicatorId: 9, why: 'scores_changed' }] });
    expect(staleLines(changed, [previewed(1, 4), previewed(2, 5)])).toEqual([
      { key: '2:5', enterpriseName: '企业2', indicatorCode: 'STAFF.1.5', why: 'settled' },
      { key: '9:9', enterpriseName: '#9', indicatorCode: '#9', why: 'scores_changed' },
    ]);
    expect(changedItems(undefined)).toEqual([]);
    expect(changedItems({ changed: 'nope' })).toEqual([]);
  });

  it('sends only the filters that are set, as text', () => {
    expect(queryOf({ street: '南翔镇', dimensionId: 3, withinLevels: 0, expertId: undefined, cursor: '' })).toEqual({ street: '南翔镇', dimensionId: '3', withinLevels: '0' });
  });
});
