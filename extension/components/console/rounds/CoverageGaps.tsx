/** How much of the round no expert's assignment covers: applicable slots in total, and the uncovered indicators. */
import { i18n } from '../../../lib/ports/messages';
import type { CoverageReport } from '../../../../shared/schemas/assignment';

export function CoverageGaps({ coverage }: { coverage: CoverageReport }) {
  if (coverage.uncovered === 0) {
    return <p class="ok" data-testid="coverage" data-uncovered={0}>{i18n.t('console.assignments.covered', [String(coverage.slots)])}</p>;
  }
  return (
    <div class="banner" data-testid="coverage" data-uncovered={coverage.uncovered}>
      <p>{i18n.t('console.assignments.uncovered', [String(coverage.uncovered), String(coverage.slots), String(coverage.indicators.length)])}</p>
      <details>
        <summary>{i18n.t('console.assignments.gapList')}</summary>
        <ul>
          {coverage.indicators.map((g) => (
            <li key={g.indicatorId}>
              <span class="code">{g.code}</span> {i18n.t('console.assignments.gapEnterprises', [String(g.uncoveredEnterprises)])}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
