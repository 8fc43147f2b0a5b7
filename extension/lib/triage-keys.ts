// The reviewers' keyboard triage of the evidence queue: which key does what, and when a key press is typing
// rather than a command (in a field, or with a modifier held, the browser's own shortcuts stay untouched).

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

type KeyTarget = { tagName?: string; isContentEditable?: boolean } | null;
export type TriageKeyEvent = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: unknown };

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Whether a key press lands in something the reviewer types or chooses in. */
export const isTyping = (target: unknown) => {
  const element = target as KeyTarget;
  return Boolean(element && (TYPING_TAGS.has(element.tagName ?? '') || element.isContentEditable));
};

/** The triage action of a key press, or null when the key is not one or the reviewer is typing. */
export function triageAction(event: TriageKeyEvent): TriageAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return null;
  return byKey.get(event.key) ?? null;
}

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
