/** The indicator tree (dimension → group → indicator) of the enterprise: every row opens and closes, a filter
 * narrows it to a work queue, and the arrow keys move through it (↑ ↓ Home End, → opens, ← closes). An
 * indicator opens by default only when it waits for the reader (needsReader); rows opened or closed by hand
 * are the reader's and reported to be remembered. Rows filtered out stay mounted, hidden, so nothing typed in
 * them is lost. The rows show at once; the evidence beneath the open ones follows in batches of about
 * CARDS_PER_BATCH cards at first, then as many as this device renders in about 25 ms, a task each, so that hundreds
 * of cards never make one long frame. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '../lib/ports/messages';
import type { IndicatorNode } from '../../shared/schemas/round';
import { localized } from '../lib/locale';
import { matchesFilter, needsReader, type IndicatorSlice, type PanelFilter } from '../lib/panel-view';
import { treeKeyMove, type TreeRow } from '../lib/tree-keys';
import { useProgressiveReveal } from '../lib/use-progressive-reveal';
import { IndicatorRow } from './IndicatorRow';
import { TreeRowButton } from './TreeRowButton';

const CARDS_PER_BATCH = 40;

/** Marked once the panel first showed an indicator tree, and once its every card in an open row is on screen, for measuring open-to-render. */
export const RENDERED_MARK = 'csr-panel-rendered';
export const COMPLETE_MARK = 'csr-panel-complete';

export type IndicatorTreeProps = {
  tree: readonly IndicatorNode[];
  slices: Readonly<Record<number, IndicatorSlice>>;
  filter: PanelFilter;
  /** Rows the reader opened (true) or closed (false) by hand before; the others follow the defaults. */
  rows?: Readonly<Record<number, boolean>>;
  /** Rows the reader opens or closes now, to remember. */
  onRowsChange?: (changes: Record<number, boolean>) => void;
  /** Once, when every card of the rows open at first is on screen: what the panel asks for besides its state waits for it. */
  onComplete?: () => void;
};

/** The rows a reader can reach now (not inside anything hidden), in reading order. */
function visibleRows(container: HTMLElement): { row: TreeRow; element: HTMLElement }[] {
  return [...container.querySelectorAll<HTMLElement>('[data-tree-row]')]
    .filter((element) => !element.closest('[hidden]'))
    .map((element) => ({
      element,
      row: {
        id: Number(element.dataset.treeRow),
        parentId: element.dataset.parentRow ? Number(element.dataset.parentRow) : null,
        expanded: element.getAttribute('aria-expanded') === 'true',
      },
    }));
}

