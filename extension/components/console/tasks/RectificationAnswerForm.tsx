/** The enterprise's answer to one task: a plan and links to evidence of what was done, saved as planned or submitted. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Rectification } from '../../../../shared/schemas/rectification';
import { request } from '../../../lib/api';
import { localized } from '../../../lib/locale';
import type { Failure } from '../../../lib/result';
import { FailureNote } from '../common/FailureNote';

export type RectificationAnswerFormProps = { task: Rectification; editable: boolean; onSaved: () => void };

export function RectificationAnswerForm({ task, editable, onSaved }: RectificationAnswerFormProps) {
  const [plan, setPlan] = useState(task.plan ?? '');
  const [links, setLinks] = useState(task.evidenceLinks.join('\n'));
  const [error, setError] = useState<Failure | null>(null);
  const answering = editable && (task.status === 'open' || task.status === 'planned');
  const send = async (status: 'planned' | 'submitted') => {
    const evidenceLinks = links.split(/\s+/).filter(Boolean);
    const saved = await request((api) =>
      api.api.v1.rectifications[':id'].$patch({ param: { id: String(task.id) }, json: { version: task.version, status, ...(plan.trim() && { plan: plan.trim() }), evidenceLinks } }),
    );
    if (!saved.ok) return setError(saved.error);
    setError(null);
    onSaved();
  };
  return (
    <article class="panel task" data-task-id={task.id} data-status={task.status}>
      <header class="row">
        <span class="code">{task.indicator.code}</span>
        <strong class="grow">{localized(task.indicator.name)}</strong>
        <span class={`badge task-${task.status}`}>{i18n.t(`console.rectify.status_${task.status}`)}</span>
        <span class="muted">{i18n.t('console.rectify.dueOn', [task.dueOn])}</span>
      </header>
      <p>{task.requiredAction}</p>
      {task.followUp && <p class="muted">{i18n.t('console.rectify.followUpSaid', [task.followUp])}</p>}
      {answering ? (
        <form onSubmit={(e) => (e.preventDefault(), void send('submitted'))}>
          <label for={`plan-${task.id}`}>{i18n.t('console.rectify.plan')}</label>
          <textarea id={`plan-${task.id}`} rows={3} value={plan} onInput={(e) => setPlan(e.currentTarget.value)} />
          <label for={`links-${task.id}`}>{i18n.t('console.rectify.links')}</label>
          <textarea id={`links-${task.id}`} rows={2} placeholder="https://" value={links} onInput={(e) => setLinks(e.currentTarget.value)} />
          <div class="row">
            <button type="button" disabled={!plan.trim()} onClick={() => void send('planned')}>{i18n.t('console.rectify.savePlan')}</button>
            <button type="submit" class="primary" disabled={!plan.trim()}>{i18n.t('console.rectify.submit')}</button>
          </div>
        </form>
      ) : (
        task.plan && <p>{i18n.t('console.rectify.yourPlan', [task.plan])}</p>
      )}
      {error && <FailureNote error={error} />}
    </article>
  );
}
