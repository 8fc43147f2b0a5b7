// Rounding of derived scores, identical in TypeScript and in SQL (see worker/queries/results-sql.ts).
// SQL and JS sum in different orders, so raw sums can differ in the last bit; the tiny nudge before the
// floor makes both land on the same rounded value unless a result sits within 1e-7 of a rounding edge.

/** Added before flooring; far above float noise, far below anything a score can mean. */
export const ROUNDING_NUDGE = 1e-7;

/** Half-up rounding of a non-negative number to `digits` decimals. */
export function roundScore(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.floor(value * factor + 0.5 + ROUNDING_NUDGE) / factor;
}

/** Scores on 100 (groups, dimensions, totals) are kept to two decimals. */
export const round2 = (value: number) => roundScore(value, 2);
/** Indicator consensus values and shares are kept to four decimals. */
export const round4 = (value: number) => roundScore(value, 4);
