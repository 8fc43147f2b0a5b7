// Single-letter keys of a console queue (j/k to walk it, s to settle the item on screen): what a key press asks
// for, and never while the reader is typing in a field, nor with a modifier (those are the browser's).

export type QueueKeyAction = 'next' | 'previous' | 'settle';

/** What a key event's target is, as far as typing goes. */
type KeyTarget = { tagName?: string; isContentEditable?: boolean } | null;
export type QueueKeyEvent = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: KeyTarget | EventTarget | null };

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Whether the event happens while the reader types: in a field, a list box or editable text. */
export function whileTyping(target: QueueKeyEvent['target']): boolean {
  const t = target as KeyTarget;
  return !!t && (TYPING.has(t.tagName?.toUpperCase() ?? '') || t.isContentEditable === true);
}

/** The command a key press gives in a queue whose keys are `byKey`, or null when it is none or the reader is typing. */
export function keyCommand<Action>(event: QueueKeyEvent, byKey: ReadonlyMap<string, Action>): Action | null {
  if (event.ctrlKey || event.metaKey || event.altKey || whileTyping(event.target)) return null;
  return byKey.get(event.key) ?? null;
}

const ACTIONS = new Map<string, QueueKeyAction>([
  ['j', 'next'],
  ['k', 'previous'],
  ['s', 'settle'],
]);

export const queueKeyAction = (event: QueueKeyEvent) => keyCommand(event, ACTIONS);

/** The index the walk moves to from `current` (−1: nothing chosen yet) in a list of `length`, staying inside it. */
export function step(current: number, length: number, action: 'next' | 'previous'): number {
  if (length === 0) return -1;
  if (current < 0) return 0;
  return Math.min(length - 1, Math.max(0, current + (action === 'next' ? 1 : -1)));
}
