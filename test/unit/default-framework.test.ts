import { describe, expect, it } from 'vitest';
import { parseDefaultFramework } from '../../shared/framework/default';
import { FrameworkDoc } from '../../shared/schemas/framework';
import { miniFramework } from '../support/mini-framework';

describe('the default framework shipped as seed data', () => {
  const doc = parseDefaultFramework();
  const indicators = doc.dimensions.flatMap((d) => d.children.flatMap((g) => g.children));

  it('has 5 dimensions, 16 second-level groups and 64 indicators (12 mandatory, 6 special)', () => {
    expect(doc.dimensions.map((d) => d.code)).toEqual(['STAFF', 'MGMT', 'GOV', 'COMM', 'ENV']);
    expect(doc.dimensions.flatMap((d) => d.children)).toHaveLength(16);
    expect(indicators).toHaveLength(64);
    expect(indicators.filter((i) => i.kind === 'mandatory')).toHaveLength(12);
    expect(indicators.filter((i) => i.kind === 'special')).toHaveLength(6);
  });

  it('fills every field in Chinese and English', () => {
    for (const indicator of indicators) {
      expect(indicator.guidance.zh.length, indicator.code).toBeGreaterThan(10);
      expect(indicator.guidance.en.length, indicator.code).toBeGreaterThan(20);
      expect(indicator.keywords.zh.length, indicator.code).toBeGreaterThanOrEqual(4);
      expect(indicator.keywords.en.length, indicator.code).toBeGreaterThanOrEqual(4);
      expect(indicator.rubric.every((level) => level.description.zh && level.description.en), indicator.code).toBe(true);
    }
  });
});

describe('FrameworkDoc cross-field rules', () => {
  const clone = () => structuredClone(miniFramework) as Parameters<typeof FrameworkDoc.parse>[0] & typeof miniFramework;
  const problems = (doc: unknown) => FrameworkDoc.safeParse(doc).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('accepts the test framework', () => expect(problems(miniFramework)).toEqual([]));

  it('refuses dimension weights that do not sum to 100', () => {
    const doc = clone();
    doc.dimensions[0]!.weight = 50;
    expect(problems(doc)).toContainEqual(expect.stringContaining('sum to 100'));
  });

  it('refuses a special indicator without industries and a code outside its parent', () => {
    const doc = clone();
    const group = doc.dimensions[1]!.children[0]!;
    group.children[1]!.industries = [];
    group.children[0]!.code = 'STAFF.1.9';
    const found = problems(doc);
    expect(found).toContainEqual(expect.stringContaining('names its industries'));
    expect(found).toContainEqual(expect.stringContaining('Expected ENV.1.<n>'));
  });

  it('refuses rubric levels that do not start at 0 or do not rise', () => {
    const doc = clone();
    const rubric = doc.dimensions[0]!.children[0]!.children[0]!.rubric!;
    rubric[0]!.min = 1;
    rubric[1]!.min = 1;
    const found = problems(doc);
    expect(found).toContainEqual(expect.stringContaining('starts at 0'));
    expect(found).toContainEqual(expect.stringContaining('go up strictly'));
  });

  it('refuses a veto grade that is not a band', () => {
    const doc = clone();
    doc.settings.vetoGrade = 'Z';
    expect(problems(doc)).toContainEqual(expect.stringContaining('veto grade'));
  });
});
