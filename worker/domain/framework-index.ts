// Lookups over a pinned framework's indicator rows that the round-scale queues need: each scored indicator
// with its group and dimension, each dimension's scored indicators, and what an assignment's nodes cover. Pure.
import type { EvidenceValidity, RubricLevel } from '../../shared/schemas/framework';
import type { QueueIndicator } from '../../shared/schemas/queues';

export type FrameworkRowLike = {
  id: number;
  parentId: number | null;
  level: number;
  position: number;
  code: string;
  nameZh: string;
  nameEn: string;
  kind: 'mandatory' | 'voluntary' | 'special' | null;
  industries: string[];
  maxScore: number | null;
  rubric: RubricLevel[] | null;
  validity: EvidenceValidity | null;
};

export type Leaf = FrameworkRowLike & { groupId: number; dimensionId: number; maxScore: number; rubric: RubricLevel[] };

export type FrameworkIndex = {
  /** Scored (level 3) indicators by id. */
  leaves: Map<number, Leaf>;
  /** Dimensions (level 1) by id, with their scored indicators' ids in reading order. */
  dimensions: Map<number, { row: FrameworkRowLike; leafIds: number[] }>;
};

const cache = new WeakMap<readonly FrameworkRowLike[], FrameworkIndex>();

/** The index of `rows` (memoised per rows array: a pinned framework's rows never change). */
export function frameworkIndex(rows: readonly FrameworkRowLike[]): FrameworkIndex {
  const known = cache.get(rows);
  if (known) return known;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = [...rows].sort((a, b) => a.level - b.level || a.position - b.position);
  const leaves = new Map<number, Leaf>();
  const dimensions = new Map(ordered.filter((r) => r.level === 1).map((r) => [r.id, { row: r, leafIds: [] as number[] }]));
  const position = (r: FrameworkRowLike | undefined) => r?.position ?? 0;
  const leafRows = rows
    .filter((r) => r.level === 3)
    .map((r) => {
      const group = byId.get(r.parentId!);
      return { r, group, dimension: group ? byId.get(group.parentId!) : undefined };
    })
    .sort((a, b) => position(a.dimension) - position(b.dimension) || position(a.group) - position(b.group) || a.r.position - b.r.position);
  for (const { r, group, dimension } of leafRows) {
    if (!group || !dimension) continue;
    leaves.set(r.id, { ...r, groupId: group.id, dimensionId: dimension.id, maxScore: r.maxScore ?? 0, rubric: r.rubric ?? [] });
    dimensions.get(dimension.id)?.leafIds.push(r.id);
  }
  const index = { leaves, dimensions };
  cache.set(rows, index);
  return index;
}

/** A scored indicator as queue items show it. */
export const queueIndicator = (leaf: Leaf): QueueIndicator => ({ id: leaf.id, code: leaf.code, name: { zh: leaf.nameZh, en: leaf.nameEn }, dimensionId: leaf.dimensionId });

/** Scored indicators (ids, reading order) under any of `nodeIds` (dimensions, groups or indicators), as an assignment covers them. */
export function leavesUnder(index: FrameworkIndex, nodeIds: Iterable<number>): number[] {
  const nodes = new Set(nodeIds);
  return [...index.leaves.values()].filter((l) => nodes.has(l.id) || nodes.has(l.groupId) || nodes.has(l.dimensionId)).map((l) => l.id);
}

/**
 * The scored indicators a queue's dimension and indicator filters leave (null: no such filter), or the name of the
 * filter that names no dimension or scored indicator of the framework.
 */
export function indicatorFilter(index: FrameworkIndex, filters: { dimensionId?: number; indicatorId?: number }): { ids: number[] | null } | { unknown: 'dimensionId' | 'indicatorId' } {
  if (filters.dimensionId !== undefined && !index.dimensions.has(filters.dimensionId)) return { unknown: 'dimensionId' };
  if (filters.indicatorId !== undefined && !index.leaves.has(filters.indicatorId)) return { unknown: 'indicatorId' };
  if (filters.indicatorId !== undefined) {
    const leaf = index.leaves.get(filters.indicatorId)!;
    return { ids: filters.dimensionId === undefined || leaf.dimensionId === filters.dimensionId ? [leaf.id] : [] };
  }
  return { ids: filters.dimensionId === undefined ? null : index.dimensions.get(filters.dimensionId)!.leafIds };
}
