/** Progress expert by expert: what their assignments cover and how much of it they scored, evidence, open disagreements. */
import { i18n } from '../../../lib/ports/messages';
import type { ExpertProgress } from '../../../../shared/schemas/progress';
import { ShareBar } from '../common/ShareBar';

export function ExpertProgressTable({ experts }: { experts: ExpertProgress[] }) {
  if (experts.length === 0) return <p class="muted">{i18n.t('console.assignments.noExperts')}</p>;
  return (
    <table class="data" data-testid="expert-progress">
      <thead>
        <tr>
          <th>{i18n.t('console.assignments.expert')}</th>
          <th>{i18n.t('console.progress.scoredOfAssigned')}</th>
          <th class="num">{i18n.t('console.progress.evidence')}</th>
          <th class="num">{i18n.t('console.progress.disagreements')}</th>
        </tr>
      </thead>
      <tbody>
        {experts.map((e) => (
          <tr key={e.expert.id}>
            <th scope="row">
              {e.expert.displayName}
              <div class="muted">{e.expert.bureau}</div>
            </th>
            <td><ShareBar done={e.scoredSlots} of={e.assignedSlots} /></td>
            <td class="num">{e.evidence}</td>
            <td class={e.openDisagreements > 0 ? 'num warn' : 'num'}>{e.openDisagreements}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
