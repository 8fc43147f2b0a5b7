/** The row of a node of the indicator tree: a button that opens and closes it (Enter, Space), one tab stop
 * for the whole tree (roving tabindex), marked for the arrow-key moves of IndicatorTree. */
import type { ComponentChildren } from 'preact';

export type TreeRowButtonProps = {
  id: number;
  parentId: number | null;
  expanded: boolean;
  /** The row the tree's tab stop is on. */
  active: boolean;
  onToggle: (id: number) => void;
  children: ComponentChildren;
};

export function TreeRowButton({ id, parentId, expanded, active, onToggle, children }: TreeRowButtonProps) {
  return (
    <button
      type="button"
      class="tree-row"
      data-tree-row={id}
      data-parent-row={parentId ?? undefined}
      aria-expanded={expanded}
      aria-controls={`tree-body-${id}`}
      tabIndex={active ? 0 : -1}
      onClick={() => onToggle(id)}
    >
      <span class="twisty" aria-hidden="true">{expanded ? '▾' : '▸'}</span>
      {children}
    </button>
  );
}
