// An edited place's ends moved to where its context stands: an approximate match may leave out an edited
// word at its edge ("also the board…" for "the board…"), or take in a word of the context; a few tokens either
// way to where the captured prefix ends (the suffix begins) put the highlight on the passage as it reads now.
import type { FoldedText } from './normalize';
import { tokenize } from './tokens';

/** Tokens an end may move. */
const FIT_TOKENS = 3;
/** A side agreeing this well places an end; a weaker one leaves it where the match put it. */
const FIT_AGREEMENT = 0.75;
/** A move must gain this much agreement: a common word ("the", "公") more or less beside it proves nothing. */
const FIT_GAIN = 0.05;

/**
 * One end of [start, end) moved to the token boundary within FIT_TOKENS where that side's context agrees best
 * (compared in a window exactly as long as the context, `agree`, so a word between them counts), if that is
 * clearly better than where the match put it; of equally good boundaries, the nearest.
 */
export function fitEnd(page: FoldedText, start: number, end: number, which: 'start' | 'end', agree: (at: number) => number | null): number {
  const at = which === 'start' ? start : end;
  // Most matches end where their context begins: nothing to look for then.
  const here = agree(at) ?? 0;
  if (here >= 1 - 1e-9) return at;
  const near = tokenize(page, Math.max(0, at - 8 * FIT_TOKENS), Math.min(page.text.length, at + 8 * FIT_TOKENS));
  const bounds = [...new Set(near.flatMap((t) => [t.start, t.end]))].filter((b) => (which === 'start' ? b < end : b > start)).sort((a, b) => a - b);
  const index = bounds.indexOf(at);
  if (index < 0) return at;
  const scored = bounds
    .slice(Math.max(0, index - FIT_TOKENS), index + FIT_TOKENS + 1)
    .map((b) => ({ b, agreement: agree(b) ?? 0, moved: Math.abs(bounds.indexOf(b) - index) }));
  const best = Math.max(...scored.map((s) => s.agreement));
  if (best < FIT_AGREEMENT || best < here + FIT_GAIN) return at;
  return scored.filter((s) => s.agreement >= best - 1e-9).sort((a, b) => a.moved - b.moved)[0]!.b;
}

/** Both ends of an edited place fitted to its context. */
export function fitToContext(page: FoldedText, start: number, end: number, before: (at: number) => number | null, after: (at: number) => number | null): [number, number] {
  return [fitEnd(page, start, end, 'start', before), fitEnd(page, start, end, 'end', after)];
}
