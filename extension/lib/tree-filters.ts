// The round's indicator tree as list filters use it: its dimensions, the scored indicators under one, and the
// dimension each scored indicator sits in (two levels up).
import type { IndicatorNode } from '../../shared/schemas/round';

export const dimensionsOf = (tree: readonly IndicatorNode[]) => tree.filter((n) => n.level === 1);

/** Each scored indicator's dimension, by indicator id. */
export function dimensionOfIndicator(tree: readonly IndicatorNode[]): Map<number, number> {
  const parent = new Map(tree.map((n) => [n.id, n.parentId]));
  return new Map(
    tree.flatMap((n) => {
      const dimension = n.level === 3 && n.parentId !== null ? parent.get(n.parentId) : null;
      return dimension == null ? [] : [[n.id, dimension] as const];
    }),
  );
}

/** The scored indicators under a dimension (all of them when none is chosen), in the tree's order. */
export function indicatorsUnder(tree: readonly IndicatorNode[], dimensionId: number | undefined): IndicatorNode[] {
  const dimensionOf = dimensionOfIndicator(tree);
  return tree.filter((n) => n.level === 3 && (dimensionId === undefined || dimensionOf.get(n.id) === dimensionId));
}
