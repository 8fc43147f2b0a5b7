// The side panel as its reader left it, kept per user: rows opened or closed by hand in each enterprise, and
// whether other experts' rationales are unfolded. Rows never touched follow the panel's defaults.
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PanelLayout } from '../../shared/schemas/panel-layout';
import { REMEMBERED_ENTERPRISES } from '../../shared/schemas/values';
import { panelLayoutOf } from './storage';

/** The layout with `changes` to one enterprise's rows; that enterprise becomes the most recent, the oldest beyond the limit are forgotten. */
export function withRows(layout: PanelLayout, key: string, changes: Record<number, boolean>): PanelLayout {
  const { [key]: previous = {}, ...others } = layout.rows;
  const kept = Object.entries(others).slice(-(REMEMBERED_ENTERPRISES - 1));
  return { ...layout, rows: { ...Object.fromEntries(kept), [key]: { ...previous, ...changes } } };
}

export type PanelLayoutValue = {
  /** False until the stored layout was read. */
  loaded: boolean;
  rowsOf: (key: string) => Readonly<Record<number, boolean>>;
  setRows: (key: string, changes: Record<number, boolean>) => void;
  rationalesOpen: boolean;
  setRationalesOpen: (open: boolean) => void;
};

export function usePanelLayout(userId: number): PanelLayoutValue {
  const item = useMemo(() => panelLayoutOf(userId), [userId]);
  const [layout, setLayout] = useState<PanelLayout | null>(null);
  useEffect(() => {
    let live = true;
    void item.getValue().then((value) => live && setLayout(value));
    const unwatch = item.watch((value) => setLayout(value));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  // Changes are written one after another, each on the one before: two quick clicks must not lose one.
  const writing = useRef<Promise<void>>(Promise.resolve());
  const save = useCallback(
    (change: (layout: PanelLayout) => PanelLayout) => {
      writing.current = writing.current.then(async () => {
        const next = change(await item.getValue());
        setLayout(next);
        await item.setValue(next);
      });
    },
    [item],
  );
  return {
    loaded: layout !== null,
    rowsOf: (key) => layout?.rows[key] ?? {},
    setRows: (key, changes) => save((l) => withRows(l, key, changes)),
    rationalesOpen: layout?.rationalesOpen ?? false,
    setRationalesOpen: (open) => save((l) => ({ ...l, rationalesOpen: open })),
  };
}

/** Whether other experts' rationales are unfolded, for every experts' panel of the tree. */
export const RationalesContext = createContext<{ open: boolean; setOpen: (open: boolean) => void }>({ open: false, setOpen: () => {} });
export const useRationales = () => useContext(RationalesContext);
