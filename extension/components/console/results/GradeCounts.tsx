/** How many enterprises hold each grade of the framework, best first. */
import { i18n } from '../../../lib/ports/messages';
import type { ResultStatistics } from '../../../../shared/schemas/result-statistics';
import { localized } from '../../../lib/locale';

export function GradeCounts({ grades }: { grades: ResultStatistics['grades'] }) {
  return (
    <table class="data compact grade-counts" data-testid="grade-counts">
      <caption>{i18n.t('console.results.grades')}</caption>
      <tbody>
        {grades.map((g) => (
          <tr key={g.grade}>
            <th scope="row"><strong class={`grade grade-${g.grade}`}>{g.grade}</strong> <span class="muted">{localized(g.label)}</span></th>
            <td class="num">{g.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
