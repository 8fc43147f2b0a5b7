/** The bonus and deduction lines added after the weighted total, one per item of the framework (console result, explanation, side panel). */
import type { AdjustmentLine } from '../../shared/schemas/adjustment';
import { localized } from '../lib/locale';

/** Points with their sign: +2, -1, 0. */
export const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

export function AdjustmentLines({ lines }: { lines: AdjustmentLine[] }) {
  return (
    <ul class="adjustment-lines" data-testid="adjustment-lines">
      {lines.map((line) => (
        <li key={line.code} data-code={line.code}>{localized(line.name)} × {line.occurrences}: {signed(line.points)}</li>
      ))}
    </ul>
  );
}
