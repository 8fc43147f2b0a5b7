/** The coordinator's follow-up of a task: a note, a new due date, and verifying, closing, waiving or sending it back. */
import { useState } from 'preact/hooks';
import { i18n } from '../../../lib/ports/messages';
import type { Rectification, RectificationPatch } from '../../../../shared/schemas/rectification';
import { request } from '../../../lib/api';
import type { Failure } from '../../../lib/result';
import { ErrorNote } from '../../ErrorNote';

const outcomes = { submitted: ['verified', 'open', 'closed', 'waived'], open: ['closed', 'waived'], planned: ['closed', 'waived'] } as const;

export function FollowUpForm({ task, onSaved }: { task: Rectification; onSaved: () => void }) {
  const [followUp, setFollowUp] = useState(task.followUp ?? '');
  const [dueOn, setDueOn] = useState(task.dueOn);
  const [error, setError] = useState<Failure | null>(null);
  const send = async (patch: Omit<RectificationPatch, 'version'>) => {
    const saved = await request((api) => api.api.v1.rectifications[':id'].$patch({ param: { id: String(task.id) }, json: { version: task.version, ...patch } }));
    return saved.ok ? onSaved() : setError(saved.error);
  };
  const note = () => ({ ...(followUp.trim() && followUp.trim() !== task.followUp ? { followUp: followUp.trim() } : {}), ...(dueOn !== task.dueOn ? { dueOn } : {}) });
  const choices = outcomes[task.status as keyof typeof outcomes] ?? [];
  return (
    <form class="panel" onSubmit={(e) => (e.preventDefault(), void send(note()))}>
      <label for={`follow-${task.id}`}>{i18n.t('console.rectify.followUpNote')}</label>
      <textarea id={`follow-${task.id}`} rows={2} value={followUp} onInput={(e) => setFollowUp(e.currentTarget.value)} />
      <label for={`due-${task.id}`}>{i18n.t('console.rectify.due')}</label>
      <input id={`due-${task.id}`} type="date" value={dueOn} onInput={(e) => setDueOn(e.currentTarget.value)} />
      <div class="row wrap">
        <button type="submit">{i18n.t('common.save')}</button>
        {choices.map((status) => (
          <button key={status} type="button" onClick={() => void send({ ...note(), status })}>{i18n.t(`console.rectify.to_${status}`)}</button>
        ))}
      </div>
      {error && <ErrorNote error={error} />}
    </form>
  );
}
