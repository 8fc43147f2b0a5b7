// A framework's indicator rows as the evaluation reads them: dimensions, groups and scored indicators.
import type { ScoringFramework } from './evaluate';

export type FrameworkRow = {
  id: number;
  code: string;
  level: number;
  parentId: number | null;
  weight: number;
  kind: 'mandatory' | 'voluntary' | 'special' | null;
  industries: readonly string[];
  maxScore: number | null;
};

export function scoringFramework(rows: readonly FrameworkRow[], settings: ScoringFramework['settings']): ScoringFramework {
  const node = (n: FrameworkRow) => ({ id: n.id, code: n.code, parentId: n.parentId, weight: n.weight });
  return {
    dimensions: rows.filter((n) => n.level === 1).map((n) => ({ ...node(n), parentId: null })),
    groups: rows.filter((n) => n.level === 2).map(node),
    indicators: rows
      .filter((n) => n.level === 3)
      .map((n) => ({ id: n.id, code: n.code, groupId: n.parentId!, kind: n.kind!, industries: n.industries, weight: n.weight, maxScore: n.maxScore! })),
    settings,
  };
}
