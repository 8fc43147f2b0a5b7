/** Tasks to chase: not answered yet and overdue or due within a fortnight, soonest first. */
import { i18n } from '../../../lib/ports/messages';
import type { Rectification } from '../../../../shared/schemas/rectification';
import { reminders } from '../../../lib/reminders';

export function ReminderList({ tasks }: { tasks: Rectification[] }) {
  const due = reminders(tasks, new Date().toISOString().slice(0, 10));
  if (due.length === 0) return null;
  return (
    <section class="banner" aria-labelledby="reminders-title" data-testid="reminders">
      <h2 id="reminders-title">{i18n.t('console.rectify.reminders', [String(due.length)])}</h2>
      <ul>
        {due.map(({ task, overdue, days }) => (
          <li key={task.id} class={overdue ? 'error' : 'warn'}>
            {task.enterprise.name} · <span class="code">{task.indicator.code}</span> ·{' '}
            {overdue ? i18n.t('console.rectify.overdue', [String(-days)]) : i18n.t('console.rectify.dueIn', [String(days)])} ({task.dueOn})
          </li>
        ))}
      </ul>
    </section>
  );
}
