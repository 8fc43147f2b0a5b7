// The rectification groups' filters applied to one enterprise's tasks, and the indicator tree as filters read it.
import { describe, expect, it } from 'vitest';
import type { Rectification } from '../../shared/schemas/rectification';
import type { IndicatorNode } from '../../shared/schemas/round';
import { tasksMatching } from '../../extension/lib/rectify-groups';
import { dimensionOfIndicator, dimensionsOf, indicatorsUnder } from '../../extension/lib/tree-filters';

const node = (id: number, level: 1 | 2 | 3, parentId: number | null): IndicatorNode => ({
  id, parentId, level, position: id, code: `N${id}`, name: { zh: `节点${id}`, en: `Node ${id}` }, guidance: null, kind: null, industries: [], weight: 1, maxScore: level === 3 ? 10 : null, rubric: null, keywords: { zh: [], en: [] }, validity: null,
});
// Two dimensions (1, 2), each with a group (11, 21) and scored indicators (111, 112; 211).
const tree = [node(1, 1, null), node(2, 1, null), node(11, 2, 1), node(21, 2, 2), node(111, 3, 11), node(112, 3, 11), node(211, 3, 21)];

const task = (id: number, indicatorId: number, status: Rectification['status'], dueOn: string): Rectification => ({
  id, roundId: 1, enterprise: { id: 5, name: '上海华鑫汽车零部件有限公司', street: '安亭镇' }, indicator: { id: indicatorId, code: `N${indicatorId}`, name: { zh: '', en: '' } }, reason: 'veto', requiredAction: '补签劳动合同', dueOn, status,
  plan: null, evidenceIds: [], evidenceLinks: [], followUp: null, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: null, version: 1,
});

describe('the indicator tree as filters read it', () => {
  it('finds the dimensions, each scored indicator’s dimension and the indicators under one', () => {
    expect(dimensionsOf(tree).map((n) => n.id)).toEqual([1, 2]);
    expect([...dimensionOfIndicator(tree)]).toEqual([[111, 1], [112, 1], [211, 2]]);
    expect(indicatorsUnder(tree, 1).map((n) => n.id)).toEqual([111, 112]);
    expect(indicatorsUnder(tree, undefined).map((n) => n.id)).toEqual([111, 112, 211]);
    expect(indicatorsUnder(tree, 99)).toEqual([]);
  });
});

describe('tasksMatching', () => {
  const tasks = [task(1, 111, 'open', '2027-03-31'), task(2, 112, 'submitted', '2027-06-30'), task(3, 211, 'open', '2027-06-30')];
  const ids = (filters: Parameters<typeof tasksMatching>[1]) => tasksMatching(tasks, filters, dimensionOfIndicator(tree)).map((t) => t.id);

  it.each([
    [{}, [1, 2, 3]],
    [{ status: 'open' as const }, [1, 3]],
    [{ dimensionId: 1 }, [1, 2]],
    [{ dimensionId: 2, status: 'submitted' as const }, []],
    // Both ends of the due range count, as the worker's <= and >= do.
    [{ dueBefore: '2027-03-31' }, [1]],
    [{ dueAfter: '2027-06-30' }, [2, 3]],
    [{ dueAfter: '2027-04-01', dueBefore: '2027-06-29' }, []],
    // Street and search choose the enterprise, not its tasks.
    [{ street: '马陆镇' }, [1, 2, 3]],
  ])('%j leaves %j', (filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });
});
