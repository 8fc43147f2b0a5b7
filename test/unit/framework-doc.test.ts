import { describe, expect, it } from 'vitest';
import { flattenFrameworkDoc, frameworkDocFromNodes } from '../../shared/domain/framework-doc';
import { parseDefaultFramework } from '../../shared/framework/default';
import { FrameworkDoc } from '../../shared/schemas/framework';
import { miniFramework } from '../support/mini-framework';

/** Gives flat rows the ids and parent ids storing them would. */
function stored(rows: ReturnType<typeof flattenFrameworkDoc>) {
  const ids = new Map(rows.map((r, i) => [r.code, i + 1]));
  return rows.map(({ parentCode, ...r }) => ({ ...r, id: ids.get(r.code)!, parentId: parentCode === null ? null : ids.get(parentCode)! }));
}

describe('framework documents as rows', () => {
  it.each([
    ['the default framework', parseDefaultFramework()],
    ['the test framework', FrameworkDoc.parse(miniFramework)],
  ])('%s flattens depth first and reads back unchanged', (_name, doc) => {
    const rows = flattenFrameworkDoc(doc);
    expect(rows[0]).toMatchObject({ level: 1, parentCode: null, position: 0 });
    expect(rows[1]).toMatchObject({ level: 2, parentCode: doc.dimensions[0]!.code });
    expect(rows[2]).toMatchObject({ level: 3, parentCode: doc.dimensions[0]!.children[0]!.code });
    const shuffled = stored(rows).reverse();
    expect(frameworkDocFromNodes(doc, shuffled)).toEqual(doc);
  });

  it('has the counts FRAMEWORK.md gives', () => {
    const rows = flattenFrameworkDoc(parseDefaultFramework());
    expect([1, 2, 3].map((level) => rows.filter((r) => r.level === level).length)).toEqual([5, 16, 64]);
  });
});

describe('the agreement setting', () => {
  const withAgreement = (agreement: unknown) => FrameworkDoc.safeParse({ ...miniFramework, settings: { ...miniFramework.settings, agreement } });

  it('is optional, and names a metric for the framework or for indicators of it', () => {
    expect(FrameworkDoc.parse(miniFramework).settings.agreement).toBeUndefined();
    expect(withAgreement({ metric: 'interval', indicators: { 'STAFF.1.1': 'ordinal' } }).success).toBe(true);
  });

  it.each([
    ['an unknown metric', { metric: 'cardinal' }],
    ['a code that is no indicator of the framework', { indicators: { 'STAFF.9.9': 'interval' } }],
    ['a dimension instead of an indicator', { indicators: { STAFF: 'interval' } }],
  ])('refuses %s', (_name, agreement) => expect(withAgreement(agreement).success).toBe(false));
});
