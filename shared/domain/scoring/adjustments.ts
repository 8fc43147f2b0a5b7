// Bonuses and deductions after the weighted total (awards, exposed violations): each item of the framework
// earns its points per occurrence up to its cap per enterprise, and the net effect of all items is capped
// by the framework's adjustmentsCap. The SQL roll-up (worker/queries/results-sql.ts) does the same.
import type { AdjustmentDoc } from '../../schemas/framework';
import { round2 } from './rounding';

/** A confirmed adjustment of an enterprise: which item of the framework, how many times. */
export type AdjustmentItem = { code: string; occurrences: number };

export type AdjustmentLine = {
  code: string;
  name: AdjustmentDoc['name'];
  direction: 'bonus' | 'deduction';
  occurrences: number;
  /** Signed points after the item's cap (a deduction is negative), two decimals. */
  points: number;
  /** The item's cap per enterprise cut it. */
  capped: boolean;
};

/** Half-up to two decimals away from zero: a deduction rounds like the bonus of the same size. */
export const roundSigned2 = (value: number) => (value < 0 ? -round2(-value) : round2(value));

/** One line per item of the framework the enterprise has (occurrences of the same code add up), in the framework's order. */
export function adjustmentLines(definitions: readonly AdjustmentDoc[], items: readonly AdjustmentItem[]): AdjustmentLine[] {
  return definitions.flatMap((def) => {
    const occurrences = items.filter((i) => i.code === def.code).reduce((sum, i) => sum + i.occurrences, 0);
    if (occurrences === 0) return [];
    const earned = occurrences * def.points;
    const points = round2(Math.min(earned, def.capPerEnterprise));
    return [{ code: def.code, name: def.name, direction: def.direction, occurrences, points: def.direction === 'bonus' ? points : -points, capped: earned > def.capPerEnterprise }];
  });
}

/** The net effect of the lines on the total, capped at ± `cap`. */
export function netAdjustment(lines: readonly AdjustmentLine[], cap: number): { total: number; capped: boolean } {
  const net = lines.reduce((sum, line) => sum + line.points, 0);
  const total = Math.min(cap, Math.max(-cap, net));
  return { total: roundSigned2(total), capped: total !== net };
}
