// The reviewers' keyboard triage of the evidence queue: which key does what, and when a key press is typing
// rather than a command (in a field, or with a modifier held, the browser's own shortcuts stay untouched).

import { keyCommand, type QueueKeyEvent } from './queue-keys';

export type TriageAction = 'next' | 'previous' | 'accept' | 'reject' | 'open' | 'move';

/** The keys in the order the page lists them. */
export const TRIAGE_KEYS: readonly (readonly [key: string, action: TriageAction])[] = [
  ['j', 'next'],
  ['k', 'previous'],
  ['a', 'accept'],
  ['r', 'reject'],
  ['o', 'open'],
  ['m', 'move'],
];

const byKey = new Map<string, TriageAction>(TRIAGE_KEYS);

/** The triage action of a key press, or null when the key is not one or the reviewer is typing. */
export const triageAction = (event: QueueKeyEvent) => keyCommand(event, byKey);

/** The keys of a triage form (reject, move): Escape goes back to the queue; Enter on a select confirms, as a select
 * never submits its form by itself. */
export const formKeys = (confirm: () => void, cancel: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Escape') {
    event.preventDefault();
    cancel();
  } else if (event.key === 'Enter' && (event.target as { tagName?: string } | null)?.tagName === 'SELECT') {
    event.preventDefault();
    confirm();
  }
};
