// The indicator tree from its flat rows: dimensions, their groups, their scored indicators, in reading order.

export type TreeRow = { id: number; parentId: number | null; level: number; position: number };
export type TreeNode<T extends TreeRow> = T & { children: TreeNode<T>[] };

export function buildTree<T extends TreeRow>(rows: T[]): TreeNode<T>[] {
  const nodes = new Map<number, TreeNode<T>>(rows.map((row) => [row.id, { ...row, children: [] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TreeNode<T>[]) => {
    list.sort((a, b) => a.position - b.position);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Scored (leaf) indicators in the order a reader meets them in the tree. */
export function leavesInOrder<T extends TreeRow>(rows: T[]): T[] {
  const out: T[] = [];
  const walk = (list: TreeNode<T>[]) =>
    list.forEach((node) => {
      if (node.children.length === 0 && node.level === 3) {
        const { children: _children, ...row } = node;
        out.push(row as unknown as T);
      }
      walk(node.children);
    });
  walk(buildTree(rows));
  return out;
}
