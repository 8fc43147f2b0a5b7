/** The enterprise's rectification tasks of the round, each with its answer form. */
import { i18n } from '../../../lib/ports/messages';
import type { Round } from '../../../../shared/schemas/round';
import { request } from '../../../lib/api';
import { useLoad } from '../../../lib/use-load';
import { LoadState } from '../common/LoadState';
import { RectificationAnswerForm } from '../tasks/RectificationAnswerForm';

export function EnterpriseTasks({ round }: { round: Round }) {
  const tasks = useLoad(() => request((api) => api.api.v1.rounds[':roundId'].rectifications.$get({ param: { roundId: String(round.id) }, query: { limit: '500' } })), [round.id]);
  return (
    <section aria-labelledby="tasks-title" data-testid="enterprise-tasks">
      <h2 id="tasks-title">{i18n.t('console.nav.rectifications')}</h2>
      <LoadState loaded={tasks} />
      {tasks.value?.items.length === 0 && <p class="muted">{i18n.t('console.rectify.none')}</p>}
      {tasks.value?.items.map((task) => <RectificationAnswerForm key={task.id} task={task} editable={round.status === 'published'} onSaved={tasks.reload} />)}
    </section>
  );
}
