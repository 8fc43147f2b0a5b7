import { describe, expect, it } from 'vitest';
import { diffFrameworks, sameValue } from '../../shared/domain/framework-diff';
import { parseDefaultFramework } from '../../shared/framework/default';
import { FrameworkDoc } from '../../shared/schemas/framework';
import { miniFramework } from '../support/mini-framework';

const base = () => FrameworkDoc.parse(miniFramework);
type Doc = ReturnType<typeof base>;
const staff = (doc: Doc) => doc.dimensions[0]!.children[0]!.children;

/** Each edit with what the diff must report, as [kind, code, changed fields]. */
const edits: [string, (doc: Doc) => void, [string, string, string[]][]][] = [
  ['nothing', () => {}, []],
  ['a weight', (doc) => (staff(doc)[1]!.weight = 2), [['changed', 'STAFF.1.2', ['weight']]]],
  ['a name and keywords', (doc) => Object.assign(staff(doc)[0]!, { name: { zh: '劳动合同', en: 'Contracts' }, keywords: { zh: ['合同'], en: ['contract'] } }), [['changed', 'STAFF.1.1', ['name', 'keywords']]]],
  ['a rubric level', (doc) => staff(doc)[0]!.rubric.push({ min: 9, label: { zh: '优秀', en: 'Excellent' }, description: { zh: '优', en: 'Best' } }), [['changed', 'STAFF.1.1', ['rubric']]]],
  [
    'an added indicator',
    (doc) => staff(doc).push({ ...staff(doc)[1]!, code: 'STAFF.1.3', name: { zh: '职业健康', en: 'Health' } }),
    [['added', 'STAFF.1.3', []]],
  ],
  ['a removed indicator', (doc) => staff(doc).splice(1, 1), [['removed', 'STAFF.1.2', []]]],
  ['two siblings swapped', (doc) => staff(doc).reverse(), [['changed', 'STAFF.1.2', ['position']], ['changed', 'STAFF.1.1', ['position']]]],
  [
    'an indicator moved to another group',
    (doc) => doc.dimensions[1]!.children[0]!.children.push(staff(doc).splice(1, 1)[0]!),
    [['changed', 'STAFF.1.2', ['parentCode']]],
  ],
  ['a removal does not make its later siblings look moved', (doc) => staff(doc).splice(0, 1), [['removed', 'STAFF.1.1', []]]],
];

describe('diffFrameworks', () => {
  it.each(edits)('reports %s', (_name, edit, expected) => {
    const after = base();
    edit(after);
    const diff = diffFrameworks(base(), after);
    expect(diff.nodes.map((n) => [n.kind, n.code, n.kind === 'changed' ? n.changes.map((c) => c.field) : []])).toEqual(expected);
  });

  it('reports the document and settings fields that differ, with both values', () => {
    const after = base();
    after.name = { zh: '测试标准(修订)', en: 'Test standard (revised)' };
    after.settings.vetoGrade = 'B';
    after.settings.consensus.method = 'mean';
    const diff = diffFrameworks(base(), after);
    expect(diff.document).toEqual([{ field: 'name', before: base().name, after: after.name }]);
    expect(diff.settings.map((c) => c.field)).toEqual(['consensus', 'vetoGrade']);
    expect(diff.settings[1]).toEqual({ field: 'vetoGrade', before: 'C', after: 'B' });
  });

  it('finds nothing between the default framework and itself', () => {
    expect(diffFrameworks(parseDefaultFramework(), parseDefaultFramework())).toEqual({ document: [], settings: [], nodes: [] });
  });
});

describe('sameValue', () => {
  it.each([
    [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [[1, 2], [2, 1], false],
    [{ a: null }, { a: 0 }, false],
    ['1', 1, false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});
