// What every part of the side panel needs without passing it down row by row: who reads, in which round,
// and how to show a change the worker confirmed at once and then ask it for the whole state again.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelState } from '../../shared/schemas/panel';

export type PanelContextValue = {
  viewer: PanelState['viewer'];
  roundId: number;
  enterpriseId: number;
  /** Ask the worker for the state now. */
  refresh: () => Promise<void>;
  /** Show a confirmed change before the next state arrives. */
  update: (change: (state: PanelState) => PanelState) => void;
};

export const PanelContext = createContext<PanelContextValue | null>(null);

export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('usePanel outside a PanelContext');
  return value;
}
