/** The bonus and deduction lines added after the weighted total, one per item of the framework. */
import type { AdjustmentLine } from '../../../shared/schemas/adjustment';
import { localized } from '../../lib/locale';

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

export function AdjustmentLines({ lines }: { lines: AdjustmentLine[] }) {
  return (
    <ul class="adjustment-lines" data-testid="adjustment-lines">
      {lines.map((line) => (
        <li key={line.code} data-code={line.code}>{localized(line.name)} × {line.occurrences}: {signed(line.points)}</li>
      ))}
    </ul>
  );
}
