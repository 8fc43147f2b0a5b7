// The keyboard of every search-result list (WAI-ARIA combobox with a listbox): focus stays in the search
// box, ↑ ↓ move the active option (announced through aria-activedescendant), Enter chooses it, Escape
// dismisses the list. One hook for the indicator picker, the enterprise field and the console's choices.
import { useEffect, useState } from 'preact/hooks';

export type ListboxOptions = {
  /** The listbox element's id; each option's id derives from it. */
  id: string;
  /** How many options are shown. */
  count: number;
  onChoose: (index: number) => void;
  /** Closes or clears the list; absent while there is nothing to dismiss (Escape then reaches the page). */
  onEscape?: () => void;
  /** When this changes (the query), the first option is active again. */
  resetOn?: unknown;
};

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

export function useListbox({ id, count, onChoose, onEscape, resetOn }: ListboxOptions) {
  const [wanted, setWanted] = useState({ index: 0, for: resetOn });
  const index = Object.is(wanted.for, resetOn) ? wanted.index : 0;
  const active = count === 0 ? -1 : Math.min(index, count - 1);
  const setActive = (next: number) => setWanted({ index: next, for: resetOn });

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(id, active))?.scrollIntoView?.({ block: 'nearest' });
  }, [id, active]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.max(0, Math.min(count - 1, active + step)));
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && active >= 0) {
      event.preventDefault();
      onChoose(active);
    } else if (event.key === 'Escape' && onEscape) {
      // The list closes; the dialog around it (the picker) stays open.
      event.preventDefault();
      event.stopPropagation();
      onEscape();
    }
  };

  return {
    active,
    inputProps: {
      role: 'combobox' as const,
      'aria-autocomplete': 'list' as const,
      'aria-controls': id,
      'aria-expanded': count > 0,
      'aria-activedescendant': active >= 0 ? optionId(id, active) : undefined,
      onKeyDown,
    },
    listProps: { id, role: 'listbox' as const },
    optionProps: (index: number) => ({
      id: optionId(id, index),
      role: 'option' as const,
      'aria-selected': index === active,
      // Only a moving pointer takes over from the keyboard: a list may open under a still one (the picker's list
      // appears where the selection button was), and Enter must still take the first option.
      onMouseMove: (event: MouseEvent) => {
        if ((event.movementX || event.movementY) && index !== active) setActive(index);
      },
      // Keeps the focus in the search box, so the keys go on working after a click.
      onMouseDown: (event: MouseEvent) => event.preventDefault(),
      onClick: () => onChoose(index),
    }),
  };
}