export function IndicatorTree({ tree, slices, filter, rows: remembered = {}, onRowsChange, onComplete }: IndicatorTreeProps) {
  // The defaults are taken once, from the state first shown: a row never closes under the reader's hands
  // because the last thing it waited for was done.
  const [waiting] = useState(() => new Set(Object.values(slices).filter(needsReader).map((s) => s.node.id)));
  const [rows, setRows] = useState<Readonly<Record<number, boolean>>>(remembered);
  const [activeId, setActiveId] = useState<number | null>(null);
  const isOpen = (id: number) => rows[id] ?? (slices[id] ? waiting.has(id) : true);
  const current = useRef({ isOpen, onRowsChange, onComplete });
  current.current = { isOpen, onRowsChange, onComplete };
  const change = useCallback((changes: Record<number, boolean>) => {
    setRows((r) => ({ ...r, ...changes }));
    current.current.onRowsChange?.(changes);
  }, []);
  const toggle = useCallback((id: number) => change({ [id]: !current.current.isOpen(id) }), []);
  const children = useMemo(() => {
    const byParent = new Map<number | null, IndicatorNode[]>();
    for (const node of tree) byParent.set(node.parentId, [...(byParent.get(node.parentId) ?? []), node]);
    for (const list of byParent.values()) list.sort((a, b) => a.position - b.position);
    return (id: number | null) => byParent.get(id) ?? [];
  }, [tree]);
  const readingOrder = useMemo(() => {
    const leaves: number[] = [];
    const walk = (id: number | null) => children(id).forEach((n) => (slices[n.id] ? leaves.push(n.id) : walk(n.id)));
    walk(null);
    return leaves;
  }, [children]);
  const revealed = useProgressiveReveal(
    useMemo(() => readingOrder.map((id) => 1 + (isOpen(id) ? (slices[id]?.evidence.length ?? 0) : 0)), [readingOrder]),
    CARDS_PER_BATCH,
  );
  const ready = useMemo(() => new Set(readingOrder.slice(0, revealed)), [readingOrder, revealed]);
  const complete = revealed >= readingOrder.length;
  useEffect(() => {
    if (performance.getEntriesByName(RENDERED_MARK).length === 0) performance.mark(RENDERED_MARK);
  }, []);
  useEffect(() => {
    if (!complete) return;
    if (performance.getEntriesByName(COMPLETE_MARK).length === 0) performance.mark(COMPLETE_MARK);
    current.current.onComplete?.();
  }, [complete]);
  const shown = (node: IndicatorNode): boolean => {
    const slice = slices[node.id];
    return slice ? matchesFilter(slice, filter) : children(node.id).some(shown);
  };
  const firstId = children(null)[0]?.id ?? null;
  const active = activeId ?? firstId;

  const onKeyDown = (event: KeyboardEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-tree-row]');
    if (!target) return;
    const rows = visibleRows(event.currentTarget as HTMLElement);
    const move = treeKeyMove(event.key, rows.map((r) => r.row), Number(target.dataset.treeRow));
    if (!move) return;
    event.preventDefault();
    if ('toggle' in move) return toggle(move.toggle);
    setActiveId(move.focus);
    rows.find((r) => r.row.id === move.focus)?.element.focus();
  };
  const onFocusIn = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-tree-row]');
    if (row && (event.target as HTMLElement) === row) setActiveId(Number(row.dataset.treeRow));
  };

  /** Cards the reader can see now (open rows, within the filter), for measuring that they all rendered. */
  let openCards = 0;
  const branch = (node: IndicatorNode, level: 1 | 2, parentOpen = true) => (
    <section key={node.id} class={`branch level-${level}`} data-node-code={node.code} hidden={!shown(node)}>
      {level === 1 ? (
        <h2><TreeRowButton id={node.id} parentId={node.parentId} expanded={isOpen(node.id)} active={active === node.id} onToggle={toggle}><span class="code">{node.code}</span> {localized(node.name)}</TreeRowButton></h2>
      ) : (
        <h3><TreeRowButton id={node.id} parentId={node.parentId} expanded={isOpen(node.id)} active={active === node.id} onToggle={toggle}><span class="code">{node.code}</span> {localized(node.name)}</TreeRowButton></h3>
      )}
      <div id={`tree-body-${node.id}`} hidden={!isOpen(node.id)}>
        {children(node.id).map((child) => {
          const slice = slices[child.id];
          if (!slice) return branch(child, 2, parentOpen && isOpen(node.id));
          if (parentOpen && isOpen(node.id) && isOpen(child.id) && matchesFilter(slice, filter)) openCards += slice.evidence.length;
          return (
            <IndicatorRow
              key={child.id}
              slice={slice}
              expanded={isOpen(child.id)}
              active={active === child.id}
              hidden={!matchesFilter(slice, filter)}
              ready={ready.has(child.id)}
              onToggle={toggle}
            />
          );
        })}
      </div>
    </section>
  );

  const any = Object.values(slices).some((s) => matchesFilter(s, filter));
  const dimensions = children(null).map((dimension) => branch(dimension, 1));
  return (
    <div class="indicator-tree" aria-label={i18n.t('panel.tree')} onKeyDown={onKeyDown} onFocusIn={onFocusIn} data-testid="indicator-tree">
      <div class="row tree-tools">
        <button type="button" class="link" data-testid="expand-all" onClick={() => change(Object.fromEntries(tree.map((n) => [n.id, true])))}>{i18n.t('panel.expandAll')}</button>
        <button type="button" class="link" data-testid="collapse-all" onClick={() => change(Object.fromEntries(tree.map((n) => [n.id, false])))}>{i18n.t('panel.collapseAll')}</button>
      </div>
      {!any && <p class="muted">{i18n.t('panel.noMatch')}</p>}
      {dimensions}
      <span hidden data-testid="open-cards" data-count={openCards} />
    </div>
  );
}
