// Keyboard moves in the indicator tree, as the WAI-ARIA tree pattern has them: ↑/↓ to the previous or next
// visible row, Home/End to the first or last, → opens a row or steps into it, ← closes it or steps out.
// Enter and Space are the rows' own (they are buttons).

/** A visible row of the tree, in reading order. */
export type TreeRow = { id: number; expanded: boolean; parentId: number | null };

export type TreeMove = { focus: number } | { toggle: number } | null;

export function treeKeyMove(key: string, rows: readonly TreeRow[], currentId: number): TreeMove {
  const index = rows.findIndex((r) => r.id === currentId);
  const row = rows[index];
  if (!row) return rows[0] ? { focus: rows[0].id } : null;
  const at = (i: number) => (rows[i] ? { focus: rows[i].id } : null);
  switch (key) {
    case 'ArrowDown':
      return at(index + 1);
    case 'ArrowUp':
      return at(index - 1);
    case 'Home':
      return at(0);
    case 'End':
      return at(rows.length - 1);
    case 'ArrowRight':
      if (!row.expanded) return { toggle: row.id };
      return rows[index + 1]?.parentId === row.id ? at(index + 1) : null;
    case 'ArrowLeft':
      if (row.expanded) return { toggle: row.id };
      return row.parentId === null ? null : { focus: row.parentId };
    default:
      return null;
  }
}
