import { describe, expect, it } from 'vitest';
import { addDimension, addGroup, addIndicator, codeAtIssuePath, moveIndicatorToGroup, moveNode, nextCode, nodeAt, removeNode, renameDimension } from '../../shared/domain/framework-edit';
import { FrameworkDoc } from '../../shared/schemas/framework';
import { miniFramework } from '../support/mini-framework';

const doc = () => FrameworkDoc.parse(miniFramework);
const codes = (d: ReturnType<typeof doc>) => d.dimensions.map((dim) => [dim.code, dim.children.map((g) => [g.code, g.children.map((i) => i.code)])]);

describe('nextCode', () => {
  it.each([
    ['STAFF', [], 'STAFF.1'],
    ['STAFF', [{ code: 'STAFF.1' }, { code: 'STAFF.3' }], 'STAFF.4'],
    ['STAFF.1', [{ code: 'STAFF.1.2' }], 'STAFF.1.3'],
  ])('under %s after %j is %s', (parent, siblings, expected) => {
    expect(nextCode(parent, siblings)).toBe(expected);
  });
});

describe('draft edits', () => {
  it('adds an indicator, a group and a dimension that the schema accepts once weights sum to 100', () => {
    const d = doc();
    expect(addIndicator(d, 0, 0)).toEqual({ d: 0, g: 0, i: 2 });
    expect(nodeAt(d, { d: 0, g: 0, i: 2 })?.code).toBe('STAFF.1.3');
    expect(addGroup(d, 1)).toEqual({ d: 1, g: 1 });
    expect(nodeAt(d, { d: 1, g: 1 })?.code).toBe('ENV.2');
    expect(addDimension(d)).toEqual({ d: 2 });
    expect(FrameworkDoc.safeParse(d).success).toBe(false);
    d.dimensions[0]!.weight = 59;
    expect(FrameworkDoc.safeParse(d).success).toBe(true);
  });

  it('moves among siblings, into another group with a new code, and removes', () => {
    const d = doc();
    expect(moveNode(d, { d: 0, g: 0, i: 0 }, 1)).toEqual({ d: 0, g: 0, i: 1 });
    expect(moveNode(d, { d: 0, g: 0, i: 1 }, 1)).toEqual({ d: 0, g: 0, i: 1 });
    expect(moveNode(d, { d: 1 }, -1)).toEqual({ d: 0 });
    expect(codes(d)).toEqual([
      ['ENV', [['ENV.1', ['ENV.1.1', 'ENV.1.2']]]],
      ['STAFF', [['STAFF.1', ['STAFF.1.2', 'STAFF.1.1']]]],
    ]);
    expect(moveIndicatorToGroup(d, { d: 1, g: 0, i: 0 }, { d: 0, g: 0 })).toEqual({ d: 0, g: 0, i: 2 });
    expect(codes(d)[0]).toEqual(['ENV', [['ENV.1', ['ENV.1.1', 'ENV.1.2', 'ENV.1.3']]]]);
    removeNode(d, { d: 0, g: 0, i: 1 });
    expect(codes(d)[0]).toEqual(['ENV', [['ENV.1', ['ENV.1.1', 'ENV.1.3']]]]);
    expect(FrameworkDoc.safeParse(d).success).toBe(true);
  });

  it('renames a dimension and every code below it', () => {
    const d = doc();
    renameDimension(d, 1, 'GREEN');
    expect(codes(d)[1]).toEqual(['GREEN', [['GREEN.1', ['GREEN.1.1', 'GREEN.1.2']]]]);
    expect(FrameworkDoc.safeParse(d).success).toBe(true);
  });

  it.each([
    [['dimensions', 1, 'children', 0, 'children', 1, 'rubric'], 'ENV.1.2'],
    [['dimensions', 0, 'children', 0, 'weight'], 'STAFF.1'],
    [['dimensions', 0], 'STAFF'],
    [['settings', 'vetoGrade'], null],
  ])('finds the node of issue path %j', (path, expected) => {
    expect(codeAtIssuePath(doc(), path)).toBe(expected);
  });
});
